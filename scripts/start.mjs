// `npm start`, `npm run backup`, `npm run restore`: builds only what is missing or older than its sources (a fresh
// clone builds once), then runs the built command in this same process, so a service manager's signals reach it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = ['main', 'backup', 'restore', 'hash-password', 'device-token', 'hub'];
const SKIP = new Set(['node_modules', 'dist', 'test', '.vite']);

/** The newest modification time of the files under some paths (0 when none exist, as in a release). */
function newest(paths) {
  let t = 0;
  const walk = (p) => {
    let st;
    try { st = statSync(p); } catch { return; }
    if (!st.isDirectory()) { t = Math.max(t, st.mtimeMs); return; }
    for (const name of readdirSync(p)) if (!SKIP.has(name)) walk(join(p, name));
  };
  for (const p of paths) walk(join(root, p));
  return t;
}

const mtime = (p) => { try { return statSync(join(root, p)).mtimeMs; } catch { return -1; } };
const UI_SHARED = ['ui-shared/src', 'server/src/contract', 'server/src/core', 'server/src/voice'];
const PARTS = [
  { name: 'server', out: 'server/dist/main.js', src: ['server/src', 'config/src', 'drivers/src', 'hub/src', 'scripts/build-server.mjs'], tool: 'node_modules/esbuild/package.json',
    build: () => spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs')], { stdio: 'inherit' }) },
  ...['kiosk-ui', 'display-ui', 'staff-ui'].map((ui) => ({
    name: ui, out: `${ui}/dist/index.html`, src: [ui, ...UI_SHARED], tool: 'node_modules/vite/package.json', screen: true,
    build: () => spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: join(root, ui), stdio: 'inherit' }),
  })),
];

/** Builds each part whose build is missing or older than its sources; exits when one cannot be built. */
function ensureBuilt(screens) {
  for (const part of PARTS) {
    if (part.screen && !screens) continue;
    const built = mtime(part.out);
    if (built >= 0 && built >= newest(part.src)) continue;
    if (!existsSync(join(root, part.tool))) {
      if (built >= 0) { console.error(`motcua: ${part.name} is older than its sources, but the build tools are not installed; running the existing build`); continue; }
      console.error(`motcua: ${part.name} is not built and the build tools are not installed: run "npm install" then "npm run build"`);
      process.exit(1);
    }
    console.error(`motcua: building ${part.name} (${built < 0 ? 'no build yet' : 'sources changed'})`);
    const r = part.build();
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const command = COMMANDS.includes(process.argv[2]) ? process.argv.splice(2, 1)[0] : 'main';
ensureBuilt(command === 'main');
await import(pathToFileURL(join(root, 'server/dist', `${command}.js`)).href);
