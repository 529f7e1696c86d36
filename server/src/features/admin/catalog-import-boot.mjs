// Starts the catalog-import worker: Node 20 does not pass tsx's loader on to worker threads, so register it here.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
