/** Voice settings from /admin: validated, in the audit trail field by field, live on every display (a 'setup' push), used for the next call's words. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { Snapshot } from '../../server/src/contract';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { phraseFor } from '../../server/src/features/voice';
import { launchChromium, screenshot } from './chromium';

let srv: RunningServer;
let admin: string;
beforeAll(async () => { srv = await testServer(); admin = await login(srv.url, 'admin'); });
afterAll(async () => { await srv?.close(); });

const settings = { enabled: true, template: 'Xin mời số {so} đến quầy {quay}', dialect: 'south', numberMode: 'digits', repeat: 2, volume: 0.6, maxBacklog: 6 };

describe('voice settings in /admin', () => {
  it('refuses an unknown placeholder or a value out of range and changes nothing', async () => {
    const api = client(srv.url);
    const bad = await api('PUT', '/api/admin/voice', { token: admin, body: { ...settings, template: 'Mời số {ve} đến quầy {quay}' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    expect(bad.body.error.message).toContain('{ve}');
    const loud = await api('PUT', '/api/admin/voice', { token: admin, body: { ...settings, volume: 3 } });
    expect(loud.status).toBe(400);
    expect((await api('GET', '/api/admin/voice', { token: admin })).body.repeat).toBe(1);
    const staff = await login(srv.url, 'canbo1');
    expect((await api('PUT', '/api/admin/voice', { token: staff, body: settings })).status).toBe(403);
  });

  it('applies a change at once: every display gets it, the next call says the new words, the trail records it', async () => {
    const display = connect(srv.url, { auth: { token: 'demo-display' }, transports: ['websocket'] });
    await new Promise<void>((ok) => display.once('snapshot', () => ok()));
    const pushed = new Promise<Snapshot>((ok) => display.once('setup', ok));
    const r = await client(srv.url)('PUT', '/api/admin/voice', { token: admin, body: settings });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(settings);
    expect((await pushed).voice).toEqual({ enabled: true, repeat: 2, volume: 0.6, maxBacklog: 6 });
    display.close();
    expect(phraseFor(srv.ctx, { number: 'A015', counterNumber: 3, counterName: 'Hộ tịch' })).toBe('Xin mời số a, không, một, năm đến quầy ba');
    const trail = (await client(srv.url)('GET', '/api/admin/audit', { token: admin })).body as Array<{ by: string; what: string }>;
    const line = trail.find((t) => t.what.startsWith('voice:'))!;
    expect(line.by).toBe('admin');
    expect(line.what).toContain('repeat: 1 → 2');
    expect(line.what).toContain('dialect: "north" → "south"');
    expect(line.what).toContain('template: "Mời công dân có số thứ tự {so} đến quầy số {quay}" → "Xin mời số {so} đến quầy {quay}"');
  });

  it('an admin changes them in /admin → "Giọng đọc"', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${srv.url}/admin`);
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill('demo');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Giọng đọc' }).click();
      const repeat = page.getByLabel('Số lần đọc mỗi lượt gọi');
      await repeat.waitFor();
      expect(await repeat.inputValue()).toBe(String(srv.ctx.config.voice.repeat));
      await repeat.fill('3');
      await page.getByLabel('Giọng').selectOption('north');
      await screenshot(page, 'admin-voice-panel');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu: các màn hình đọc theo cài đặt mới').waitFor();
      expect(srv.ctx.config.voice.repeat).toBe(3);
      expect(srv.ctx.config.voice.dialect).toBe('north');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
