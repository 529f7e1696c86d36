/** Reading the site config file: YAML -> schema, every error named with its path. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { siteConfigSchema, type SiteConfig } from './site';

/** One problem with a config or an input file, as `path message`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/** A config that cannot be used; `problems` lists each as `path: message`. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates config text (YAML or JSON); throws ConfigError naming every problem. */
export function parseSiteConfig(text: string, file = 'config'): SiteConfig {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new ConfigError(file, [`(yaml): ${(e as Error).message.split('\n')[0]}`]);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, ['(root): expected a mapping of settings']);
  // Version 1 is the only shape so far; the day it changes, a migration from the old version goes here.
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(file, formatIssues(result.error.issues));
  return result.data;
}

/** Reads a site config file; its relative paths (catalog.dir) are made absolute against the file's own folder. */
export function loadSiteConfig(path: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, [`(file): cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  return resolveConfigPaths(parseSiteConfig(text, path), dirname(resolve(path)));
}

/** Makes the config's relative paths absolute against a folder (the config file's), so /etc/motcua/site.yaml finds /etc/motcua/catalog. */
export function resolveConfigPaths(config: SiteConfig, dir: string): SiteConfig {
  return { ...config, catalog: { ...config.catalog, dir: resolve(dir, config.catalog.dir) } };
}
