import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseSiteConfig } from '../src';

const ROOT = resolve(import.meta.dirname, '../..');
const demo = readFileSync(join(ROOT, 'config/demo.yaml'), 'utf8');

function problems(text: string): string[] {
  try { parseSiteConfig(text); } catch (e) { if (e instanceof ConfigError) return e.problems; throw e; }
  return [];
}

describe('the site config', () => {
  it('the demo office is valid, with defaults filled in', () => {
    const c = parseSiteConfig(demo);
    expect(c.services).toHaveLength(7);
    expect(c.counters).toHaveLength(5);
    expect(c.rating.timeoutSeconds).toBe(30);
  });

  it('the demo office has its hours: two seasons, holidays with names', () => {
    const c = parseSiteConfig(demo);
    expect(c.hours?.schedules.map((s) => s.name)).toEqual(['Giờ mùa hè', 'Giờ mùa đông']);
    expect(c.hours?.holidays.find((h) => h.date === '2026-09-02')?.name).toBe('Quốc khánh');
    expect(c.hours?.stopIssuingMinutes).toBe(15);
  });

  it('office hours: a session ending before it starts, overlapping sessions and a bad date are named', () => {
    const bad = demo
      .replace('weekdays: ["07:00-11:30", "13:30-17:00"]', 'weekdays: ["11:30-07:00"]')
      .replace('weekdays: ["07:30-11:30", "13:30-17:00"]', 'weekdays: ["07:30-11:30", "11:00-17:00"]')
      .replace('{ date: "2026-01-01", name: "Tết Dương lịch" }', '{ date: "2026-13-01", name: "Tết Dương lịch" }');
    expect(problems(bad)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^hours\.schedules\.0\.weekdays\.0: a session must end after it starts/),
      expect.stringMatching(/^hours\.schedules\.1\.weekdays: sessions must not overlap/),
      expect.stringMatching(/^hours\.holidays\.\d+\.date: use YYYY-MM-DD/),
    ]));
  });

  it('names every problem with its path', () => {
    const bad = demo
      .replace('prefix: A, pad: 3', 'prefix: a1, pad: 3')
      .replace('timeZone: Asia/Ho_Chi_Minh', 'timeZone: Mars/Base')
      .replace('dayResetAt: "06:00"', 'dayResetAt: "6h"');
    expect(problems(bad)).toEqual(expect.arrayContaining([
      'services.0.numbering.prefix: one to three capital letters',
      'timeZone: not a known time zone',
      'queue.dayResetAt: use HH:MM, 24-hour',
    ]));
  });

  it('refuses unknown keys (a typo is not silently ignored)', () => {
    expect(problems(demo.replace('timeZone:', 'timezone: x\ntimeZone:'))).toEqual([expect.stringMatching(/^\(root\): .*timezone/)]);
  });

  it('reports broken YAML', () => {
    expect(problems('office: [unclosed')[0]).toMatch(/^\(yaml\)/);
  });

  it('the server exits with code 2 and prints the path when the config is bad', () => {
    const file = join(tmpdir(), `motcua-bad-${process.pid}.yaml`);
    writeFileSync(file, demo.replace('number: 3,', 'number: -3,'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/main.ts')], {
      env: { ...process.env, MOTCUA_CONFIG: file, PORT: '0' }, encoding: 'utf8', timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('counters.2.number');
  });
});
