import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, testServer } from '../integration/helpers';
import type { RunningServer } from '../../src/server';
import type { DossierImportProgress } from '../../src/contract';
import { importSheetGradually } from '../../src/features/dossiers/import';
import { guessColumns } from '../../src/features/dossiers/mapping';
import { parseCsv } from '../../src/features/dossiers/sheet';

let srv: RunningServer;
let admin: string;
beforeAll(async () => { srv = await testServer(); admin = await login(srv.url, 'admin'); });
afterAll(async () => { await srv?.close(); });

const HEADER = 'Mã hồ sơ,Tên thủ tục,Nhóm lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày có kết quả';
const rows = (n: number, from = 1) => Array.from({ length: n }, (_, k) =>
  `HS-${from + k},Đăng ký khai sinh,Hộ tịch,02/11/2026,06/11/2026,${k % 2 ? 'Đang giải quyết' : 'Đã có kết quả - chờ trả'},${k % 2 ? '' : '05/11/2026'}`);
const csv = (lines: string[], header = HEADER) => [header, ...lines].join('\n');
const db = () => srv.ctx.queue.journal.db;
const count = () => db().prepare('SELECT COUNT(*) FROM dossiers').pluck().get() as number;
const post = async (path: string, body: string) => {
  const res = await fetch(`${srv.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' }, body });
  return { status: res.status, body: await res.json() };
};
const status = async () => (await fetch(`${srv.url}/api/dossiers/import/status`, { headers: { authorization: `Bearer ${admin}` } })).json();

describe('import progress', () => {
  it('checks a big file in chunks, giving the event loop a turn between them, then writes once', async () => {
    db().prepare('DELETE FROM dossiers').run();
    const turns: number[] = [];
    const log: Array<DossierImportProgress & { turnsBefore: number[] }> = [];
    const result = await importSheetGradually(db(), parseCsv(csv(rows(1000))), 0, { 'Nhóm lĩnh vực': 'field' }, (p) => {
      log.push({ ...p, turnsBefore: [...turns] });
      if (p.phase === 'checking') setImmediate(() => turns.push(p.done));
    }, 250);
    expect(result).toEqual({ total: 1000, imported: 1000, errors: [] });
    expect(log.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual(
      ['checking 250/1000', 'checking 500/1000', 'checking 750/1000', 'checking 1000/1000', 'writing 1000/1000', 'done 1000/1000']);
    // When 500 rows are reported, the turn scheduled at 250 has already run: the loop was not blocked.
    expect(log[1]!.turnsBefore).toEqual([250]);
    expect(log[3]!.turnsBefore).toEqual([250, 500, 750]);
    expect(count()).toBe(1000);
  });

  it('a bad row among 1000 writes nothing', async () => {
    db().prepare('DELETE FROM dossiers').run();
    const lines = rows(1000);
    lines[599] = lines[599]!.replace('06/11/2026', '01/11/2026'); // line 601: due before received
    const result = await importSheetGradually(db(), parseCsv(csv(lines)), 0, { 'Nhóm lĩnh vực': 'field' });
    expect(result).toEqual({ total: 1000, imported: 0, errors: [{ line: 601, message: 'ngày hẹn trả trước ngày tiếp nhận' }] });
    expect(count()).toBe(0);
  });

  it('guesses columns from the one-door headings, each field once', () => {
    expect(guessColumns(['STT', 'Số hồ sơ', 'Mã hồ sơ', 'Tên TTHC', 'Lĩnh vực', 'Ngày hẹn trả (dự kiến)', 'Tình trạng', 'Ghi chú']))
      .toEqual([null, 'code', null, 'procedureName', 'field', 'dueDate', 'status', 'note']);
  });
});

describe('the import routes the page uses', () => {
  it('preview: the headings, the row count and the guess; nothing written', async () => {
    db().prepare('DELETE FROM dossiers').run();
    const r = await post('/api/dossiers/import/preview?format=csv', csv(rows(3)));
    expect(r).toEqual({ status: 200, body: { header: HEADER.split(','), headerLine: 1, rows: 3,
      guess: ['code', 'procedureName', null, 'receivedDate', 'dueDate', 'status', 'resolvedDate'] } });
    expect(count()).toBe(0);
  });

  it('a mapping can skip a column the defaults would read ("-") and name one they do not know', async () => {
    db().prepare('DELETE FROM dossiers').run();
    const skip = encodeURIComponent(JSON.stringify({ 'Nhóm lĩnh vực': 'field', 'Ngày có kết quả': '-' }));
    const r = await post(`/api/dossiers/import?format=csv&mapping=${skip}`, csv(rows(2)));
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([{ line: 2, message: 'đã có kết quả nhưng thiếu ngày có kết quả' }]);
    const keep = encodeURIComponent(JSON.stringify({ 'Nhóm lĩnh vực': 'field' }));
    expect((await post(`/api/dossiers/import?format=csv&mapping=${keep}`, csv(rows(2)))).body).toEqual({ total: 2, imported: 2, errors: [] });
    expect(db().prepare("SELECT field FROM dossiers WHERE code = 'HS-1'").pluck().get()).toBe('Hộ tịch');
    expect((await post('/api/dossiers/import?format=csv&mapping=%7B%22A%22%3A%22nope%22%7D', csv(rows(2)))).status).toBe(400);
  });

  it('while a big file is being checked, the status says how far it got and a second import is refused (409)', async () => {
    db().prepare('DELETE FROM dossiers').run();
    const first = post('/api/dossiers/import?format=csv', csv(rows(30_000)));
    let s = await status();
    for (let i = 0; i < 500 && s.phase !== 'checking'; i++) s = await status();
    expect(s.phase).toBe('checking');
    expect(s.total).toBe(30_000);
    expect(s.done).toBeGreaterThan(0);
    expect(s.done).toBeLessThan(30_000);
    const second = await post('/api/dossiers/import?format=csv', csv(rows(1, 90_000)));
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('IMPORT_BUSY');
    expect((await first).body).toEqual({ total: 30_000, imported: 30_000, errors: [] });
    expect(await status()).toMatchObject({ phase: 'done', done: 30_000, total: 30_000 });
    expect(count()).toBe(30_000);
  });
});
