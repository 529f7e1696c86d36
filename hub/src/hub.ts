/**
 * The hub server: express + socket.io over PostgreSQL. It keeps nothing in memory that another hub
 * process would need, so several can serve behind one address; live pages follow every process's
 * ingest through @socket.io/postgres-adapter.
 */
import express from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Server } from 'socket.io';
import type pg from 'pg';
import { describeError } from '../../server/src/http/errors';
import { migrate, openPool } from './db';
import type { IngestHooks } from './ingest';
import { BusyError, Limiter } from './limiter';
import { hubRoutes } from './routes';
import { boardRow } from './board';
import type { BoardRow } from './contract';
import { listOffices, readerByToken } from './offices';

export interface HubOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  now?: () => number;
  hooks?: IngestHooks;
  log?: (msg: string) => void;
}

export interface RunningHub { url: string; port: number; pool: pg.Pool; io: Server; http: HttpServer; close(): Promise<void> }

/** What routes need from the hub. */
export interface HubContext { pool: pg.Pool; now(): number; hooks: IngestHooks; writes: Limiter; publish(row: BoardRow): void; log(msg: string): void }

/** Starts a hub process: migrations, HTTP, socket.io with the PostgreSQL adapter. */
export async function startHub(opts: HubOptions): Promise<RunningHub> {
  const pool = openPool(opts.databaseUrl);
  await migrate(pool);
  const now = opts.now ?? Date.now;
  const log = opts.log ?? ((m: string) => console.log(m));
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // A few batches at a time keep PostgreSQL busy without thrashing a small machine; 16 more may wait their turn.
  const writes = new Limiter(4, 16);
  app.use('/api/ingest', (_req, res, next) => {
    if (!writes.full()) return next();
    res.status(503).set('retry-after', '2').json({ error: { code: 'BUSY', message: new BusyError().message } });
  });
  app.use(express.json({ limit: '8mb' }));
  const http = createServer(app);
  const io = new Server(http, { serveClient: true });
  io.adapter(createAdapter(pool, { errorHandler: (e) => log(`socket.io adapter: ${e.message}`) }));
  io.use((socket, next) => {
    const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : '';
    readerByToken(pool, token).then((r) => (r ? next() : next(new Error('UNAUTHORIZED'))), () => next(new Error('UNAVAILABLE')));
  });
  io.on('connection', (socket) => {
    void socket.join('board');
    listOffices(pool).then((os) => socket.emit('board:snapshot', os.map((o) => boardRow(o, now()))), () => {});
  });
  const ctx: HubContext = { pool, now, hooks: opts.hooks ?? {}, log, writes, publish: (row) => { io.to('board').emit('board:office', row); } };
  app.use(hubRoutes(ctx));
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = err as { type?: string };
    if (e?.type === 'entity.parse.failed') return void res.status(400).json({ error: { code: 'BAD_JSON', message: 'Nội dung JSON không hợp lệ / malformed JSON' } });
    if (e?.type === 'entity.too.large') return void res.status(413).json({ error: { code: 'TOO_LARGE', message: 'Nội dung quá lớn / body too large' } });
    const { status, error } = describeError(err);
    if (status === 500) log(`request failed: ${(err as Error)?.stack ?? err}`);
    res.status(status).json({ error });
  });
  await new Promise<void>((ok, fail) => { http.once('error', fail); http.listen(opts.port, opts.host ?? '0.0.0.0', () => ok()); });
  const port = (http.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`, port, pool, io, http,
    async close() {
      const closing = io.close();
      http.closeAllConnections();
      await closing;
      await pool.end();
    },
  };
}
