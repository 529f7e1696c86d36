import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../src/catalog';
import { COLUMNS, exportCatalog, importCatalog, parseCsv, toCsv, type ImportError } from '../src/catalog-io';
import { generateProvinceCatalog } from '../src/generate-catalog';

const catalog = loadCatalog(resolve(import.meta.dirname, '../catalog'));
const errorsOf = (r: ReturnType<typeof importCatalog>): ImportError[] => (r.ok ? [] : r.errors);

/** The CSV export of a few procedures as cell rows, to edit; and back to text. */
function csvRows(c: Catalog = { fields: catalog.fields, procedures: catalog.procedures.slice(0, 5) }): string[][] {
  return parseCsv(exportCatalog(c, 'csv')).records.map((r) => r.cells);
}
const col = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);

describe('round trips', () => {
  it('JSON: export -> import gives the same catalog', () => {
    const r = importCatalog(exportCatalog(catalog, 'json'), 'json');
    expect(r).toEqual({ ok: true, catalog });
  });

  it('JSON carries the everyday words table with the catalog', () => {
    expect(catalog.everydayWords?.hotich?.['đăng ký kết hôn']).toContain('lấy vợ');
    expect(JSON.parse(exportCatalog(catalog, 'json')).everydayWords).toEqual(catalog.everydayWords);
  });

  it('CSV: export -> import gives the same catalog (a CSV has no everyday words: the server keeps the folder\'s)', () => {
    const r = importCatalog(exportCatalog(catalog, 'csv'), 'csv');
    expect(r).toEqual({ ok: true, catalog: { fields: catalog.fields, procedures: catalog.procedures } });
  });

  it('CSV: a 2,000-procedure province catalog survives the trip too', () => {
    const big = generateProvinceCatalog(2000, 3);
    expect(importCatalog(exportCatalog(big, 'csv'), 'csv')).toEqual({ ok: true, catalog: big });
  });

  it('CSV export starts with a BOM and Vietnamese headers, one procedure per row', () => {
    const text = exportCatalog(catalog, 'csv');
    expect(text.startsWith('\ufeffma_thu_tuc,ten_thu_tuc,ten_thu_tuc_en,ma_linh_vuc,')).toBe(true);
    expect(parseCsv(text).records).toHaveLength(catalog.procedures.length + 1);
  });
  it('keeps the English names, and a CSV without English name columns still imports', () => {
    const r = importCatalog(exportCatalog(catalog, 'csv'), 'csv');
    expect(r.ok && r.catalog.procedures.find((p) => p.code === '1.000894')?.nameEn).toBe('Marriage registration');
    const rows = csvRows().map((row) => row.filter((_, i) => i !== col('ten_thu_tuc_en') && i !== col('ten_linh_vuc_en')));
    const old = importCatalog(toCsv(rows), 'csv');
    expect(old.ok).toBe(true);
    expect(old.ok && old.catalog.procedures.map((p) => p.nameEn)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('importing a CSV with bad rows', () => {
  it('names every bad row by the physical line it starts on, and imports nothing', () => {
    const rows = csvRows();
    rows[2]![col('ma_thu_tuc')] = 'abc';
    rows[4]![col('so_ngay_lam_viec')] = 'ba ngày';
    rows[4]![col('hang_doi')] = 'quay-9';
    rows[5]![col('thanh_phan_ho_so')] = 'Tờ khai | bản gốc | 1';
    const text = toCsv(rows);
    const starts = parseCsv(text).records.map((r) => r.line); // rows span several lines (lists are one item per line)
    expect(starts[4]! - starts[3]!).toBeGreaterThan(1);
    const r = importCatalog(text, 'csv');
    expect(r.ok).toBe(false);
    expect(errorsOf(r)).toEqual([
      { line: starts[2], column: 'ma_thu_tuc', message: expect.stringContaining('1.001193') },
      { line: starts[4], column: 'so_ngay_lam_viec', message: expect.stringContaining('ba ngày') },
      { line: starts[4], column: 'hang_doi', message: expect.stringContaining('quay-9') },
      { line: starts[5], column: 'thanh_phan_ho_so', message: expect.stringContaining('bản gốc') },
    ]);
  });

  it('names a duplicated code on the later row', () => {
    const rows = csvRows();
    rows[3]![col('ma_thu_tuc')] = rows[1]![col('ma_thu_tuc')]!;
    const text = toCsv(rows);
    expect(errorsOf(importCatalog(text, 'csv'))).toEqual([{ line: parseCsv(text).records[3]!.line, column: 'ma_thu_tuc', message: expect.stringContaining('trùng') }]);
  });

  it('refuses a field id that carries two different names', () => {
    const rows = csvRows();
    rows[2]![col('ten_linh_vuc')] = 'Hộ tịch - Chứng thực';
    const text = toCsv(rows);
    expect(errorsOf(importCatalog(text, 'csv'))).toEqual([{ line: parseCsv(text).records[2]!.line, column: 'ten_linh_vuc', message: expect.stringContaining('dòng 2') }]);
  });

  it('reports header problems before looking at rows', () => {
    const rows = csvRows();
    rows[0]![col('ket_qua')] = 'ket_qua_giai_quyet';
    expect(errorsOf(importCatalog(toCsv(rows), 'csv'))).toEqual([
      { line: 1, column: 'ket_qua_giai_quyet', message: expect.stringContaining('cột không dùng được') },
      { line: 1, column: 'ket_qua', message: 'thiếu cột bắt buộc' },
    ]);
  });

  it('reports a broken quote with its line', () => {
    expect(errorsOf(importCatalog(`${COLUMNS.join(',')}\n1.001193,"Đăng ký khai sinh\n`, 'csv'))).toEqual([{ line: 2, message: expect.stringContaining('"') }]);
  });
});

describe('importing a CSV written by hand', () => {
  const header = ['Mã thủ tục', 'Tên thủ tục', 'Mã lĩnh vực', 'Tên lĩnh vực', 'Cấp thực hiện', 'Cơ quan thực hiện', 'Hàng đợi', 'Thời hạn', 'Số ngày làm việc',
    'Phí lệ phí', 'Mức phí VND', 'Thành phần hồ sơ', 'Trình tự', 'Cách thức nộp', 'Căn cứ pháp lý', 'Kết quả'];
  const row = ['1.001193', 'Đăng ký khai sinh', 'hotich', 'Hộ tịch', 'Cấp xã', 'UBND cấp xã', 'hotich', 'Ngay trong ngày', '0', 'Miễn', '0',
    'Tờ khai|original|1; Giấy chứng sinh | bản chính ; CCCD | xuất trình', 'Nộp hồ sơ\nNhận kết quả', 'trực tiếp; online, Bưu chính', 'Luật Hộ tịch 2014', 'Giấy khai sinh'];

  it('accepts Vietnamese header labels, ; separated lists, English or Vietnamese forms, and 8.000-style amounts', () => {
    const r = importCatalog(toCsv([header, row, [...row.slice(0, 10), '8.000 đ', ...row.slice(11)].map((v, k) => (k === 0 ? '2.000635' : v))], ';'), 'csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.catalog.fields).toEqual([{ id: 'hotich', name: 'Hộ tịch' }]);
    expect(r.catalog.procedures[0]).toMatchObject({
      documents: [{ name: 'Tờ khai', form: 'original', count: 1 }, { name: 'Giấy chứng sinh', form: 'original', count: 1 }, { name: 'CCCD', form: 'present', count: 1 }],
      steps: ['Nộp hồ sơ', 'Nhận kết quả'], channels: ['direct', 'online', 'postal'], keywords: [], timeLimit: { workingDays: 0 },
    });
    expect(r.catalog.procedures[0]).not.toHaveProperty('check');
    expect(r.catalog.procedures[1]?.fee.amountVnd).toBe(8000);
  });

  it('uses the fields it is given instead of reading them from the rows', () => {
    const r = importCatalog(toCsv([header.filter((h) => h !== 'Tên lĩnh vực'), row.filter((_, k) => k !== 3)]), 'csv', { fields: [{ id: 'hotich', name: 'Hộ tịch' }] });
    expect(r.ok && r.catalog.fields).toEqual([{ id: 'hotich', name: 'Hộ tịch' }]);
    const unknown = importCatalog(toCsv([header, row]), 'csv', { fields: [{ id: 'chungthuc', name: 'Chứng thực' }] });
    expect(errorsOf(unknown)).toEqual([{ line: 2, column: 'ma_linh_vuc', message: expect.stringContaining('hotich') }]);
  });

  it('reports progress every 100 rows and at the end', () => {
    const calls: [number, number][] = [];
    importCatalog(exportCatalog(generateProvinceCatalog(250, 5), 'csv'), 'csv', { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[100, 250], [200, 250], [250, 250]]);
  });
});

describe('importing JSON', () => {
  it('names each bad procedure by the line where its object starts, and imports nothing', () => {
    const procedures = catalog.procedures.slice(0, 4).map((p) => ({ ...p }));
    procedures[1] = { ...procedures[1]!, fee: { text: 'x', amountVnd: -5 } };
    procedures[3] = { ...procedures[3]!, field: 'khong-co' };
    const text = JSON.stringify({ fields: catalog.fields, procedures }, null, 2);
    const lines = text.split('\n');
    const list = lines.indexOf('  "procedures": [');
    const starts = lines.map((l, k) => (k > list && l === '    {' ? k + 1 : 0)).filter(Boolean);
    expect(errorsOf(importCatalog(text, 'json'))).toEqual([
      { line: starts[1], column: 'fee.amountVnd', message: expect.any(String) },
      { line: starts[3], column: 'field', message: expect.stringContaining('khong-co') },
    ]);
  });

  it('reports a syntax error with its line', () => {
    expect(errorsOf(importCatalog('{\n  "fields": [\n    ,\n  ]\n}', 'json'))).toEqual([{ line: 3, message: expect.stringMatching(/^JSON không hợp lệ/) }]);
  });

  it('accepts a bare array of procedures with the fields given', () => {
    const r = importCatalog(JSON.stringify(catalog.procedures), 'json', { fields: catalog.fields });
    expect(r).toEqual({ ok: true, catalog: { fields: catalog.fields, procedures: catalog.procedures } });
  });
});
