import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, DEMO_SERVICE_IDS, checkCatalog, checkProcedureEdit, formatProblem, loadCatalog } from '../src/catalog';
import { ConfigError } from '../src/load';

const DIR = resolve(import.meta.dirname, '../catalog');
const catalog = loadCatalog(DIR);

/** The problems loadCatalog reports for a catalog folder written from these values. */
function loadProblems(fields: unknown, procedures: unknown): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-catalog-'));
  writeFileSync(join(dir, 'fields.json'), JSON.stringify(fields));
  writeFileSync(join(dir, 'procedures.json'), typeof procedures === 'string' ? procedures : JSON.stringify(procedures));
  try { loadCatalog(dir); } catch (e) { if (e instanceof ConfigError) return e.problems; throw e; }
  return [];
}

describe('the commune catalog', () => {
  it('loads and validates, with at least 60 procedures over at least 8 fields', () => {
    expect(catalog.procedures.length).toBeGreaterThanOrEqual(60);
    expect(new Set(catalog.procedures.map((p) => p.field)).size).toBeGreaterThanOrEqual(8);
  });

  it('sends every procedure to one of the demo office queues, and every queue gets some', () => {
    for (const p of catalog.procedures) expect(DEMO_SERVICE_IDS).toContain(p.serviceId);
    expect(new Set(catalog.procedures.map((p) => p.serviceId))).toEqual(new Set(DEMO_SERVICE_IDS));
  });

  it('covers the fields a commune office handles', () => {
    const used = new Set(catalog.procedures.map((p) => p.field));
    for (const f of ['hotich', 'chungthuc', 'baotroxahoi', 'nguoicocong', 'datdai', 'vanhoa', 'thiduakhenthuong', 'cutru', 'hoagiaicoso', 'kinhdoanh']) expect(used).toContain(f);
    for (const f of catalog.fields) expect(used, `field ${f.id} has no procedure`).toContain(f.id);
  });

  it('keeps the facts of DOMAIN.md: codes, time limits and fees of the common procedures', () => {
    const byCode = new Map(catalog.procedures.map((p) => [p.code, p]));
    expect(byCode.get('1.001193')).toMatchObject({ name: 'Đăng ký khai sinh', timeLimit: { workingDays: 0 }, fee: { amountVnd: 0 } });
    expect(byCode.get('1.000894')).toMatchObject({ name: 'Đăng ký kết hôn', fee: { amountVnd: 0 } });
    expect(byCode.get('1.000656')?.name).toBe('Đăng ký khai tử');
    expect(byCode.get('1.004873')?.timeLimit.workingDays).toBe(3);
    expect(byCode.get('1.004884')?.timeLimit.workingDays).toBe(5);
    expect(byCode.get('2.000635')?.fee.amountVnd).toBe(8000);
    expect(byCode.get('2.000815')?.fee).toMatchObject({ amountVnd: 2000, text: expect.stringContaining('200.000') });
    expect(byCode.get('2.000884')?.fee.amountVnd).toBe(10000);
    expect(byCode.get('2.001035')).toMatchObject({ timeLimit: { workingDays: 2 }, fee: { amountVnd: 50000 } });
  });

  it('says that residence (cư trú) is handled by the commune police', () => {
    const cutru = catalog.procedures.filter((p) => p.field === 'cutru');
    expect(cutru.length).toBeGreaterThanOrEqual(5);
    for (const p of cutru) expect(p.agency).toMatch(/Công an/);
  });

  it('uses national codes, and flags every local placeholder code for checking', () => {
    for (const p of catalog.procedures) {
      expect(p.code).toMatch(CODE_PATTERN);
      if (p.code.startsWith('XA-')) expect(p.check).toMatch(/Cần kiểm tra|mã tạm/);
    }
    expect(catalog.procedures.filter((p) => !p.code.startsWith('XA-')).length).toBeGreaterThanOrEqual(70);
  });

  it('gives every procedure the documents, steps and legal basis a citizen needs', () => {
    for (const p of catalog.procedures) {
      expect(p.documents.length, p.code).toBeGreaterThan(0);
      expect(p.steps.length, p.code).toBeGreaterThanOrEqual(2);
      expect(p.legalBasis.length, p.code).toBeGreaterThan(0);
    }
  });

  it('the files on disk are exactly what the loader returns (no defaults silently filled in)', () => {
    expect(JSON.parse(readFileSync(join(DIR, 'procedures.json'), 'utf8'))).toEqual(catalog.procedures);
  });
});

describe('loading a bad catalog', () => {
  const good = catalog.procedures[0]!;
  const fields = [{ id: 'hotich', name: 'Hộ tịch' }];

  it('names every problem with its path', () => {
    const problems = loadProblems(fields, [
      { ...good, fee: { text: 'x', amountVnd: -1 } },
      { ...good, code: '1.2', serviceId: 'quay-9' },
    ]);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^procedures\.0\.fee\.amountVnd: /),
      expect.stringMatching(/^procedures\.1\.code: /),
    ]));
  });

  it('refuses duplicate codes, unknown fields and unknown queues', () => {
    const problems = loadProblems(fields, [good, { ...good, field: 'khong-co' }, { ...good, code: '1.999999', serviceId: 'quay-9' }]);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^procedures\.1\.code: .*trùng/),
      expect.stringMatching(/^procedures\.1\.field: .*khong-co/),
      expect.stringMatching(/^procedures\.2\.serviceId: .*quay-9/),
    ]));
  });

  it('accepts another office\'s queues when they are given', () => {
    const c = { fields, procedures: [{ ...good, serviceId: 'quay-9' }] };
    expect(checkCatalog(c).problems).toHaveLength(1);
    expect(checkCatalog(c, { serviceIds: ['quay-9'] }).problems).toEqual([]);
  });

  it('reports a file that is not JSON', () => {
    expect(loadProblems(fields, '[{ "code": ')[0]).toMatch(/^\(procedures\.json\): /);
  });
});

describe('one procedure edited by an admin', () => {
  const p = catalog.procedures[0]!;
  it('given a known field and queue, has no problem', () => {
    expect(checkProcedureEdit(p, catalog.fields)).toEqual([]);
  });

  it('given an unknown field and an unknown queue, names both, with paths of the procedure itself', () => {
    const problems = checkProcedureEdit({ ...p, field: 'khong-co', serviceId: 'khong-co' }, catalog.fields).map(formatProblem);
    expect(problems).toEqual([
      'field: lĩnh vực "khong-co" không có trong danh sách lĩnh vực',
      expect.stringMatching(/^serviceId: hàng đợi "khong-co" không có; dùng một trong: hotich, /),
    ]);
  });

  it("given the site's own queues, checks against them, not the demo's", () => {
    expect(checkProcedureEdit(p, catalog.fields, { serviceIds: ['motcua'] }).map(formatProblem))
      .toEqual([expect.stringMatching(/^serviceId: hàng đợi "[a-z]+" không có; dùng một trong: motcua$/)]);
  });
});
