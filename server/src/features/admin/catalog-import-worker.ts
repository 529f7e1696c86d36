/**
 * The catalog-import worker: checks a whole file with importCatalog off the main thread (a 2,000-procedure CSV takes
 * ~0.4 s of CPU), posting progress every 100 rows, then the catalog as JSON text or every bad row.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importCatalog, type CatalogFormat } from '@motcua/config/catalog-io';
import type { WorkerMessage } from './catalog-import';

const { text, format, serviceIds } = workerData as { text: string; format: CatalogFormat; serviceIds: string[] };
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const r = importCatalog(text, format, { serviceIds, onProgress: (done, total) => post({ type: 'progress', done, total }) });
post(r.ok ? { type: 'result', ok: true, count: r.catalog.procedures.length, json: JSON.stringify(r.catalog) } : { type: 'result', ok: false, errors: r.errors });
