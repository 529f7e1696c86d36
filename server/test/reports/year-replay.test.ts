/**
 * A commune's year replayed through the real paths: 2.111 dossiers pushed by the one-door software's token
 * (POST /api/dossiers/batch), 200 citizens issued at the kiosk, called, completed and rated by the counter's tablet.
 * The year's report must print every count and share exactly, on screen, on the A4 page, in both CSVs and the XLSX.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { client, login, testServer } from '../integration/helpers';
import type { RunningServer } from '../../src/server';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plus = (day: string, n: number) => iso(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);

/** Mondays of 2026 clear of Tết, Giỗ Tổ, 30/4-1/5 and 2/9 (Monday to Friday all working days). */
function mondays(): string[] {
  const out: string[] = [];
  for (let d = '2026-03-02'; d <= '2026-12-21'; d = plus(d, 7)) {
    if ((d >= '2026-04-20' && d <= '2026-05-04') || d === '2026-08-31') continue;
    out.push(d);
  }
  return out;
}

const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai'];
const CHANNELS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'];
interface Expect { received: number; inPerson: number; online: number; postal: number; early: number; onTime: number; late: number; inProgress: number }
const zero = (): Expect => ({ received: 0, inPerson: 0, online: 0, postal: 0, early: 0, onTime: 0, late: 0, inProgress: 0 });

/** 2.108 dossiers resolved in 2026 (1.500 early, 607 on time, one late) and 3 still in progress at the year's end. */
function yearOfDossiers() {
  const weeks = mondays();
  const dossiers: Array<Record<string, unknown>> = [];
  const byField = new Map(FIELDS.map((f) => [f, zero()]));
  const add = (i: number, kind: 'early' | 'onTime' | 'late' | 'inProgress') => {
    const monday = kind === 'inProgress' ? '2026-12-28' : weeks[i % weeks.length]!;
    const field = FIELDS[i % 3]!;
    const channel = CHANNELS[Math.floor(i / 3) % 3]!;
    const due = plus(monday, 3); // Thursday
    const resolved = kind === 'early' ? plus(monday, 1) : kind === 'onTime' ? due : kind === 'late' ? plus(monday, 4) : null;
    dossiers.push({ code: `HS-2026-${String(i).padStart(5, '0')}`, procedureName: 'Thủ tục', field, applicantName: 'Nguyễn Văn An', channel,
      receivedDate: monday, dueDate: due, status: resolved ? 'da_tra' : 'dang_giai_quyet', resolvedDate: resolved, returnedDate: resolved });
    const f = byField.get(field)!;
    f.received++;
    f[channel === 'truc_tiep' ? 'inPerson' : channel === 'truc_tuyen' ? 'online' : 'postal']++;
    f[kind]++;
  };
  let i = 0;
  for (let k = 0; k < 1500; k++) add(i++, 'early');
  for (let k = 0; k < 607; k++) add(i++, 'onTime');
  add(i++, 'late');
  for (let k = 0; k < 3; k++) add(i++, 'inProgress');
  return { dossiers, byField };
}

const LEVELS = [...Array(180).fill('rat_hai_long'), ...Array(19).fill('hai_long'), 'chua_hai_long'] as string[];

let srv: RunningServer;
let sup: string;
let clock = Date.parse('2026-03-02T09:00:00+07:00');
const year = yearOfDossiers();
const get = (path: string) => fetch(`${srv.url}${path}`, { headers: { authorization: `Bearer ${sup}` } });

beforeAll(async () => {
  srv = await testServer({ now: () => clock });
  const api = client(srv.url);
  const pushed = await api('POST', '/api/dossiers/batch', { token: 'demo-integration', body: { dossiers: year.dossiers } });
  if (pushed.status !== 200) throw new Error(JSON.stringify(pushed.body).slice(0, 500));
  const weeks = mondays();
  let staff = await login(srv.url, 'canbo1');
  for (let i = 0; i < LEVELS.length; i++) {
    // Ten citizens a day, on the Tuesdays of the year, from 09:00.
    const day = plus(weeks[Math.floor(i / 10) % weeks.length]!, 1);
    clock = Date.parse(`${day}T09:00:00+07:00`) + (i % 10) * 10 * 60_000;
    if (i % 10 === 0) staff = await login(srv.url, 'canbo1'); // sessions last 12 hours
    const t = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const called = await api('POST', '/api/counters/q1/call-next', { token: staff });
    if (called.body.ticket?.id !== t.body.id) throw new Error(`called ${JSON.stringify(called.body)}`);
    clock += 5 * 60_000;
    await api('POST', '/api/counters/q1/complete', { token: staff });
    clock += 30_000;
    const r = await api('POST', '/api/ratings', { token: 'demo-counter', body: { ticketId: t.body.id, level: LEVELS[i] } });
    if (r.status !== 201) throw new Error(`rating ${i}: ${JSON.stringify(r.body)}`);
  }
  clock = Date.parse('2027-01-05T09:00:00+07:00');
  sup = await login(srv.url, 'giamsat');
}, 300_000);
afterAll(async () => { await srv?.close(); });

