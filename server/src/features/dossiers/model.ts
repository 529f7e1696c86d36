/** A dossier (hồ sơ) as the province's one-door software reports it, and the words for its fields. */

const CHANNELS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const;
export type Channel = (typeof CHANNELS)[number];
const STATUSES = ['dang_giai_quyet', 'cho_bo_sung', 'tam_dung', 'cho_tra', 'da_tra'] as const;
export type DossierStatus = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<DossierStatus, string> = {
  dang_giai_quyet: 'Đang giải quyết', cho_bo_sung: 'Chờ bổ sung', tam_dung: 'Tạm dừng',
  cho_tra: 'Đã có kết quả - chờ trả', da_tra: 'Đã trả kết quả',
};

export interface Dossier {
  code: string;
  procedureCode: string | null;
  procedureName: string;
  field: string;
  /** Kept only to print a masked form (Nghị định 13/2023): never returned whole. */
  applicantName: string | null;
  channel: Channel;
  receivedDate: string;
  dueDate: string;
  status: DossierStatus;
  resolvedDate: string | null;
  returnedDate: string | null;
  /** What the one-door software says about it (the papers still needed, where to bring them); shown at the kiosk. */
  note?: string | null;
}

/** Lower case, no diacritics, đ as d, single spaces: how headers and labels are compared. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

const CHANNEL_WORDS: Array<[RegExp, Channel]> = [
  [/truc tuyen|online|dvc|dich vu cong|mang/, 'truc_tuyen'], [/buu chinh|bcci|buu dien|post/, 'buu_chinh'],
  [/truc tiep|tai quay|direct|in person/, 'truc_tiep'],
];
const STATUS_WORDS: Array<[RegExp, DossierStatus]> = [
  [/cho bo sung|bo sung|yeu cau bo sung/, 'cho_bo_sung'], [/tam dung|dung xu ly/, 'tam_dung'],
  [/cho tra|co ket qua|da xu ly xong|hoan thanh chua tra/, 'cho_tra'], [/da tra|tra ket qua|da hoan thanh|hoan thanh/, 'da_tra'],
  [/dang giai quyet|dang xu ly|trong han|qua han|dang thu ly|moi tiep nhan/, 'dang_giai_quyet'],
];

/** Reads a channel from a key or a Vietnamese label ("Trực tuyến", "DVC"); null if unknown. */
export function parseChannel(s: string): Channel | null {
  if ((CHANNELS as readonly string[]).includes(s)) return s as Channel;
  const f = fold(s);
  return CHANNEL_WORDS.find(([re]) => re.test(f))?.[1] ?? null;
}

/** Reads a status from a key or a Vietnamese label ("Đã có kết quả - chờ trả"); null if unknown. */
export function parseStatus(s: string): DossierStatus | null {
  if ((STATUSES as readonly string[]).includes(s)) return s as DossierStatus;
  const f = fold(s);
  return STATUS_WORDS.find(([re]) => re.test(f))?.[1] ?? null;
}

/**
 * Reads a date: dd/mm/yyyy, d-m-yyyy, ISO yyyy-mm-dd (a time after it is ignored), or a Date
 * (exceljs gives date cells as UTC midnight). Returns 'YYYY-MM-DD' or null.
 */
export function parseDate(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let y: number, m: number, d: number;
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(s);
  if (r) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(s))) [d, m, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const back = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(back.getTime()) && back.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "Nguyễn Văn An" -> "Nguyễn V. A.": the family name and initials, for public screens. */
export function maskName(name: string | null): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return `${[...words[0]!][0]!.toUpperCase()}.`;
  return [words[0], ...words.slice(1).map((w) => `${[...w][0]!.toUpperCase()}.`)].join(' ');
}
