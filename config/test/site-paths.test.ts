/** Paths in a config file mean what they say: relative ones are taken from the file's own folder. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSiteConfig } from '../src';

const demo = readFileSync(resolve(import.meta.dirname, '../demo.yaml'), 'utf8');
const folder = () => mkdtempSync(join(tmpdir(), 'motcua-etc-'));

describe('catalog.dir', () => {
  it('relative: against the config file\'s folder, not the repository\'s config/', () => {
    const dir = folder();
    writeFileSync(join(dir, 'site.yaml'), demo);
    expect(loadSiteConfig(join(dir, 'site.yaml')).catalog.dir).toBe(join(dir, 'catalog'));
  });

  it('absolute: kept as written', () => {
    const dir = folder();
    writeFileSync(join(dir, 'site.yaml'), demo.replace(/dir: catalog/, 'dir: /srv/motcua/catalog'));
    expect(loadSiteConfig(join(dir, 'site.yaml')).catalog.dir).toBe('/srv/motcua/catalog');
  });

  it('a missing config file is a config error naming the file', () => {
    expect(() => loadSiteConfig('/nonexistent/site.yaml')).toThrow(ConfigError);
    expect(() => loadSiteConfig('/nonexistent/site.yaml')).toThrow('(file): cannot read it (ENOENT)');
  });
});

describe('backup settings', () => {
  it('default to a daily backup at noon kept 30 days, and are checked', () => {
    const dir = folder();
    writeFileSync(join(dir, 'site.yaml'), demo);
    expect(loadSiteConfig(join(dir, 'site.yaml')).backup).toEqual({ enabled: true, at: '12:00', keepDays: 30 });
    writeFileSync(join(dir, 'bad.yaml'), `${demo}\nbackup: { keepDays: 0, at: "25:00" }\n`);
    try {
      loadSiteConfig(join(dir, 'bad.yaml'));
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems.sort()).toEqual([expect.stringMatching(/^backup\.at: /), expect.stringMatching(/^backup\.keepDays: /)]);
    }
  });
});
