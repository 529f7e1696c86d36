// `npm run release`: builds, then packs what a production install needs into release/motcua-<version>.tgz
// (the built server and screens, package files and lockfile, the demo config and catalog, deploy/, docs/), no sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (cmd, args) => { const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }); if (r.status !== 0) process.exit(r.status ?? 1); };

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
const files = [
  'package.json', 'package-lock.json', 'README.md', 'docs', 'deploy', 'scripts/start.mjs',
  'config/package.json', 'config/demo.yaml', 'config/catalog',
  'drivers/package.json', 'server/package.json', 'server/dist',
  ...['kiosk-ui', 'display-ui', 'staff-ui'].flatMap((ui) => [`${ui}/package.json`, `${ui}/dist`]),
];
for (const f of files) if (!existsSync(join(root, f))) { console.error(`release: ${f} is missing (build first)`); process.exit(1); }
mkdirSync(join(root, 'release'), { recursive: true });
const out = join('release', `motcua-${version}.tgz`);
rmSync(join(root, out), { force: true });
run('tar', ['-czf', out, '--owner=0', '--group=0', '--exclude=*.map', `--transform=s,^,motcua-${version}/,`, ...files]);
console.log(`${out}\n  install: tar -xzf ${out.split('/')[1]} && cd motcua-${version} && npm ci --omit=dev && NODE_ENV=production npm start\n  or as a service: sudo deploy/linux/install.sh ${out.split('/')[1]}`);
