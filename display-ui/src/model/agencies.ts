/** The wall's counters in boxes, one agency's name over its tiles (a pure function of the groups, tested alone). */
import type { CounterView } from '@motcua/server/contract';

/** The heading of counters whose agency has only that one. */
export const OTHER_AGENCIES = 'Các cơ quan khác';

/** One box of the wall's counters: an agency's name over (some of) its counters. */
export interface AgencyBox { key: string; name: string; counters: CounterView[] }

/**
 * Most tiles in one box: a landscape counters column holds four tiles a row, so a box is never more than one
 * row there, and never taller than a page anywhere (a box is paged whole).
 */
export const BOX_MAX = 4;

/** The groups as boxes: a big agency split into as few boxes as it takes, of about equal size (5 counters: 3 + 2). */
export function agencyBoxes(groups: ReadonlyArray<{ name: string | null; counters: CounterView[] }>): AgencyBox[] {
  return groups.flatMap((g) => {
    const parts = Math.ceil(g.counters.length / BOX_MAX);
    const size = Math.ceil(g.counters.length / Math.max(1, parts));
    return Array.from({ length: parts }, (_, i) => {
      const counters = g.counters.slice(i * size, (i + 1) * size);
      return { key: `a:${counters[0]!.id}`, name: g.name ?? OTHER_AGENCIES, counters };
    });
  });
}
