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
import { errorHandler } from './http/error-handler';
import { jsonBodies } from './http/body';
import { resolvePrincipal } from './http/principal';
import { securityHeaders } from './http/security';
import { ScreenPresence, withScreens } from './app/screen-presence';
import { ScanAlerts, withScanAlerts } from './app/scan-alerts';
import { resolvePublicUrl } from './app/public-url';
import { startBroadcasting, startPrinting, startHoursWatch } from './http/broadcast';
import { apiRoutes } from './http/routes';
import { attachSockets, type Io } from './http/socket';
import { openDb } from './journal/db';
import { Journal } from './journal/journal';
import { createLogger, type Logger } from './log';
import { mountScreens } from './http/screens';
import { requestLog } from './http/request-log';
import { stoppable } from './http/shutdown';
import { features } from './features';
import { startForwarding } from './features/outbox/start';

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
  /** One log line per HTTP request (MOTCUA_LOG_REQUESTS=1). */
  logRequests?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  ctx: AppContext;
  io: Io;
  http: HttpServer;
  /** The express app (tests list its routes). */
  app: express.Express;
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
  const scanAlerts = new ScanAlerts(now);
  const devices = withScanAlerts(withScreens(opts.devices ? await opts.devices(log) : noDevices(log), presence), scanAlerts);
  const ctx: AppContext = {
    config: opts.config, dataDir: opts.dataDir, production: !!opts.production, queue, bus, auth, devices, presence, scanAlerts, log, now,
    newTicketId: () => randomBytes(12).toString('base64url'),
  };
  for (const d of auth.demoCredentials()) {
    if (opts.production) log.warn(`demo credential refused in production: ${d}`);
  }

  const app = express();
  app.disable('x-powered-by');
  if (opts.logRequests) app.use(requestLog(log));
  app.use(securityHeaders());
  // Who is asking is known before any body is read; bodies have limits per route and caller (http/body.ts).
  app.use('/api', resolvePrincipal(ctx), jsonBodies(ctx));
  app.use('/api', apiRoutes(ctx));
  mountScreens(app, ROOT, ctx);
  // Everything thrown or passed on by a route, the body parser or the router ends here, as {error: {code, message}}.
  app.use(errorHandler(log));

  // A client that trickles its headers is cut off in seconds, not held for minutes.
  const headersTimeout = opts.config.security.headersTimeoutSeconds * 1000;
  const http = createServer({ headersTimeout, requestTimeout: Math.max(headersTimeout, 300_000), connectionsCheckingInterval: 1000 }, app);
  const stopHttp = stoppable(http);
  const io: Io = new Server(http, { serveClient: false, pingInterval: 5000, pingTimeout: 4000, connectionStateRecovery: undefined });
  const calls = new RecentCalls();
  calls.load(journal, queue.state);
  attachSockets(io, ctx, calls);
  startBroadcasting(io, ctx, calls);
  startPrinting(io, ctx);
  for (const f of features) f.sockets?.(io, ctx, calls);
  const dayTimer = startDayTimer(ctx);
  const hoursTimer = startHoursWatch(io, ctx, opts.hoursCheckMs);
  const forwarding = startForwarding(ctx);

  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(opts.port, opts.host ?? '0.0.0.0', () => ok());
  });
  const port = (http.address() as { port: number }).port;
  // The QR's address: the configured one, else this machine's LAN address (said at start, warned when localhost).
  const pub = resolvePublicUrl(opts.config.office.publicUrl, port);
  opts.config.office.publicUrl = pub.url;
  if (pub.warning) log.warn(pub.warning);
  else if (pub.source === 'lan') log.info(`office.publicUrl is not set: ticket QR codes point at ${pub.url} (this server's LAN address)`);
  return {
    url: `http://127.0.0.1:${port}`, port, ctx, io, http, app,
    async close() {
      clearInterval(dayTimer);
      clearInterval(hoursTimer);
      await forwarding.stop();
      io.close();
      await stopHttp();
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
