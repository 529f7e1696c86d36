/** The phone page's words, Vietnamese first; English when the ticket was taken in English (?lang=en) or on the switch. */
import { signal } from '@preact/signals';
import type { TicketView } from '@motcua/server/contract';

export type PhoneLang = 'vi' | 'en';

/** From the QR of an English ticket (?lang=en); Vietnamese otherwise. */
export const phoneLang = signal<PhoneLang>(new URLSearchParams(globalThis.location?.search ?? '').get('lang') === 'en' ? 'en' : 'vi');

const WORDS = {
  vi: {
    label: 'Số thứ tự của quý vị', ahead: 'Số người đứng trước', wait: 'Thời gian chờ dự kiến', notify: 'Báo cho tôi khi đến lượt',
    offline: 'Mất kết nối – đang kết nối lại…', loading: 'Đang tải…', missing: 'Không tìm thấy số thứ tự', missingHint: 'Vui lòng kiểm tra lại mã QR trên phiếu.',
    next: 'Sắp đến lượt quý vị', waiting: 'Đang chờ', go: (k: number) => `Mời quý vị đến Quầy số ${k}`, turn: 'Đã đến lượt quý vị',
    servingAt: (k: number) => `Đang được phục vụ tại Quầy số ${k}`, serving: 'Đang được phục vụ', done: 'Đã hoàn thành. Cảm ơn quý vị!',
    noShow: 'Số đã bị bỏ qua vì vắng mặt. Mời quý vị liên hệ quầy.', cancelled: 'Số đã bị hủy', expired: 'Số đã hết hạn (ngày làm việc đã kết thúc)',
    alertTitle: 'Đến lượt quý vị', alert: (n: string, k: number) => `Số ${n}: mời quý vị đến Quầy số ${k}`, switchTo: 'English',
  },
  en: {
    label: 'Your number', ahead: 'People ahead', wait: 'Estimated wait', notify: 'Tell me when it is my turn',
    offline: 'Connection lost – reconnecting…', loading: 'Loading…', missing: 'Ticket not found', missingHint: 'Please check the QR code on your ticket.',
    next: 'You are next', waiting: 'Waiting', go: (k: number) => `Please go to counter ${k}`, turn: 'It is your turn',
    servingAt: (k: number) => `Being served at counter ${k}`, serving: 'Being served', done: 'Finished. Thank you!',
    noShow: 'Skipped: you were not there when called. Please ask at a counter.', cancelled: 'Ticket cancelled', expired: 'Ticket expired (the working day has ended)',
    alertTitle: 'Your turn', alert: (n: string, k: number) => `Number ${n}: please go to counter ${k}`, switchTo: 'Tiếng Việt',
  },
} as const;

/** The words in the language shown now. */
export const words = () => WORDS[phoneLang.value];

/** The headline for the ticket's state. */
export function statusWords(t: TicketView): string {
  const w = words();
  switch (t.status) {
    case 'waiting': return t.ahead === 0 ? w.next : w.waiting;
    case 'called': return t.counter ? w.go(t.counter.number) : w.turn;
    case 'serving': return t.counter ? w.servingAt(t.counter.number) : w.serving;
    case 'done': return w.done;
    case 'noShow': return w.noShow;
    case 'cancelled': return w.cancelled;
    case 'expired': return w.expired;
  }
}
