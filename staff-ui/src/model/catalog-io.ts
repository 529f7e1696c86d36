/**
 * The catalog tab's import and export: download the served catalog as JSON or CSV; upload a province's file (XHR, so
 * the upload shows progress), then follow the server's check (GET /api/admin/catalog/import/status) to the end.
 */
import { signal } from '@preact/signals';
import type { ApiErrorBody, CatalogImportProgress, CatalogImportResult, ImportError } from '@motcua/server/contract';
import type { CatalogEditor } from './catalog';
import { errorWords, type Session } from './session';

export type CatalogFormat = 'json' | 'csv';
/** Where an import is: the browser's upload, then the server's phases, then the answer. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'upload' | 'reading' | 'checking' | 'saving'; done: number; total: number }
  | { phase: 'done'; imported: number }
  | { phase: 'refused'; errors: ImportError[] }
  | { phase: 'failed'; text: string };

/** The format a file's name says, or null. */
export function formatOf(name: string): CatalogFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : null;
}

/** The catalog import/export model: the session (its token and REST calls) and the catalog list to reload after an import. */
export function createCatalogIo({ api, token }: Pick<Session, 'api' | 'token'>, { loadCatalogRows }: Pick<CatalogEditor, 'loadCatalogRows'>) {
  const importState = signal<ImportState>({ phase: 'idle' });
  const exportError = signal<string | null>(null);

  /** Downloads the catalog the kiosks are served now. */
  async function downloadCatalog(format: CatalogFormat): Promise<void> {
    exportError.value = null;
    try {
      const res = await fetch(`/api/admin/catalog/export?format=${format}`, { headers: { authorization: `Bearer ${token.value ?? ''}` } });
      if (!res.ok) {
        const e = ((await res.json().catch(() => null)) as Partial<ApiErrorBody> | null)?.error;
        exportError.value = e ? errorWords(e) : `Không xuất được danh mục (${res.status})`;
        return;
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `danh-muc-thu-tuc.${format}`;
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      exportError.value = 'Mất kết nối với máy chủ';
    }
  }

  /** Uploads a catalog file; every row is checked on the server, and nothing changes unless all are good. */
  function uploadCatalog(file: File, format: CatalogFormat): Promise<void> {
    importState.value = { phase: 'upload', done: 0, total: file.size };
    let poll: ReturnType<typeof setInterval> | undefined;
    const pending = () => ['upload', 'reading', 'checking', 'saving'].includes(importState.value.phase);
    const follow = () => {
      poll ??= setInterval(async () => {
        const r = await api<CatalogImportProgress>('GET', '/api/admin/catalog/import/status');
        if (!r.ok || !pending()) return;
        const { phase, done, total } = r.data;
        if (phase === 'reading' || phase === 'checking' || phase === 'saving') importState.value = { phase, done, total };
      }, 250);
    };
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      const end = (s: ImportState) => { clearInterval(poll); importState.value = s; resolve(); };
      xhr.open('POST', `/api/admin/catalog/import?format=${format}`);
      xhr.setRequestHeader('authorization', `Bearer ${token.value ?? ''}`);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.upload.onprogress = (e) => {
        if (importState.value.phase === 'upload') importState.value = { phase: 'upload', done: e.loaded, total: e.lengthComputable ? e.total : file.size };
      };
      xhr.upload.onload = () => { importState.value = { phase: 'reading', done: 0, total: 0 }; follow(); };
      xhr.onload = () => {
        let body: Partial<CatalogImportResult & ApiErrorBody> | null = null;
        try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: said below */ }
        if (xhr.status === 200 && typeof body?.imported === 'number') {
          end({ phase: 'done', imported: body.imported });
          void loadCatalogRows();
        } else if (xhr.status === 422 && body?.errors) end({ phase: 'refused', errors: body.errors });
        else if (xhr.status === 413) end({ phase: 'failed', text: 'Tệp quá lớn (tối đa 20 MB)' });
        else end({ phase: 'failed', text: body?.error ? errorWords(body.error) : `Máy chủ trả lời ${xhr.status}` });
      };
      xhr.onerror = () => end({ phase: 'failed', text: 'Mất kết nối với máy chủ: chưa nhập gì' });
      xhr.send(file);
    });
  }

  return { importState, exportError, downloadCatalog, uploadCatalog };
}
