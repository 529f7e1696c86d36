/** The install's root folder (the one with motcua's package.json), found the same way from the sources and from the build. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from this module to the folder whose package.json is motcua's. */
export function installRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'motcua') return dir;
    if (dirname(dir) === dir) throw new Error(`motcua's package.json not found above ${from}`);
  }
}
