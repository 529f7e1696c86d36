/** Checks a set-up for contradictions the schema cannot see (references, duplicates, ranges). */
import { refuse } from './errors';
import { capacity } from './numbering';
import type { Setup } from './setup';

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Lists every problem of a set-up; empty when it is sound. */
export function setupProblems(setup: Setup): string[] {
  const problems: string[] = [];
  const serviceIds = setup.services.map((s) => s.id);
  for (const d of duplicates(serviceIds)) problems.push(`services: duplicate id "${d}"`);
  for (const d of duplicates(setup.counters.map((c) => c.id))) problems.push(`counters: duplicate id "${d}"`);
  for (const d of duplicates(setup.counters.map((c) => String(c.number)))) problems.push(`counters: duplicate number ${d}`);
  for (const d of duplicates(setup.priorities.map((p) => p.id))) problems.push(`priorities: duplicate id "${d}"`);
  setup.services.forEach((s, i) => {
    const n = s.numbering;
    if (n.kind === 'range' && n.to < n.from) problems.push(`services.${i}.numbering: range ends (${n.to}) before it starts (${n.from})`);
    if (s.dailyCap !== undefined && s.dailyCap > capacity(n)) problems.push(`services.${i}.dailyCap: ${s.dailyCap} is more than the numbering holds (${capacity(n)})`);
  });
  const prefixes = setup.services.flatMap((s) => (s.numbering.kind === 'prefix' ? [s.numbering.prefix] : []));
  for (const d of duplicates(prefixes)) problems.push(`services: two services share the prefix "${d}", their numbers would collide`);
  setup.counters.forEach((c, i) => {
    c.services.forEach((sid, j) => {
      if (!serviceIds.includes(sid)) problems.push(`counters.${i}.services.${j}: unknown service "${sid}"`);
    });
  });
  return problems;
}

/** Refuses a set-up with problems, naming them all. */
export function assertSetup(setup: Setup): void {
  const problems = setupProblems(setup);
  if (problems.length) refuse('INVALID_SETUP', problems.join('; '));
}
