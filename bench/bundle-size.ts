/** The kiosk's JavaScript as a browser downloads it: every script its built page loads, gzipped (level 9). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../kiosk-ui/dist');

/** Sum of the gzipped sizes (KB) of every .js file in kiosk-ui/dist/assets; throws when the kiosk is not built. */
export function kioskJsGzipKb(dist = DIST): { kb: number; files: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  if (!js.some((f) => html.includes(f))) throw new Error('kiosk-ui/dist/index.html loads none of the built scripts: run npm run build');
  const bytes = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files: js.length };
}
