/** Which export column holds which dossier field: Vietnamese header names, compared without diacritics. */
import { fold } from './model';
import type { DossierField } from './validate';

/** Header names seen in provincial one-door exports, folded (no diacritics, lower case). */
const DEFAULT_MAPPING: Record<string, DossierField> = {
  'ma ho so': 'code', 'so ho so': 'code', 'ma hs': 'code', 'so bien nhan': 'code',
  'ma thu tuc': 'procedureCode', 'ma tthc': 'procedureCode',
  'ten thu tuc': 'procedureName', 'thu tuc': 'procedureName', 'ten tthc': 'procedureName', 'thu tuc hanh chinh': 'procedureName',
  'linh vuc': 'field', 'ten linh vuc': 'field',
  'nguoi nop': 'applicantName', 'chu ho so': 'applicantName', 'ten nguoi nop': 'applicantName', 'ho ten nguoi nop': 'applicantName',
  'nguoi nop ho so': 'applicantName', 'to chuc, ca nhan': 'applicantName',
  'hinh thuc nop': 'channel', 'hinh thuc tiep nhan': 'channel', 'kenh tiep nhan': 'channel', 'hinh thuc': 'channel',
  'ngay tiep nhan': 'receivedDate', 'ngay nhan': 'receivedDate', 'ngay nop': 'receivedDate',
  'ngay hen tra': 'dueDate', 'ngay hen tra ket qua': 'dueDate', 'han giai quyet': 'dueDate', 'han xu ly': 'dueDate',
  'trang thai': 'status', 'tinh trang': 'status', 'trang thai ho so': 'status',
  'ngay co ket qua': 'resolvedDate', 'ngay hoan thanh': 'resolvedDate', 'ngay xu ly xong': 'resolvedDate', 'ngay giai quyet xong': 'resolvedDate',
  'ngay tra ket qua': 'returnedDate', 'ngay tra': 'returnedDate', 'ngay tra kq': 'returnedDate',
  'ghi chu': 'note', 'noi dung bo sung': 'note', 'yeu cau bo sung': 'note', 'ly do': 'note',
};

const REQUIRED: DossierField[] = ['code', 'procedureName', 'receivedDate', 'dueDate', 'status'];
const REQUIRED_LABEL: Partial<Record<DossierField, string>> = {
  code: 'Mã hồ sơ', procedureName: 'Tên thủ tục', receivedDate: 'Ngày tiếp nhận', dueDate: 'Ngày hẹn trả', status: 'Trạng thái',
};

/** Header name -> field, as a person or a caller sets it; '-' ignores a column the defaults would read. */
export type ColumnMapping = Record<string, DossierField | '-'>;
/** The fields an import page offers, in the order people read an export. */
export const MAPPABLE_FIELDS: DossierField[] = ['code', 'procedureCode', 'procedureName', 'field', 'applicantName', 'channel',
  'receivedDate', 'dueDate', 'status', 'resolvedDate', 'returnedDate', 'note'];

const headerKey = (h: string) => fold(h).replace(/\s*\(.*\)$/, '');

/** What the known one-door headings say each column is (null: unknown, or a field an earlier column already has). */
export function guessColumns(header: string[]): Array<DossierField | null> {
  const taken = new Set<DossierField>();
  return header.map((h) => {
    const f = DEFAULT_MAPPING[headerKey(h)];
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

/** Column index per field for a header row; `extra` (header name -> field or '-') overrides the defaults. */
export function mapHeader(header: string[], extra: ColumnMapping = {}):
  { ok: true; columns: Partial<Record<DossierField, number>> } | { ok: false; message: string } {
  const table: ColumnMapping = { ...DEFAULT_MAPPING };
  for (const [k, v] of Object.entries(extra)) table[headerKey(k)] = v;
  const columns: Partial<Record<DossierField, number>> = {};
  header.forEach((h, i) => {
    const f = table[headerKey(h)];
    if (f && f !== '-' && columns[f] === undefined) columns[f] = i;
  });
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  if (missing.length) return { ok: false, message: `thiếu cột: ${missing.map((f) => REQUIRED_LABEL[f]).join(', ')}` };
  return { ok: true, columns };
}
