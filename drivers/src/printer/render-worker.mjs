// Plain JS on purpose: a worker thread starts this file under plain Node, vitest or tsx alike. A built
// server ships render-job.js beside it; from the sources it loads the TypeScript through tsx's loader.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('./render-job.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  const { register } = await import('tsx/esm/api');
  register();
}
const mod = await import(existsSync(fileURLToPath(built)) ? built.href : './render-job.ts');
mod.warmUp();

/** Piscina's task: one render request in, its bytes and preview out. */
export default function render(req) {
  return mod.renderRequest(req);
}
