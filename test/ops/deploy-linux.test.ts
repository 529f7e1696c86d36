/** deploy/linux: the systemd unit passes systemd-analyze verify; the screen launcher waits for the server and restarts a dead browser. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../server/test/integration/helpers';

const UNIT = join(ROOT, 'deploy/linux/motcua.service');
const hasAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!hasAnalyze) console.log('systemd-analyze is not installed (apt install systemd): the unit verification is skipped');

describe('the systemd unit', () => {
  it.skipIf(!hasAnalyze)('passes systemd-analyze verify (with this machine\'s node in place of /opt/motcua/bin/node)', () => {
    const dir = tempDir();
    const unit = join(dir, 'motcua.service');
    writeFileSync(unit, readFileSync(UNIT, 'utf8').replaceAll('/opt/motcua/bin/node', process.execPath));
    const r = spawnSync('systemd-analyze', ['verify', '--man=no', unit], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs node on the build as its own user, in production, restarted always, data and config in their places, logs to journald', () => {
    const text = readFileSync(UNIT, 'utf8');
    for (const line of ['User=motcua', 'Restart=always', 'Environment=NODE_ENV=production', 'Environment=MOTCUA_DATA=/var/lib/motcua',
      'Environment=MOTCUA_CONFIG=/etc/motcua/site.yaml', 'StandardError=journal', 'ExecStart=/opt/motcua/bin/node /opt/motcua/app/server/dist/main.js']) {
      expect(text.split('\n')).toContain(line);
    }
  });

  it('the install script parses', () => {
    expect(spawnSync('bash', ['-n', join(ROOT, 'deploy/linux/install.sh')]).status).toBe(0);
  });
});

describe('the screen launcher (with a fake browser)', { timeout: 120_000 }, () => {
  let health: Server | null = null;
  let launcher: ChildProcess | null = null;
  afterEach(async () => {
    launcher?.kill('SIGTERM');
    if (launcher && launcher.exitCode === null) await new Promise((ok) => launcher!.once('exit', ok));
    await new Promise((ok) => (health ? health.close(ok) : ok(null)));
    health = launcher = null;
  });

  /** A server whose /api/health answers `status.code`, counting the asks. */
  async function healthServer(status: { code: number; asked: number }): Promise<string> {
    health = createServer((req, res) => {
      if (req.url === '/api/health') status.asked++;
      res.writeHead(req.url === '/api/health' ? status.code : 404).end('{}');
    });
    await new Promise<void>((ok) => health!.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(health!.address() as { port: number }).port}`;
  }

  function startLauncher(args: string[], env: Record<string, string>): { log: string; out: () => string } {
    const dir = tempDir();
    const browser = join(dir, 'browser');
    writeFileSync(browser, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'test/ops/fake-browser.mjs')}" "$@"\n`);
    chmodSync(browser, 0o755);
    const log = join(dir, 'launches.jsonl');
    let out = '';
    launcher = spawn('bash', [join(ROOT, 'deploy/linux/motcua-screen'), ...args], {
      env: { ...process.env, DISPLAY: '', MOTCUA_BROWSER: browser, FAKE_BROWSER_LOG: log, MOTCUA_SCREEN_PROFILE: join(dir, 'profile'), MOTCUA_RETRY_SECONDS: '1', MOTCUA_MAX_RETRY_SECONDS: '2', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    launcher.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
    return { log, out: () => out };
  }
  const launches = (log: string): string[][] => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]) : []);

  it('waits while /api/health does not answer 200, then opens the display in kiosk mode with sound allowed', async () => {
    const status = { code: 503, asked: 0 };
    const base = await healthServer(status);
    const l = startLauncher(['display', base, 'tok123'], {});
    await expect.poll(() => status.asked, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    expect(l.out()).toContain(`waiting for ${base}/api/health`);
    expect(launches(l.log)).toEqual([]);
    status.code = 200;
    await expect.poll(() => launches(l.log).length, { timeout: 30_000 }).toBe(1);
    const args = launches(l.log)[0]!;
    expect(args.at(-1)).toBe(`${base}/display?token=tok123`);
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--noerrdialogs', '--disable-pinch', '--overscroll-history-navigation=0',
      '--autoplay-policy=no-user-gesture-required', expect.stringMatching(/^--disable-features=.*Translate/)]));
  });

  it('opens the browser again each time it dies', async () => {
    const base = await healthServer({ code: 200, asked: 0 });
    const l = startLauncher(['rating', base, 'tok456', 'q1'], { FAKE_BROWSER_EXIT: '1' });
    await expect.poll(() => launches(l.log).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    expect(l.out()).toContain('browser exited (code 1)');
    const first = launches(l.log)[0]!;
    expect(first.at(-1)).toBe(`${base}/rating/q1?token=tok456`);
    expect(first).not.toContain('--autoplay-policy=no-user-gesture-required'); // a tablet someone touches
  }, 90_000);

  it('install-screen.sh makes an autostart entry that, run as the desktop session runs it, starts the screen (and running it again changes it)', async () => {
    const base = await healthServer({ code: 200, asked: 0 });
    const home = tempDir();
    const install = (token: string) => spawnSync('bash', [join(ROOT, 'deploy/linux/install-screen.sh'), 'counter-display', base, token, 'q2'], { env: { ...process.env, HOME: home }, encoding: 'utf8' });
    expect(install('first').status).toBe(0);
    expect(install('tok789').status).toBe(0);
    const entry = readFileSync(join(home, '.config/autostart/motcua-counter-display-q2.desktop'), 'utf8');
    expect(entry).toContain('Type=Application');
    expect(entry).not.toContain('tok789'); // the token is in a file only this user reads
    const exec = /^Exec=(.*)$/m.exec(entry)![1]!.replace(/^sh -c '(.*)'$/, '$1');
    const dir = tempDir();
    const browser = join(dir, 'browser');
    writeFileSync(browser, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'test/ops/fake-browser.mjs')}" "$@"\n`);
    chmodSync(browser, 0o755);
    const log = join(dir, 'launches.jsonl');
    launcher = spawn('sh', ['-c', exec], { env: { ...process.env, HOME: home, DISPLAY: '', MOTCUA_BROWSER: browser, FAKE_BROWSER_LOG: log }, stdio: 'ignore' });
    await expect.poll(() => launches(log).length, { timeout: 30_000 }).toBe(1);
    expect(launches(log)[0]!.at(-1)).toBe(`${base}/display/counter/q2?token=tok789`);
  });

  it('refuses a screen kind it does not know, with the usage', () => {
    const r = spawnSync('bash', [join(ROOT, 'deploy/linux/motcua-screen'), 'toaster', 'http://x', 't'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: motcua-screen');
  });
});
