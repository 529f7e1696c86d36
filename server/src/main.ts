/** `npm start`: reads the environment, loads the site config, starts the office server. */
import { dirname, resolve } from 'node:path';
import { ConfigError, loadSiteConfig } from '@motcua/config';
import { startServer } from './server';
import { createLogger } from './log';
import { createDevicesFromConfig } from './app/devices-from-config';
import { hoursView } from './app/hours';

const log = createLogger();
const configPath = resolve(process.env.MOTCUA_CONFIG ?? 'config/demo.yaml');
const dataDir = resolve(process.env.MOTCUA_DATA ?? './data');
const port = Number(process.env.PORT ?? 8080);
const production = process.env.NODE_ENV === 'production';

try {
  const config = loadSiteConfig(configPath);
  // MOTCUA_IGNORE_HOURS=1: kiosks issue at any hour (trying the demo at night); the hours are still shown.
  if (process.env.MOTCUA_IGNORE_HOURS === '1' && config.hours) config.hours.enforce = false;
  const server = await startServer({
    config, configDir: dirname(configPath), dataDir, port, production, log,
    devices: (l) => createDevicesFromConfig(config, dataDir, l),
  });
  log.info(`motcua: ${config.office.name}`);
  log.info(`config ${configPath}, data ${dataDir}`);
  const h = hoursView(server.ctx.config, Date.now());
  if (config.hours?.enforce === false) log.info('office hours not enforced: kiosks issue at any hour');
  else if (!h.issuing && h.nextOpeningTextEn) log.info(`outside office hours: kiosks issue again at ${h.nextOpeningTextEn} (MOTCUA_IGNORE_HOURS=1 to try the demo now)`);
  log.info(`listening on http://localhost:${server.port}  (kiosk /kiosk, display /display, counter /counter, admin /admin)`);
  const stop = async () => { await server.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Cấu hình không hợp lệ / invalid config: ${e.message}`);
    process.exit(2);
  }
  console.error(e);
  process.exit(1);
}
