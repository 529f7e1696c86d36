/**
 * What a citizen at the kiosk is told about a scan: short, plain Vietnamese and English saying what to do. The
 * scanner's technical reason (UTF-8, control bytes, a field of the card) goes to the log and the device alert only.
 */
import type { UnknownScanCode } from '@motcua/drivers/types';

/** A message in both languages. */
export interface Words { message: string; messageEn: string }

const RESCAN: Words = { message: 'Chưa đọc được mã. Vui lòng quét lại.', messageEn: 'The code was not read. Please scan again.' };
const CARD: Words = {
  message: 'Chưa đọc được thẻ căn cước. Vui lòng giữ thẻ yên dưới máy quét và quét lại.',
  messageEn: 'Your ID card was not read. Please hold it still under the scanner and scan again.',
};
const OTHER: Words = {
  message: 'Máy không nhận ra mã này. Vui lòng quét mã trên giấy hẹn trả kết quả, phiếu số thứ tự hoặc thẻ căn cước.',
  messageEn: 'This code is not one the kiosk knows. Please scan the code on your receipt, your ticket or your ID card.',
};

/** The citizen's words for each reason a scan was not understood. */
export const SCAN_WORDS: Record<UnknownScanCode, Words> = {
  empty: RESCAN, tooLong: RESCAN, invalidUtf8: RESCAN, controlChars: RESCAN,
  cccdFields: CARD, cccdIdNumber: CARD, cccdProvince: CARD, cccdBirthYear: CARD, cccdDate: CARD, cccdGender: CARD, cccdName: CARD, cccdOldId: CARD,
  unrecognized: OTHER,
};

/** Reasons that point at the scanner's set-up rather than at what was scanned: worth a device alert. */
export const SETUP_REASONS: ReadonlySet<UnknownScanCode> = new Set(['invalidUtf8', 'controlChars', 'tooLong']);

/** A receipt whose code is not in the list the one-door software sent. */
export const DOSSIER_NOT_FOUND: Words = {
  message: 'Chưa có thông tin hồ sơ này. Vui lòng hỏi cán bộ tại quầy tiếp nhận.',
  messageEn: 'There is no news of this dossier yet. Please ask at the reception counter.',
};

/** A ticket QR that is not one of today's tickets. */
export const TICKET_NOT_FOUND: Words = {
  message: 'Phiếu này không còn dùng được. Vui lòng lấy số mới.',
  messageEn: 'This ticket is no longer valid. Please take a new number.',
};
