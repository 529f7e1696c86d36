/**
 * Side-by-side run of the display bench: an older display build (a copy of display-ui/dist) against
 * the current one, alternating rounds in one process so both see the same machine load.
 *   npx tsx bench/display-compare.ts <old-dist-dir> [rounds=4] [calls-per-round=50]
 */
import { displayDomLatencies } from './display-bench';
import { summary } from './stats';

const [oldDist, roundsArg, nArg] = process.argv.slice(2);
if (!oldDist) {
  console.error('usage: npx tsx bench/display-compare.ts <old-dist-dir> [rounds] [calls-per-round]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 4);
const n = Number(nArg ?? 50);
const all: Record<'old' | 'new', { total: number[]; client: number[] }> = { old: { total: [], client: [] }, new: { total: [], client: [] } };
for (let i = 0; i < rounds; i++) {
  for (const which of i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
    const lat = await displayDomLatencies(n, which === 'old' ? oldDist : undefined);
    all[which].total.push(...lat.total);
    all[which].client.push(...lat.client);
    console.log(`round ${i + 1} ${which.padEnd(3)} call -> DOM`, summary(lat.total), ' socket message -> DOM', summary(lat.client));
  }
}
for (const which of ['old', 'new'] as const) {
  console.log(`${which.padEnd(3)} all rounds: call -> DOM`, summary(all[which].total), ' socket message -> DOM', summary(all[which].client));
}
