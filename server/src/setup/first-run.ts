/**
 * First run in production: no config file yet, so the server serves only /setup (and a 503 /api/health, so screen
 * launchers keep waiting). The office enters its name, services, counters, accounts, screens and printer; the config
 * file is written, the tokens are shown once, and start-up goes on to the real server on the same port.
 */
import express from 'express';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIssues } from '@motcua/config';
import type { Logger } from '../log';
import type { Env } from '../ops/env';
import { installRoot } from '../ops/root';
import { buildSiteConfig, officeCatalog, presetServices, setupFormSchema } from './setup-config';
import { SETUP_CSS } from './setup-css';
import { setupPage } from './setup-page';
import { SETUP_SCRIPT } from './setup-script';

const MAX_WRONG_CODES = 20;

/** Serves /setup until the office has saved its config; resolves once the file is written and the set-up server closed. */
export async function runFirstSetup(env: Env, log: Logger, shipped = join(installRoot(), 'config')): Promise<void> {
  const presets = presetServices(join(shipped, 'demo.yaml'));
  const code = `${randomInt(0, 10_000).toString().padStart(4, '0')}-${randomInt(0, 10_000).toString().padStart(4, '0')}`;
  mkdirSync(env.dataDir, { recursive: true });
  const codeFile = join(env.dataDir, 'setup-code.txt');
  writeFileSync(codeFile, `${code}\n`, { mode: 0o600 });
  let wrong = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((ok) => { done = ok; });

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'" });
    next();
  });
  app.use(express.json({ limit: '256kb' }));
  app.get('/api/health', (_req, res) => void res.status(503).json({ status: 'setup', message: 'Chưa thiết lập: mở /setup / not set up yet: open /setup' }));
  app.get('/setup/app.js', (_req, res) => void res.type('text/javascript; charset=utf-8').send(SETUP_SCRIPT));
  app.get('/setup/app.css', (_req, res) => void res.type('text/css; charset=utf-8').send(SETUP_CSS));
  app.get('/setup', (req, res) => void res.type('html').send(setupPage(`${req.protocol}://${req.get('host') ?? `localhost:${env.port}`}`, presets)));
  app.post('/api/setup', (req, res) => {
    const parsed = setupFormSchema.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json({ error: { code: 'BAD_INPUT', message: 'Thông tin chưa đúng / check the form', problems: formatIssues(parsed.error.issues) } });
    if (wrong >= MAX_WRONG_CODES) return void res.status(429).json({ error: { code: 'LOCKED', message: 'Sai mã quá nhiều lần: khởi động lại dịch vụ để có mã mới / too many wrong codes: restart the service for a new code' } });
    const given = Buffer.from(parsed.data.code.replace(/\s/g, '')), want = Buffer.from(code);
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      wrong++;
      return void res.status(403).json({ error: { code: 'BAD_SETUP_CODE', message: `Mã thiết lập không đúng: xem nhật ký dịch vụ hoặc ${codeFile} / wrong set-up code: see the service log or ${codeFile}` } });
    }
    const built = buildSiteConfig(parsed.data);
    if (!built.ok) return void res.status(422).json({ error: { code: 'INVALID_CONFIG', message: 'Thông tin chưa đúng / check the form', problems: built.problems } });
    // The catalog goes beside the config (catalog.dir: catalog), then the config: a config is never written without its catalog.
    const catalog = officeCatalog(join(shipped, 'catalog'), built.serviceIds);
    const dir = join(dirname(env.configPath), 'catalog');
    writeAtomically(join(dir, 'fields.json'), catalog.fields);
    writeAtomically(join(dir, 'procedures.json'), catalog.procedures);
    writeAtomically(env.configPath, built.yaml);
    log.info(`first run: config written to ${env.configPath}`);
    res.on('finish', () => done());
    res.status(201).json({ tokens: built.tokens, configPath: env.configPath });
  });
  app.use((_req, res) => void res.redirect('/setup'));
  app.use((err: { type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (err?.type !== 'entity.parse.failed' && err?.type !== 'entity.too.large') log.error('set-up request failed', err);
    res.status(400).json({ error: { code: 'BAD_JSON', message: 'Nội dung không hợp lệ / malformed request' } });
  });

  const http = createServer(app);
  await new Promise<void>((ok, fail) => { http.once('error', fail); http.listen(env.port, '0.0.0.0', () => ok()); });
  log.warn(`first run: no config at ${env.configPath}. Open http://<this machine>:${env.port}/setup with the set-up code ${code} (also in ${codeFile})`);
  await finished;
  http.closeAllConnections();
  await new Promise<void>((ok) => http.close(() => ok()));
  rmSync(codeFile, { force: true });
}


/** Writes a file atomically (a power cut leaves the old file or the new one, never half), not readable by others. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text, { mode: 0o640 });
  renameSync(tmp, path);
}
