import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';

const CCCD = '001085012345|123456789|Nguyễn Văn An|15081985|Nam|Thôn 1, xã Hòa An|01022021';

let srv: RunningServer;
let api: ReturnType<typeof client>;
beforeAll(async () => { srv = await testServer(); api = client(srv.url); });
afterAll(async () => { await srv?.close(); });

describe('GET /api/catalog', () => {
  it('returns the fields and procedures with an ETag, and 304 when unchanged', async () => {
    const res = await fetch(`${srv.url}/api/catalog`);
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const body = (await res.json()) as { fields: Array<{ id: string }>; procedures: Array<{ name: string; serviceId: string }> };
    expect(body.fields.length).toBeGreaterThan(0);
    expect(body.procedures.some((p) => p.name === 'Đăng ký kết hôn' && p.serviceId === 'hotich')).toBe(true);
    const again = await fetch(`${srv.url}/api/catalog`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });
});

describe('POST /api/kiosk/scan', () => {
  const scan = (line: unknown, token: string | null = 'demo-kiosk') => api('POST', '/api/kiosk/scan', { ...(token ? { token } : {}), body: { line } });

  it('greets a CCCD holder by a masked name only, never the ID number or full name', async () => {
    const r = await scan(CCCD);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ kind: 'cccd', greeting: 'Xin chào ông Nguyễn V. A.', greetingEn: 'Hello Mr Nguyễn V. A.' });
    const text = JSON.stringify(r.body);
    for (const secret of ['001085012345', '123456789', 'Nguyễn Văn An', '15081985', 'Thôn 1']) expect(text).not.toContain(secret);
  });

  it('says "bà" to a woman', async () => {
    const r = await scan('079190000123||Trần Thị Bình|01011990|Nữ|Phường 1|01012022');
    expect(r.body.greeting).toBe('Xin chào bà Trần T. B.');
  });

  it('reports a receipt code it cannot find', async () => {
    const r = await scan('000.00.23.H23-261123-0001');
    expect(r.body).toEqual({
      kind: 'dossier', code: '000.00.23.H23-261123-0001', found: false,
      message: 'Chưa có thông tin hồ sơ này. Vui lòng hỏi cán bộ tại quầy tiếp nhận.', messageEn: 'There is no news of this dossier yet. Please ask at the reception counter.',
    });
  });

  it('shows a ticket scanned from its QR', async () => {
    const t = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const r = await scan(t.body.url);
    expect(r.body.kind).toBe('ticket');
    expect(r.body.ticket.number).toBe(t.body.number);
  });

  it('says plainly when a code means nothing, and refuses bad input and strangers', async () => {
    const unknown = (await scan('hello world')).body;
    expect(unknown.kind).toBe('unknown');
    expect(unknown.message).toMatch(/Máy không nhận ra mã này/);
    expect(unknown.messageEn).toMatch(/not one the kiosk knows/);
    expect((await scan('x'.repeat(4097))).status).toBe(400);
    expect((await scan('')).status).toBe(400);
    expect((await scan(42)).status).toBe(400);
    expect((await scan(CCCD, null)).status).toBe(401);
    expect((await scan(CCCD, 'demo-display')).status).toBe(403);
  });
});

describe('scanning an ID card that does not add up', () => {
  it('says so plainly, with no personal data', async () => {
    const r = await api('POST', '/api/kiosk/scan', { token: 'demo-kiosk', body: { line: '001085012345|123456789|Nguyễn Văn An' } });
    expect(r.body.kind).toBe('unknown');
    expect(r.body.message).toMatch(/\S/);
    expect(JSON.stringify(r.body)).not.toContain('001085012345');
  });
});
