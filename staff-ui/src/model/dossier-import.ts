/**
 * The "Hồ sơ" tab's import of a one-door export (CSV or XLSX): read the file's headings (POST /api/dossiers/import/preview),
 * let the person check what each column is, import while following /api/dossiers/import/status, then list every bad row.
 * The session token goes in the Authorization header, never in an address.
 */
import { signal } from '@preact/signals';
import type { ApiErrorBody, DossierImportPreview, DossierImportProgress, DossierImportResult } from '@motcua/server/contract';
import { formatNumberVi } from '../../../server/src/contract/numbers';
import { MAPPABLE_FIELDS } from '../../../server/src/features/dossiers/mapping';
import type { DossierField } from '../../../server/src/features/dossiers/validate';
import { errorWords, type Session } from './session';

/** What each dossier field is called on the page; the starred ones must be mapped. */
export const FIELD_LABEL: Record<DossierField, string> = {
  code: 'Mã hồ sơ', procedureCode: 'Mã thủ tục', procedureName: 'Tên thủ tục', field: 'Lĩnh vực', applicantName: 'Người nộp',
  channel: 'Hình thức nộp', receivedDate: 'Ngày tiếp nhận', dueDate: 'Ngày hẹn trả', status: 'Trạng thái',
  resolvedDate: 'Ngày có kết quả', returnedDate: 'Ngày trả kết quả', note: 'Ghi chú (cần bổ sung)',
};
export const REQUIRED: DossierField[] = ['code', 'procedureName', 'receivedDate', 'dueDate', 'status'];

export interface Preview { name: string; format: 'csv' | 'xlsx'; header: string[]; headerLine: number; rows: number }
export type Progress = { phase: 'reading' | 'checking' | 'writing' | 'done'; done: number; total: number };
export type Outcome = { kind: 'ok'; imported: number } | { kind: 'rows'; total: number; errors: Array<{ line: number; message: string }> } | { kind: 'refused'; text: string };

/** What is wrong with the mapping before anything is sent: a required field missing, a field chosen twice. */
function mappingProblems(chosen: string[]): string[] {
  const problems = REQUIRED.filter((k) => !chosen.includes(k)).map((k) => `chưa chọn cột ${FIELD_LABEL[k]}`);
  for (const f of MAPPABLE_FIELDS) if (chosen.filter((c) => c === f).length > 1) problems.push(`nhiều cột cùng là ${FIELD_LABEL[f]}`);
  return problems;
}

/** The dossier import model: the session's token goes in each request's header. */
export function createDossierImport({ token }: Pick<Session, 'token'>) {
  const preview = signal<Preview | null>(null);
  const fileInfo = signal('');
  /** The field chosen for each column ('-': skipped). */
  const mapping = signal<string[]>([]);
  const progress = signal<Progress | null>(null);
  const outcome = signal<Outcome | null>(null);
  const busy = signal(false);
  let file: File | null = null;

  const auth = () => ({ authorization: `Bearer ${token.value ?? ''}` });
  const num = (n: number) => formatNumberVi(n); // whole numbers: "2.000"
  async function apiError(res: Response): Promise<string> {
    const e = ((await res.json().catch(() => null)) as Partial<ApiErrorBody> | null)?.error;
    return e ? (e.code === 'VALIDATION' || e.code === 'BAD_FILE' ? e.message : errorWords(e)) : `HTTP ${res.status}`;
  }

  /** Reads a chosen file's headings and pre-fills the mapping from the known one-door headings. */
  async function chooseFile(f: File | null): Promise<void> {
    file = f;
    preview.value = null; progress.value = null; outcome.value = null;
    if (!f) return;
    const format = /\.xlsx$/i.test(f.name) ? 'xlsx' : 'csv';
    fileInfo.value = 'Đang đọc tiêu đề cột…';
    try {
      const res = await fetch(`/api/dossiers/import/preview?format=${format}`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body: f });
      if (!res.ok) { fileInfo.value = `Không đọc được tệp: ${await apiError(res)}`; return; }
      const p = (await res.json()) as DossierImportPreview;
      preview.value = { name: f.name, format, header: p.header, headerLine: p.headerLine, rows: p.rows };
      mapping.value = p.header.map((_, i) => p.guess[i] ?? '-');
      fileInfo.value = `${f.name}: ${num(p.rows)} dòng hồ sơ, ${p.header.length} cột (tiêu đề ở dòng ${p.headerLine}).`;
    } catch {
      fileInfo.value = 'Mất kết nối với máy chủ';
    }
  }


  /** Imports the chosen file with the mapping; every row is checked and nothing is written unless all are good. */
  async function runImport(): Promise<void> {
    const p = preview.value;
    if (!p || !file) return;
    outcome.value = null;
    const problems = mappingProblems(mapping.value);
    if (problems.length) { progress.value = null; outcome.value = { kind: 'refused', text: `Chưa nhập được: ${problems.join('; ')}.` }; return; }
    const map = Object.fromEntries(p.header.map((h, i) => [h, mapping.value[i]!]));
    busy.value = true;
    progress.value = { phase: 'reading', done: 0, total: p.rows };
    const poll = setInterval(async () => {
      try {
        const r = await fetch('/api/dossiers/import/status', { headers: auth() });
        const s = r.ok ? (await r.json()) as DossierImportProgress : null;
        if (s && busy.value && (s.phase === 'reading' || s.phase === 'checking' || s.phase === 'writing')) progress.value = s as Progress;
      } catch { /* the import's own answer says what happened */ }
    }, 150);
    try {
      const res = await fetch(`/api/dossiers/import?format=${p.format}&mapping=${encodeURIComponent(JSON.stringify(map))}`, {
        method: 'POST', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body: file,
      });
      clearInterval(poll);
      if (res.status !== 200 && res.status !== 422) { progress.value = null; outcome.value = { kind: 'refused', text: `Không nhập được: ${await apiError(res)}` }; return; }
      const r = (await res.json()) as DossierImportResult;
      progress.value = { phase: 'done', done: r.errors.length ? 0 : r.total, total: r.total };
      outcome.value = r.errors.length ? { kind: 'rows', total: r.total, errors: r.errors } : { kind: 'ok', imported: r.imported };
    } catch (e) {
      clearInterval(poll);
      outcome.value = { kind: 'refused', text: `Mất kết nối với máy chủ: ${(e as Error).message}` };
    } finally {
      busy.value = false;
    }
  }

  return { preview, fileInfo, mapping, progress, outcome, busy, chooseFile, runImport };
}
