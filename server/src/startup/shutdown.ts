/**
 * Stopping on SIGTERM (the service manager) or SIGINT (Ctrl+C): let what is in flight finish, close the database,
 * exit 0, all within 2 s. Open connections are cut at 1.2 s; at 1.8 s the process exits whatever is left.
 */
import type { Server } from 'node:http';
import type { Logger } from '../log';

export interface StopOptions {
  http: Server;
  log: Logger;
  /** The orderly stop: timers, sockets, devices, the database. */
  stop(): Promise<void>;
  /** The last resort at the deadline (close the database if still open). */
  lastResort(): void;
  cutConnectionsMs?: number;
  deadlineMs?: number;
}

/** Installs the signal handlers; the first signal stops the server, a second one exits at once. */
export function stopOnSignals(o: StopOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) { o.log.warn(`${signal} again: exiting now`); process.exit(1); }
    stopping = true;
    const started = Date.now();
    o.log.info(`${signal}: stopping`);
    const cut = setTimeout(() => { o.log.warn('closing the connections still open'); o.http.closeAllConnections(); }, o.cutConnectionsMs ?? 1200);
    const deadline = setTimeout(() => {
      o.log.warn('stop took too long: exiting with what is left open');
      try { o.lastResort(); } catch { /* exiting anyway */ }
      process.exit(0);
    }, o.deadlineMs ?? 1800);
    o.stop().then(() => {
      clearTimeout(cut);
      clearTimeout(deadline);
      o.log.info(`stopped in ${Date.now() - started} ms`);
      process.exit(0);
    }, (e) => {
      o.log.error('stop failed', e);
      try { o.lastResort(); } catch { /* exiting anyway */ }
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
