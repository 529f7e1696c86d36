/**
 * `npm start` (node server/dist/main.js): the environment -> the whole config, checked before anything opens ->
 * (first run in production: /setup) -> the server, daily backups; SIGTERM stops it cleanly. Exit 2: bad config or a newer database.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '@motcua/config';
import { createLogger } from './log';
import { JournalFormatError } from './journal/format';
import { startDailyBackups } from './ops/daily-backup';
import { readEnv } from './ops/env';
import { removePidFile, writePidFile } from './ops/pid-file';
import { loadOffice } from './startup/load-office';
import { stopOnSignals } from './startup/shutdown';

const env = readEnv();
const log = createLogger(env.logLevel);

try {
  if (env.production && !existsSync(env.configPath)) await (await import('./setup/first-run')).runFirstSetup(env, log);
  const { config, removedDemo } = loadOffice(env.configPath, env.production);
  for (const d of removedDemo) log.warn(`production: demo ${d} removed (demo credentials never exist in a real office)`);
  // MOTCUA_IGNORE_HOURS=1: kiosks issue at any hour (trying the demo at night); the hours are still shown.
  if (process.env.MOTCUA_IGNORE_HOURS === '1' && config.hours) config.hours.enforce = false;
  // Loaded once the config is known good, so a bad config is reported at once, before express, socket.io and the drivers load.
  const [{ startServer }, { createDevicesFromConfig }, { hoursView }] = await Promise.all([
    import('./server'), import('./app/devices-from-config'), import('./app/hours'),
  ]);
  const server = await startServer({
    config, configDir: dirname(env.configPath), dataDir: env.dataDir, port: env.port, production: env.production, log,
    logRequests: env.logRequests, devices: (l) => createDevicesFromConfig(config, env.dataDir, l),
  });
  writePidFile(env.dataDir);
  const backups = startDailyBackups(server.ctx.queue.journal.db, env.dataDir, config, log);
  stopOnSignals({
    http: server.http, log,
    async stop() { await backups.stop(); await server.close(); removePidFile(env.dataDir); },
    lastResort() { server.ctx.queue.journal.db.close(); removePidFile(env.dataDir); },
  });
  log.info(`motcua: ${config.office.name}`);
  log.info(`config ${env.configPath}, data ${env.dataDir}${env.production ? ', production' : ''}`);
  const h = hoursView(server.ctx.config, Date.now());
  if (config.hours?.enforce === false) log.info('office hours not enforced: kiosks issue at any hour');
  else if (!h.issuing && h.nextOpeningTextEn) log.info(`outside office hours: kiosks issue again at ${h.nextOpeningTextEn} (MOTCUA_IGNORE_HOURS=1 to try the demo now)`);
  log.info(`listening on http://localhost:${server.port}  (kiosk /kiosk, display /display, counter /counter, admin /admin)`);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Cấu hình không hợp lệ / invalid config: ${e.message}`);
    process.exit(2);
  }
  if (e instanceof JournalFormatError) {
    console.error(`Không mở được dữ liệu / cannot open the data: ${e.message}`);
    process.exit(2);
  }
  console.error(e);
  process.exit(1);
}
