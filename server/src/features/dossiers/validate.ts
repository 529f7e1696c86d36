/** Turns one raw record (an imported row or a pushed JSON object) into a Dossier, or says what is wrong. */
import { parseChannel, parseDate, parseStatus, type Dossier } from './model';
import { unsafeText } from '../../contract/safe-text';

export type DossierField = keyof Dossier;
export type RawDossier = Partial<Record<DossierField, unknown>>;

/** Codes like 000.00.23.H23-231205-0001; real systems deviate, so only the character set is checked. */
const DEFAULT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]{2,63}$/;

const TEXT_LIMITS: Array<[DossierField, string, number]> = [
  ['code', 'mã hồ sơ', 64], ['procedureCode', 'mã thủ tục', 64], ['procedureName', 'tên thủ tục', 500], ['field', 'lĩnh vực', 200],
  ['applicantName', 'người nộp', 200], ['channel', 'hình thức nộp', 40], ['status', 'trạng thái', 60],
];

const text = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

/** Validates one record; returns the dossier or the Vietnamese messages naming each bad field. */
export function toDossier(raw: RawDossier, codePattern = DEFAULT_CODE_PATTERN): { ok: true; dossier: Dossier } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  // The ready list and the kiosk show these texts in public: bounded, and nothing that can hide or reverse what follows.
  for (const [key, label, max] of TEXT_LIMITS) {
    const why = unsafeText(text(raw[key]), max);
    if (why) errors.push(`${label}: ${why}`);
  }
  const code = text(raw.code);
  if (!code) errors.push('thiếu mã hồ sơ');
  else if (!codePattern.test(code)) errors.push(`mã hồ sơ "${code}" không hợp lệ`);
  const procedureName = text(raw.procedureName);
  if (!procedureName) errors.push('thiếu tên thủ tục');
  const date = (key: DossierField, label: string, required: boolean): string | null => {
    const t = text(raw[key]);
    if (!t) { if (required) errors.push(`thiếu ${label}`); return null; }
    const d = parseDate(raw[key] instanceof Date ? raw[key] : t);
    if (!d) errors.push(`${label} "${t}" không đúng dạng dd/mm/yyyy`);
    return d;
  };
  const receivedDate = date('receivedDate', 'ngày tiếp nhận', true);
  const dueDate = date('dueDate', 'ngày hẹn trả', true);
  const returnedDate = date('returnedDate', 'ngày trả kết quả', false);
  // Many exports carry only the return date: a returned dossier was resolved by then at the latest.
  const resolvedDate = date('resolvedDate', 'ngày có kết quả', false) ?? returnedDate;
  const channelText = text(raw.channel);
  const channel = channelText ? parseChannel(channelText) : 'truc_tiep';
  if (!channel) errors.push(`hình thức nộp "${channelText}" không rõ (trực tiếp / trực tuyến / bưu chính)`);
  const statusText = text(raw.status);
  const status = statusText ? parseStatus(statusText) : null;
  if (!statusText) errors.push('thiếu trạng thái');
  else if (!status) errors.push(`trạng thái "${statusText}" không rõ`);
  if (receivedDate && dueDate && dueDate < receivedDate) errors.push('ngày hẹn trả trước ngày tiếp nhận');
  if (receivedDate && resolvedDate && resolvedDate < receivedDate) errors.push('ngày có kết quả trước ngày tiếp nhận');
  if ((status === 'cho_tra' || status === 'da_tra') && !resolvedDate) errors.push('đã có kết quả nhưng thiếu ngày có kết quả');
  if (status === 'da_tra' && !returnedDate) errors.push('đã trả nhưng thiếu ngày trả kết quả');
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    dossier: {
      code, procedureCode: text(raw.procedureCode) || null, procedureName, field: text(raw.field) || 'Khác',
      applicantName: text(raw.applicantName) || null, channel: channel!, receivedDate: receivedDate!, dueDate: dueDate!,
      status: status!, resolvedDate, returnedDate, note: text(raw.note).slice(0, 500) || null,
    },
  };
}
