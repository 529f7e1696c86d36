/**
 * The administrative heading and closing of the printed report, as Nghị định 30/2020/NĐ-CP lays out a report
 * (mẫu 1.3, Phụ lục III): the managing body and the issuing office top left with "Số: …/BC-…", the national motto and
 * "place, ngày … tháng … năm …" top right, "Kính gửi", and at the foot "Nơi nhận" and the signer's authority, title and name.
 */
import { z } from 'zod';

const line = (max: number) => z.string().trim().max(max);

export const reportHeaderSchema = z.object({
  /** Cơ quan, tổ chức chủ quản, above the issuer (e.g. "UBND HUYỆN ĐÔNG ANH"); empty for none. */
  parentOrg: line(160).default(''),
  /** The issuing office as printed (e.g. "ỦY BAN NHÂN DÂN XÃ HÒA AN"); the office's name when empty. */
  issuer: line(160).default(''),
  /** The document's number, usually left empty for the clerk to write in ("Số: …/BC-UBND"). */
  number: line(20).default(''),
  /** The document code after the number: "BC-UBND". */
  code: line(40).regex(/^[\p{L}\d.\-/]*$/u, 'letters, digits, - . /').default('BC-UBND'),
  /** Địa danh before the date: "Hòa An, ngày 05 tháng 12 năm 2026". */
  place: line(80).default(''),
  /** Kính gửi: one line per recipient. */
  recipients: z.array(line(200).min(1)).max(10).default([]),
  /** Nơi nhận: one line per recipient of a copy. */
  copies: z.array(line(200).min(1)).max(15).default(['Như trên;', 'Lưu: VT.']),
  /** The signer's authority line (TM., KT., Q., TL.), e.g. "TM. ỦY BAN NHÂN DÂN"; empty for none. */
  signerAuthority: line(120).default('TM. ỦY BAN NHÂN DÂN'),
  /** The signer's title, e.g. "CHỦ TỊCH". */
  signerTitle: line(120).default('CHỦ TỊCH'),
  /** The signer's full name, printed under the signature. */
  signerName: line(120).default(''),
}).strict();

export type ReportHeader = z.infer<typeof reportHeaderSchema>;
