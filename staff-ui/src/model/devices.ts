/** Device health in words staff can act on. */
import type { DeviceStatusView } from '@motcua/server/contract';

const KIND: Record<DeviceStatusView['kind'], string> = { printer: 'Máy in', scanner: 'Máy quét', display: 'Màn hình', kiosk: 'Ki-ốt' };
const STATE: Record<DeviceStatusView['state'], string> = {
  ready: 'hoạt động bình thường', offline: 'mất kết nối', paperOut: 'hết giấy', paperNearEnd: 'sắp hết giấy', coverOpen: 'đang mở nắp', error: 'gặp lỗi',
};

/** "Máy in kiosk-1: hết giấy". */
export function deviceWords(d: DeviceStatusView): string {
  return `${KIND[d.kind] ?? d.kind} ${d.id}: ${STATE[d.state] ?? d.state}${d.detail ? ` (${d.detail})` : ''}`;
}

/** The devices that need someone's attention. */
export function deviceAlerts(list: DeviceStatusView[] | undefined): DeviceStatusView[] {
  return (list ?? []).filter((d) => d.state !== 'ready');
}