const Q = 'period=year&date=2026';

describe('a commune\'s year through the real rating and dossier paths', () => {
  it('JSON: every count, per field and in total, adds up; shares are exact', async () => {
    const r = await (await get(`/api/reports?${Q}`)).json();
    // Channels: dossier i has channel floor(i / 3) mod 3, so 705 in person, 704 online, 702 by post.
    expect(r.dossiers.total).toMatchObject({ received: 2111, inPerson: 705, online: 704, postal: 702, toHandle: 2111, resolved: 2108, early: 1500, onTime: 607, late: 1, inProgress: 3,
      earlyPct: 71.2, onTimePct: 28.8, latePct: 0.05, earlyOrOnTimePct: 99.95 });
    for (const f of r.dossiers.byField) expect(f, f.field).toMatchObject(year.byField.get(f.field)!);
    const sum = (k: string) => r.dossiers.byField.reduce((a: number, f: Record<string, number>) => a + f[k]!, 0);
    for (const k of ['received', 'inPerson', 'online', 'postal', 'resolved', 'early', 'onTime', 'late', 'inProgress']) expect(sum(k), k).toBe(r.dossiers.total[k]);
    expect(r.ratings.total).toMatchObject({ count: 200, levels: [
      { key: 'rat_hai_long', count: 180, pct: 90 }, { key: 'hai_long', count: 19, pct: 9.5 }, { key: 'chua_hai_long', count: 1, pct: 0.5 }] });
    expect(r.ratings.byStaff).toMatchObject([{ name: 'Nguyễn Thị Lan', count: 200 }]);
    expect(r.tickets.total).toMatchObject({ issued: 200, served: 200, noShow: 0, servedAfterNoShow: 0, serviceMean: 300 });
  });

  it('the A4 page and the screen print the same figures', async () => {
    for (const page of ['print', 'view']) {
      const text = (await (await get(`/api/reports/${page}?${Q}&token=${sup}`)).text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const s of ['Tổng số hồ sơ tiếp nhận: 2.111 hồ sơ', 'Đã giải quyết: 2.108 hồ sơ, trong đó trước hạn 1.500 (71,2%), đúng hạn 607 (28,8%), quá hạn 1 (0,05%).',
        'Tỷ lệ hồ sơ giải quyết trước và đúng hạn: 99,95%.', 'Tổng số phiếu đánh giá: 200 phiếu.', 'Rất hài lòng: 180 phiếu (90%).',
        'Hài lòng: 19 phiếu (9,5%).', 'Chưa hài lòng: 1 phiếu (0,5%).', 'Số phiếu thứ tự đã cấp: 200; đã phục vụ: 200; vắng mặt khi gọi: 0.']) {
        expect(text, `${page}: ${s}`).toContain(s);
      }
      expect(text).not.toMatch(/quá hạn 1 \(0%\)|trước và đúng hạn: 100%/);
    }
  });

  it('the CSVs and the XLSX hold the same figures', async () => {
    const excel = (await (await get(`/api/reports/export.csv?${Q}`)).text()).split('\r\n');
    expect(excel).toContain('Tổng cộng;2111;705;704;702;0;2111;2108;1500;71,2;607;28,8;1;0,05;99,95;3;0;0;0');
    const plain = (await (await get(`/api/reports/export-rfc4180.csv?${Q}`)).text()).split('\r\n');
    expect(plain).toContain('Tổng cộng,2111,705,704,702,0,2111,2108,1500,71.2,607,28.8,1,0.05,99.95,3,0,0,0');
    expect(plain).toContain('Tổng,Tổng,200,180,90,19,9.5,1,0.5');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await get(`/api/reports/export.xlsx?${Q}`)).arrayBuffer());
    const total = (wb.getWorksheet('Hồ sơ')!.getSheetValues() as unknown[][]).find((row) => row?.[1] === 'Tổng cộng')!.slice(1);
    expect(total).toEqual(['Tổng cộng', 2111, 705, 704, 702, 0, 2111, 2108, 1500, 71.2, 607, 28.8, 1, 0.05, 99.95, 3, 0, 0, 0]);
  });
});
