/**
 * Checking an uploaded catalog file without holding up the queue: importCatalog runs in a worker thread
 * (catalog-import-worker.ts), so tickets keep flowing and the progress route answers while a province's list is checked.
 * If no worker can be started, the file is checked on the main thread (logged).
 */
import { Worker } from 'node:worker_threads';
import { importCatalog, type CatalogFormat, type ImportError } from '@motcua/config/catalog-io';
import type { Logger } from '../../log';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; ok: true; count: number; json: string }
  | { type: 'result'; ok: false; errors: ImportError[] };
export type CheckResult = Extract<WorkerMessage, { type: 'result' }>;

const TIME_LIMIT_MS = 120_000;

/** Checks a catalog file (every row, with the site's service ids); `onProgress` hears rows checked so far. */
export function checkCatalogFile(text: string, format: CatalogFormat, serviceIds: string[], log: Logger,
  onProgress: (done: number, total: number) => void): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    let settled = false, heard = false;
    const finish = (fn: () => void) => { if (!settled) { settled = true; clearTimeout(timer); fn(); void worker.terminate(); } };
    // Built (server/dist/main.js): the worker is its own bundle beside it; from the sources, tsx's loader starts it.
    const built = !import.meta.url.endsWith('.ts');
    const worker = built
      ? new Worker(new URL('./catalog-import-worker.js', import.meta.url), { workerData: { text, format, serviceIds } })
      : new Worker(new URL('./catalog-import-boot.mjs', import.meta.url), { workerData: { entry: './catalog-import-worker.ts', text, format, serviceIds } });
    const timer = setTimeout(() => finish(() => reject(new Error('catalog import: the check took too long'))), TIME_LIMIT_MS);
    worker.on('message', (m: WorkerMessage) => {
      heard = true;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else finish(() => resolve(m));
    });
    worker.on('error', (e) => finish(() => {
      if (heard) return reject(e);
      log.warn('catalog import: no worker thread, checking on the main thread', e);
      resolve(checkHere(text, format, serviceIds, onProgress));
    }));
    worker.on('exit', (code) => finish(() => reject(new Error(`catalog import: the worker stopped (${code})`))));
  });
}

function checkHere(text: string, format: CatalogFormat, serviceIds: string[], onProgress: (done: number, total: number) => void): CheckResult {
  const r = importCatalog(text, format, { serviceIds, onProgress });
  return r.ok ? { type: 'result', ok: true, count: r.catalog.procedures.length, json: JSON.stringify(r.catalog) } : { type: 'result', ok: false, errors: r.errors };
}
