// Makes sure the Debian packages the tests need are installed: installs them when it can (root + apt-get),
// otherwise stops at once naming the exact command.
import { execFileSync, spawnSync } from 'node:child_process';

const NEEDS = [
  { pkg: 'chromium', bin: 'chromium' },
  { pkg: 'zbar-tools', bin: 'zbarimg' },
  { pkg: 'tesseract-ocr', bin: 'tesseract' },
  { pkg: 'tesseract-ocr-vie', file: '/usr/share/tesseract-ocr/5/tessdata/vie.traineddata' },
  { pkg: 'socat', bin: 'socat' },
  { pkg: 'espeak-ng', bin: 'espeak-ng' },
  { pkg: 'sox', bin: 'sox' },
  // The hub's tests start a throwaway PostgreSQL cluster (hub/test/pg-cluster.ts).
  { pkg: 'postgresql', file: '/usr/lib/postgresql/15/bin/initdb' },
];

const has = (n) => (n.bin ? spawnSync('sh', ['-c', `command -v ${n.bin}`]).status === 0 : spawnSync('test', ['-e', n.file]).status === 0);

/** Returns the missing package names after trying to install them. */
export function ensureSystemDeps({ quiet = false } = {}) {
  let missing = NEEDS.filter((n) => !has(n)).map((n) => n.pkg);
  if (!missing.length) return [];
  const cmd = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (root && apt) {
    if (!quiet) console.log(`Installing Debian packages: ${missing.join(' ')}`);
    execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')} >/dev/null`], { stdio: 'inherit' });
    missing = NEEDS.filter((n) => !has(n)).map((n) => n.pkg);
  }
  if (missing.length) {
    console.error(`\nThe tests need these Debian packages: ${missing.join(' ')}\nInstall them with:\n  sudo ${cmd}\n`);
    process.exit(3);
  }
  return [];
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDeps();
