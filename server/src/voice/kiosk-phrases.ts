/**
 * The words the citizen kiosk reads aloud ("Nghe"): the home screen, a procedure, a taken ticket.
 * Pure (the browser may import it). Same number rules as the wall display's call: every number is
 * worded here with number-words, and a ticket number with readTicketNumber and the office's
 * voice settings, so "A015" sounds the same on the kiosk and in the hall.
 */
import type { Dialect, TicketReading } from './number-words';
import { numbersToWords, readNumber, readTicketNumber } from './number-words';

import { DOCUMENT_FORM_LABEL, type DocumentForm } from '@motcua/config/document-forms';

export type { DocumentForm };

/** What the kiosk reads of a procedure (a catalog Procedure fits). */
export interface SpokenProcedure {
  name: string;
  timeLimit: { text: string };
  fee: { text: string };
  documents: ReadonlyArray<{ name: string; form: DocumentForm; count: number }>;
}

const FORM_WORDS = DOCUMENT_FORM_LABEL;

/** Abbreviations of the catalog that espeak-ng would spell letter by letter. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bTTHC\b/gu, 'thủ tục hành chính'],
  [/\bCCCD\b/gu, 'căn cước công dân'],
  [/\bNĐ-CP\b/gu, 'nghị định chính phủ'],
  [/\bTT-BTC\b/gu, 'thông tư bộ tài chính'],
  [/\bQĐ-TTg\b/gu, 'quyết định thủ tướng'],
];

/**
 * Makes catalog text speakable: "50.000 đồng" -> "năm mươi nghìn đồng", "05 ngày" -> "năm ngày",
 * "24/11/2026" -> "ngày hai mươi tư tháng mười một năm hai nghìn không trăm hai mươi sáu",
 * "7:30" / "7 giờ 30" -> "bảy giờ ba mươi", "85/2019" -> "tám mươi lăm trên hai nghìn không trăm mười chín",
 * HĐND -> Hội đồng nhân dân; every other digit run through numbersToWords.
 */
export function speakable(text: string, dialect: Dialect): string {
  let s = text.normalize('NFC');
  for (const [re, words] of ABBREVIATIONS) s = s.replace(re, words);
  const num = (d: string) => readNumber(Number(d), dialect);
  s = s
    // dd/mm/yyyy
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (_m, d: string, mo: string, y: string) => `ngày ${num(d)} tháng ${num(mo)} năm ${num(y)}`)
    // HH:MM
    .replace(/\b(\d{1,2}):(\d{2})\b/g, (_m, h: string, mi: string) => (Number(mi) === 0 ? `${num(h)} giờ` : `${num(h)} giờ ${num(mi)}`))
    // amounts with a thousands dot: 1.000, 50.000, 1.000.000
    .replace(/\b\d{1,3}(?:\.\d{3})+\b/g, (m) => num(m.replace(/\./g, '')))
    // a legal reference's number/year: 85/2019
    .replace(/\b(\d+)\/(\d{4})\b/g, (_m, a: string, y: string) => `${num(a)} trên ${num(y)}`)
    // a count written with a leading zero in the catalog: "05 ngày", "03 ngày làm việc"
    .replace(/\b0(\d)\b/g, '$1');
  return numbersToWords(s, dialect).replace(/\s+/g, ' ').trim();
}

/** Ends a sentence with a full stop (unless it already ends with punctuation). */
const sentence = (s: string): string => {
  const t = s.trim();
  return !t ? '' : /[.!?…]$/.test(t) ? t : `${t}.`;
};

/** The home screen: what each choice does (`issuing` false adds that no numbers are given now). */
export function homePhrase(opts: { dialect: Dialect; issuing?: boolean; nextOpeningText?: string | null }): string {
  const parts = [
    'Xin chào quý vị.',
    'Chạm nút Lấy số thứ tự để chọn lĩnh vực và nhận phiếu số thứ tự.',
    'Chạm nút Tra cứu thủ tục để xem giấy tờ cần mang, thời hạn và lệ phí.',
    'Chạm nút Tra cứu hồ sơ, rồi đưa mã vạch trên giấy biên nhận vào máy quét, để xem hồ sơ đã giải quyết đến đâu.',
  ];
  if (opts.issuing === false) {
    parts.push(sentence(opts.nextOpeningText
      ? `Hiện chưa cấp số thứ tự. Mời quý vị quay lại lúc ${opts.nextOpeningText}`
      : 'Hiện chưa cấp số thứ tự'));
  }
  return speakable(parts.join(' '), opts.dialect);
}

/** One document as spoken: "Thứ hai: Giấy chứng sinh, một bản chính." */
export function documentPhrase(d: SpokenProcedure['documents'][number], index: number, dialect: Dialect): string {
  const ordinal = index === 0 ? 'Thứ nhất' : index === 3 ? 'Thứ tư' : `Thứ ${readNumber(index + 1, dialect)}`;
  const how = d.form === 'present' ? FORM_WORDS.present : `${readNumber(d.count, dialect)} ${FORM_WORDS[d.form]}`;
  return `${ordinal}: ${sentence(`${d.name}, ${how}`)}`;
}

/** A procedure page: its name, time limit, fee and every document to bring. */
export function procedurePhrase(p: SpokenProcedure, opts: { dialect: Dialect }): string {
  const parts = [
    sentence(`Thủ tục ${p.name}`),
    sentence(`Thời hạn giải quyết: ${p.timeLimit.text}`),
    sentence(`Phí, lệ phí: ${p.fee.text}`),
  ];
  if (p.documents.length === 0) parts.push('Không cần mang giấy tờ.');
  else {
    parts.push(`Giấy tờ cần mang theo: ${readNumber(p.documents.length, opts.dialect)} loại.`);
    p.documents.forEach((d, i) => parts.push(documentPhrase(d, i, opts.dialect)));
  }
  return speakable(parts.join(' '), opts.dialect);
}

/**
 * A taken ticket: its number read exactly as the wall display's call reads it (same readTicketNumber,
 * same dialect and number mode), then how many are ahead, and when the queue runs past closing, that too.
 */
export function ticketPhrase(t: { number: string; ahead: number; mayNotBeCalledToday?: boolean }, opts: TicketReading): string {
  const number = readTicketNumber(t.number, opts);
  const ahead = Math.max(0, Math.floor(t.ahead));
  const wait = ahead === 0
    ? 'Không có ai chờ trước quý vị.'
    : `Có ${readNumber(ahead, opts.dialect)} người đang chờ trước quý vị.`;
  const late = t.mayNotBeCalledToday ? ' Hôm nay số người chờ đông, quý vị có thể không đến lượt trong hôm nay.' : '';
  return `Số thứ tự của quý vị là ${number}. ${wait}${late} Xin mời quý vị ngồi chờ, khi nghe gọi số của mình thì đến quầy.`;
}
