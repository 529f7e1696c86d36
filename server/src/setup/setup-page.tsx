/**
 * The first-run page (rendered by preact-render-to-string; its script and style are plain files, no build step: it must
 * work before anything else is set up). The script fills the steps, the rows and the tokens from the data attributes.
 */
import { htmlDocument } from '../http/html-document';

/** The page; `origin` (how this browser reached the server) is the first guess for publicUrl. */
export function setupPage(origin: string, services: Array<{ id: string; name: string; prefix: string }>): string {
  return htmlDocument(
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Thiết lập lần đầu · motcua</title>
        <link rel="stylesheet" href="/setup/app.css" />
        <script src="/setup/app.js" defer></script>
      </head>
      <body data-origin={origin} data-services={JSON.stringify(services)}>
        <main>
          <h1>Thiết lập lần đầu <span class="en">First-run set-up</span></h1>
          <p class="lead">Nhập thông tin của Bộ phận Một cửa. Sau khi lưu, hệ thống khởi động và các màn hình được ghép nối bằng mã riêng.
            <span class="en">Enter the office's details. After saving, the system starts and each screen is paired with its own token.</span></p>
          <ol class="steps" id="steps"></ol>
          <form id="form" noValidate>
            <section data-step="office">
              <h2>1. Cơ quan <span class="en">Office</span></h2>
              <label>Tên cơ quan <span class="en">Office name</span><input name="office.name" required maxLength={160} placeholder="Trung tâm Phục vụ hành chính công xã …" /></label>
              <label>Địa chỉ <span class="en">Address</span><input name="office.address" maxLength={240} /></label>
              <label>Địa chỉ máy chủ trong mạng nội bộ <span class="en">Server address on the office network (phones reach it from the ticket's QR)</span><input name="office.publicUrl" required maxLength={200} /></label>
            </section>
            <section data-step="services">
              <h2>2. Dịch vụ <span class="en">Services</span></h2>
              <p class="hint">Mỗi dịch vụ có một hàng chờ và chữ cái đầu số (A001…). <span class="en">Each service is a queue with its own letter (A001…).</span></p>
              <div id="services"></div>
              <button type="button" class="add" data-add="service">+ Thêm dịch vụ <span class="en">Add a service</span></button>
            </section>
            <section data-step="counters">
              <h2>3. Quầy <span class="en">Counters</span></h2>
              <div id="counters"></div>
              <button type="button" class="add" data-add="counter">+ Thêm quầy <span class="en">Add a counter</span></button>
            </section>
            <section data-step="staff">
              <h2>4. Tài khoản <span class="en">Staff accounts</span></h2>
              <p class="hint">Cần ít nhất một tài khoản quản trị. Mật khẩu ít nhất 8 ký tự. <span class="en">At least one admin; passwords of 8 characters or more.</span></p>
              <div id="staff"></div>
              <button type="button" class="add" data-add="staff">+ Thêm tài khoản <span class="en">Add an account</span></button>
            </section>
            <section data-step="screens">
              <h2>5. Màn hình và máy in <span class="en">Screens and printer</span></h2>
              <label>Số ki-ốt lấy số <span class="en">Kiosks</span><input name="screens.kiosks" type="number" min="0" max="20" value="1" /></label>
              <label>Số màn hình gọi số phòng chờ <span class="en">Wall displays</span><input name="screens.displays" type="number" min="0" max="20" value="1" /></label>
              <label class="check"><input name="screens.counterDisplays" type="checkbox" checked /> Màn hình trên mỗi quầy <span class="en">A screen above each counter</span></label>
              <label class="check"><input name="screens.ratingTablets" type="checkbox" checked /> Máy tính bảng đánh giá ở mỗi quầy <span class="en">A rating tablet at each counter</span></label>
              <label>Máy in phiếu <span class="en">Ticket printer</span>
                <select name="printer.driver"><option value="tcp">Máy in mạng (IP) / network</option><option value="usb">USB</option><option value="fake">Chưa có / none yet</option></select></label>
              <label data-for="tcp">Địa chỉ IP máy in <span class="en">Printer IP</span><input name="printer.host" placeholder="192.168.1.50" /></label>
              <label data-for="usb">Thiết bị USB <span class="en">USB device</span><input name="printer.path" value="/dev/usb/lp0" /></label>
              <label>Mã thiết lập <span class="en">Set-up code (in the service log and the data folder's setup-code.txt)</span><input name="code" required autoComplete="off" inputMode="numeric" placeholder="1234-5678" /></label>
            </section>
            <div id="problems" role="alert" hidden></div>
            <div class="nav"><button type="button" id="back">‹ Quay lại <span class="en">Back</span></button><button type="button" id="next" class="primary">Tiếp ›<span class="en">Next</span></button></div>
          </form>
          <section id="done" hidden>
            <h2>Đã lưu. Ghép nối các màn hình <span class="en">Saved. Pair the screens</span></h2>
            <p>Mở mỗi địa chỉ dưới đây một lần trên đúng màn hình đó (hoặc dùng trình khởi chạy, docs/OPERATIONS.md). Mã chỉ hiện một lần: hãy in trang này.
              <span class="en">Open each address once on its screen (or give it to the launcher). Tokens are shown once: print this page.</span></p>
            <table id="tokens"><thead><tr><th>Thiết bị <span class="en">Device</span></th><th>Địa chỉ ghép nối <span class="en">Pairing address</span></th></tr></thead><tbody></tbody></table>
            <p id="starting" class="lead">Đang khởi động… <span class="en">Starting…</span></p>
            <p id="ready" hidden><a class="primary button" href="/admin">Mở trang quản trị /admin <span class="en">Open /admin</span></a></p>
          </section>
        </main>
      </body>
    </html>
  );
}
