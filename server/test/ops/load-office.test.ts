/** The whole config is checked before anything opens; production never keeps the demo credentials. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@motcua/config';
import { loadOffice } from '../../src/startup/load-office';
import { ROOT, tempDir } from '../integration/helpers';

const demo = readFileSync(join(ROOT, 'config/demo.yaml'), 'utf8');
const write = (text: string) => { const f = join(tempDir(), 'site.yaml'); writeFileSync(f, text); return f; };
const problems = (f: string) => { try { loadOffice(f, false); return []; } catch (e) { if (e instanceof ConfigError) return e.problems; throw e; } };

describe('loadOffice', () => {
  it('lists every devices: problem with its path, and the catalog folder too, in one error', () => {
    const f = write(demo.replace(/^devices:[\s\S]*?(?=^catalog:)/m, 'devices:\n  printer: { driver: tcp, port: 0 }\n  scanners: [{ id: s1, driver: serial }]\n'));
    expect(problems(f)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^devices\.printer\.host: /), expect.stringMatching(/^devices\.printer\.port: /),
      expect.stringMatching(/^devices\.scanners\.0\.path: /), expect.stringMatching(/^catalog\.dir: no folder /),
    ]));
  });

  it('the demo office loads as it is in development', () => {
    const { config, removedDemo } = loadOffice(join(ROOT, 'config/demo.yaml'), false);
    expect(removedDemo).toEqual([]);
    expect(config.staff.some((s) => s.username === 'admin')).toBe(true);
  });

  it('the provincial centre loads: the commune catalog\'s queues go to its agencies (catalog.services)', () => {
    expect(problems(join(ROOT, 'config/centre.yaml'))).toEqual([]);
    const centre = readFileSync(join(ROOT, 'config/centre.yaml'), 'utf8');
    // Without the mapping, the catalog names queues the centre does not have; with a wrong target, that is named.
    const f = write(centre.replace(/^ {2}services: \{ hotich: tuphap.*$/m, '  services: { hotich: khong-co }').replace(/^ {2}dir: catalog$/m, `  dir: ${join(ROOT, 'config/catalog')}`));
    expect(problems(f)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^catalog\.services\.hotich: "khong-co" is not a service of this office/),
      expect.stringMatching(/^catalog\.dir .*hàng đợi "datdai" không có/),
    ]));
  });

  it('in production the demo accounts and tokens are taken out of the config', () => {
    const { config, removedDemo } = loadOffice(join(ROOT, 'config/demo.yaml'), true);
    expect(config.staff).toEqual([]);
    expect(config.deviceTokens).toEqual([]);
    expect(removedDemo).toEqual(expect.arrayContaining(['token kiosk-1', 'account admin']));
  });
});
