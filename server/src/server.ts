/** Builds and starts the whole server: config -> database -> queue -> devices -> HTTP + socket.io. */
import express from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import type { SiteConfig } from '@motcua/config';
import { Auth } from './app/auth';
import { RecentCalls } from './app/calls';
import type { AppContext } from './app/context';
import { noDevices, type Devices } from './app/devices';
import { EventBus } from './app/event-bus';
import { QueueService } from './app/queue-service';
import { toSetup } from './app/setup-from-config';
import { describeError } from './http/errors';
import { ScreenPresence, withScreens } from './app/screen-presence';
import { startBroadcasting, startPrinting, startHoursWatch } from './http/broadcast';
import { apiRoutes } from './http/routes';
import { attachSockets, type Io } from './http/socket';
import { openDb } from './journal/db';
import { Journal } from './journal/journal';
import { createLogger, type Logger } from './log';
import { mountScreens } from './http/screens';
import { features } from './features';

export interface ServerOptions {
  config: SiteConfig;
  /** The config file's directory: relative paths in the config are resolved from it. */
  configDir: string;
  dataDir: string;
  port: number;
  host?: string;
  production?: boolean;
  log?: Logger;
  now?: () => number;
  /** How long a display or kiosk may be gone before staff see it offline (ms); tests shorten it. */
  screenGraceMs?: number;
  /** How often office hours are re-checked for screens (ms); tests shorten it. */
  hoursCheckMs?: number;
  devices?: (log: Logger) => Promise<Devices> | Devices;
}

export interface RunningServer {
  url: string;
  port: number;
  ctx: AppContext;
  io: Io;
  http: HttpServer;
  close(): Promise<void>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts a server; resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const log = opts.log ?? createLogger();
  const now = opts.now ?? Date.now;
  const db = openDb(opts.dataDir);
  const journal = new Journal(db);
  const bus = new EventBus(log);
  const queue = new QueueService(journal, bus);
  const configHash = createHash('sha256').update(JSON.stringify(toSetup(opts.config))).digest('hex');
  queue.applyConfigSetup(toSetup(opts.config), configHash, now());
  const auth = new Auth(db, opts.config, !!opts.production, now);
  const presence = new ScreenPresence(now, opts.screenGraceMs);
  const devices = withScreens(opts.devices ? await opts.devices(log) : noDevices(log), presence);
  const ctx: AppContext = {
    config: opts.config, dataDir: opts.dataDir, production: !!opts.production, queue, bus, auth, devices, presence, log, now,
    newTicketId: () => randomBytes(12).toString('base64url'),
  };
  for (const d of auth.demoCredentials()) {
    if (opts.production) log.warn(`demo credential refused in production: ${d}`);
  }

  const app = express();
  app.disable('x-powered-by');
  // JSON bodies are small (256 kB), except a batch of dossiers from the one-door software (5,000 at most).
  app.use('/api/dossiers/batch', express.json({ limit: '8mb' }));
  // The catalog import reads its own raw body (up to 20 MB, after the admin check), whatever its content type.
  const jsonBody = express.json({ limit: '256kb' });
  app.use((req, res, next) => (req.path === '/api/admin/catalog/import' ? next() : jsonBody(req, res, next)));
  app.use('/api', apiRoutes(ctx));
  mountScreens(app, ROOT, ctx);
  // Malformed JSON and other body errors come here.
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = err as { type?: string; status?: number };
    if (e?.type === 'entity.parse.failed') return void res.status(400).json({ error: { code: 'BAD_JSON', message: 'Nội dung JSON không hợp lệ / malformed JSON' } });
    if (e?.type === 'entity.too.large') return void res.status(413).json({ error: { code: 'TOO_LARGE', message: 'Nội dung quá lớn / body too large' } });
    const { status, error } = describeError(err);
    if (status === 500) log.error('request failed', err);
    res.status(status).json({ error });
  });

  const http = createServer(app);
  const io: Io = new Server(http, { serveClient: false, pingInterval: 5000, pingTimeout: 4000, connectionStateRecovery: undefined });
  const calls = new RecentCalls();
  calls.load(journal, queue.state);
  attachSockets(io, ctx, calls);
  startBroadcasting(io, ctx, calls);
  startPrinting(io, ctx);
  for (const f of features) f.sockets?.(io, ctx, calls);
  const dayTimer = startDayTimer(ctx);
  const hoursTimer = startHoursWatch(io, ctx, opts.hoursCheckMs);

  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(opts.port, opts.host ?? '0.0.0.0', () => ok());
  });
  const port = (http.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`, port, ctx, io, http,
    async close() {
      clearInterval(dayTimer);
      clearInterval(hoursTimer);
      io.close();
      await new Promise<void>((ok) => http.close(() => ok()));
      for (const f of features) await f.close?.();
      await devices.close();
      db.close();
    },
  };
}

/** Rolls the business day over on time, so displays clear at the reset hour even with no command. */
function startDayTimer(ctx: AppContext): NodeJS.Timeout {
  const t = setInterval(() => {
    try { ctx.queue.execute({ type: 'rollDay', at: ctx.now() }, 'clock'); } catch (e) { ctx.log.error('day rollover failed', e); }
  }, 30_000);
  t.unref();
  return t;
}
