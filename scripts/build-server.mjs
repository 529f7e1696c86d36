// Bundles the server with esbuild: the workspace packages export .ts sources, which plain `node` cannot load from
// node_modules, so they are bundled in; every npm package stays external (native modules, and `npm ci --omit=dev` installs them).
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ?? join(root, 'server/dist');

/** The built commands: `node server/dist/<name>.js`. */
export const ENTRIES = {
  main: 'server/src/main.ts',
  'catalog-import-worker': 'server/src/features/admin/catalog-import-worker.ts',
  backup: 'server/src/ops/backup-cli.ts',
  restore: 'server/src/ops/restore-cli.ts',
  'hash-password': 'scripts/hash-password.ts',
  'device-token': 'scripts/token.ts',
  // The print worker's job (drivers/src/printer/render-worker.mjs, copied beside it, loads render-job.js when it is there).
  'render-job': 'drivers/src/printer/render-job.ts',
  // The province's hub (docs/PROVINCE.md): its own process, from the same build.
  hub: 'hub/src/main.ts',
};

// Bare imports are npm packages (external); @motcua/* are this repository's own TypeScript (bundled).
const npmExternal = {
  name: 'npm-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@motcua/') ? undefined : { path: args.path, external: true }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(root, v)])),
  outdir,
  bundle: true,
  // No shared chunks: each command is one file in server/dist, so import.meta.url-relative paths mean the same in all.
  splitting: false,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [npmExternal],
});
// The render pool starts its worker from './render-worker.mjs' beside the bundle that holds it (server/dist/main.js).
copyFileSync(join(root, 'drivers/src/printer/render-worker.mjs'), join(outdir, 'render-worker.mjs'));
console.log(`server built into ${outdir} in ${Date.now() - started} ms`);
