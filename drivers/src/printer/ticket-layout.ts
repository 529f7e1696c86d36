/**
 * THE ticket layout: what is printed, in what order, how big. Change the ticket here and nowhere else.
 * Sizes are in printer dots (203 dpi: 8 dots = 1 mm), so text keeps its physical size on 58 mm paper;
 * only the number is fitted to the paper width. Pure: no canvas, no I/O (raster.ts draws the blocks).
 */
import type { TicketPrintJob } from '../types';

import type { LayoutBlock } from './layout-block';
export type { LayoutBlock };

export interface TicketLayoutOptions {
  /** Print the QR of job.url (config printer.qr). */
  qr?: boolean;
}

// The kiosk screen's words (kiosk-ui/src/i18n.ts): the paper says "quý vị" as the screen does.
const WORDS = {
  vi: {
    label: 'SỐ THỨ TỰ',
    priority: 'Ưu tiên',
    ahead: 'Số người đứng trước quý vị',
    counters: (c: number[]) => `${c.length > 1 ? 'Các quầy phục vụ' : 'Quầy phục vụ'}: ${c.join(', ')}`,
    qr: 'Quét mã để theo dõi lượt trên điện thoại',
    footer: 'Mời quý vị chờ đến lượt',
    days: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  },
  en: {
    label: 'QUEUE NUMBER',
    priority: 'Priority',
    ahead: 'People ahead of you',
    counters: (c: number[]) => `${c.length > 1 ? 'Counters' : 'Counter'}: ${c.join(', ')}`,
    qr: 'Scan to follow your turn on a phone',
    footer: 'Please wait for your turn',
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
} as const;

/** The blocks of a queue ticket. */
export function ticketLayout(job: TicketPrintJob, opts: TicketLayoutOptions = {}): LayoutBlock[] {
  const w = WORDS[job.lang ?? 'vi'];
  const blocks: LayoutBlock[] = [
    { kind: 'text', text: job.officeName, size: 26, weight: 700, maxLines: 3 },
    { kind: 'space', dots: 6 },
    { kind: 'rule', thickness: 3 },
    { kind: 'space', dots: 14 },
    { kind: 'text', text: w.label, size: 24, weight: 400 },
    // Condensed: Be Vietnam Pro's 0 is nearly as round as its O; narrowed, the digits stay unmistakable
    // (a prefix may be O) and the number can be taller in the same width.
    { kind: 'fit', text: job.number, maxSize: 230, widthShare: 0.86, weight: 700, condense: 0.7 },
    { kind: 'space', dots: 12 },
    { kind: 'text', text: job.serviceName, size: 36, weight: 700, maxLines: 3 },
  ];
  if (job.priorityName) {
    blocks.push({ kind: 'space', dots: 10 }, { kind: 'text', text: `${w.priority}: ${job.priorityName}`, size: 28, weight: 700, frame: 'box', maxLines: 2 });
  }
  blocks.push(
    { kind: 'space', dots: 14 },
    { kind: 'text', text: `${w.ahead}: ${Math.max(0, job.ahead)}`, size: 28, weight: 400, maxLines: 2 },
  );
  if (job.waitText) blocks.push({ kind: 'text', text: job.waitText, size: 28, weight: 700, maxLines: 3 });
  if (job.counters?.length) blocks.push({ kind: 'text', text: w.counters(job.counters), size: 28, weight: 400, maxLines: 2 });
  blocks.push({ kind: 'text', text: formatIssued(job.issuedAt, job.timeZone, job.lang ?? 'vi'), size: 26, weight: 400, maxLines: 1 });
  if (opts.qr !== false) {
    blocks.push(
      { kind: 'space', dots: 16 },
      { kind: 'qr', data: job.url, moduleDots: 6 },
      { kind: 'text', text: w.qr, size: 20, weight: 400, maxLines: 1 },
    );
  }
  blocks.push(
    { kind: 'space', dots: 12 },
    { kind: 'rule', thickness: 2 },
    { kind: 'space', dots: 8 },
    { kind: 'text', text: job.footer ?? w.footer, size: 26, weight: 700, maxLines: 3 },
  );
  return blocks;
}

/** The issue time on the office's wall clock, e.g. "08:15 - Thứ Hai, 23/11/2026". */
export function formatIssued(epochMs: number, timeZone: string, lang: 'vi' | 'en' = 'vi'): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = dateParts(epochMs, timeZone);
  } catch {
    parts = dateParts(epochMs, 'Asia/Ho_Chi_Minh'); // an unknown zone must not stop a ticket
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = WEEKDAY_INDEX[get('weekday')] ?? 0;
  const hour = get('hour') === '24' ? '00' : get('hour');
  return `${hour}:${get('minute')} - ${WORDS[lang].days[day]}, ${get('day')}/${get('month')}/${get('year')}`;
}

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function dateParts(epochMs: number, timeZone: string): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
}
