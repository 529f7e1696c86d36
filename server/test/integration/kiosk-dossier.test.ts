/** A dossier scanned at the kiosk says what to do next: where to pick up a result, what papers to bring and where. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { client, testServer } from './helpers';

let srv: RunningServer;
let api: ReturnType<typeof client>;
beforeAll(async () => { srv = await testServer(); api = client(srv.url); });
afterAll(() => srv.close());

const put = (code: string, body: object) => api('PUT', `/api/dossiers/${code}`, { token: 'demo-integration', body });
const scan = (line: string) => api('POST', '/api/kiosk/scan', { token: 'demo-kiosk', body: { line } });

describe('kiosk dossier guide', () => {
  it('a ready result offers a number for Trả kết quả and names its counter', async () => {
    await put('000.00.23.H23-261120-0101', { procedureName: 'Đăng ký khai sinh', receivedDate: '20/11/2026', dueDate: '21/11/2026', status: 'cho_tra', resolvedDate: '21/11/2026' });
    const r = await scan('000.00.23.H23-261120-0101');
    expect(r.body).toMatchObject({ kind: 'dossier', found: true, statusEn: 'Ready — waiting to be picked up', next: { serviceId: 'traketqua', serviceName: 'Trả kết quả', counters: [5] } });
    expect(r.body.guide).toContain('quầy 5');
    expect(r.body.guideEn).toContain('counter 5');
  });

  it('"chờ bổ sung" carries the one-door note and the counters of the procedure\'s queue; without a note, none is invented', async () => {
    await put('000.00.23.H23-261120-0102', { procedureName: 'Chứng thực di chúc', receivedDate: '20/11/2026', dueDate: '27/11/2026', status: 'cho_bo_sung', note: 'Bổ sung bản sao giấy chứng tử' });
    const r = await scan('000.00.23.H23-261120-0102');
    expect(r.body).toMatchObject({ note: 'Bổ sung bản sao giấy chứng tử', next: { serviceId: 'chungthuc', counters: [1, 2] } });
    await put('000.00.23.H23-261120-0103', { procedureName: 'Thủ tục không có trong danh mục', receivedDate: '20/11/2026', dueDate: '27/11/2026', status: 'cho_bo_sung' });
    const bare = await scan('000.00.23.H23-261120-0103');
    expect(bare.body.note).toBeUndefined();
    expect(bare.body.guide).toContain('quầy tiếp nhận');
  });

  it('a note longer than the one-door software may send is refused and changes nothing', async () => {
    const r = await put('000.00.23.H23-261120-0104', { procedureName: 'Đăng ký khai sinh', receivedDate: '20/11/2026', dueDate: '21/11/2026', status: 'cho_bo_sung', note: 'x'.repeat(501) });
    expect(r.status).toBe(400);
    expect((await scan('000.00.23.H23-261120-0104')).body.found).toBe(false);
  });
});
