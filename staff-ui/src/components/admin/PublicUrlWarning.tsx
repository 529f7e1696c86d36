/** The board's warning when the ticket QR points at localhost: no phone in the room can open it. */
import { useStaff } from '../../model/staff';

/** Shown only while office.publicUrl is a localhost address. */
export function PublicUrlWarning() {
  const { snapshot } = useStaff();
  const office = snapshot.value?.office;
  if (!office?.publicUrlLocal) return null;
  return (
    <section class="panel holiday-gaps" role="alert">
      <h2>⚠ Mã QR trên phiếu không mở được trên điện thoại</h2>
      <p>Địa chỉ công khai đang là <code>{office.publicUrl}</code>: điện thoại của công dân không vào được địa chỉ này.
        Đặt <code>office.publicUrl</code> trong tệp cấu hình là địa chỉ của máy chủ trong mạng cơ quan (ví dụ
        <code> http://192.168.1.10:8080</code>), hoặc bỏ trống để máy chủ tự dùng địa chỉ mạng LAN của nó, rồi khởi động lại.</p>
    </section>
  );
}
