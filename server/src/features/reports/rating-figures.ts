/** Satisfaction figures: rating forms per level with percentages, in total and per service, counter and staff member. */
import type { RatingFigures, RatingGroup } from '../../contract/reports';
import { percent } from './vn-format';

/** One rating as the rating feature stores it; `level` is its level key (or a 1-5 score). */
export interface RatingRow { level: string | number; serviceId: string | null; counterId: string | null; staffId: string | null; at: number }
export interface LevelDef { key: string; label: string }

/** The three levels of the seed forms, best first. */
export const DEFAULT_LEVELS: LevelDef[] = [
  { key: 'rat_hai_long', label: 'Rất hài lòng' }, { key: 'hai_long', label: 'Hài lòng' }, { key: 'chua_hai_long', label: 'Chưa hài lòng' },
];

const ALIASES: Record<string, string> = {
  very_satisfied: 'rat_hai_long', satisfied: 'hai_long', unsatisfied: 'chua_hai_long', not_satisfied: 'chua_hai_long',
  dissatisfied: 'chua_hai_long', khong_hai_long: 'chua_hai_long', '3': 'rat_hai_long', '2': 'hai_long', '1': 'chua_hai_long',
};

/** A stored level as a key of `levels` (names the rating feature may use are mapped; unknown keys kept as they are). */
function levelKey(level: string | number, levels: LevelDef[] = DEFAULT_LEVELS): string {
  const k = String(level).trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (levels.some((l) => l.key === k)) return k;
  return levels === DEFAULT_LEVELS ? (ALIASES[k] ?? k) : k;
}

function group(id: string, name: string, rows: readonly RatingRow[], levels: LevelDef[]): RatingGroup {
  const counts = new Map<string, number>();
  for (const r of rows) { const k = levelKey(r.level, levels); counts.set(k, (counts.get(k) ?? 0) + 1); }
  const defs = [...levels, ...[...counts.keys()].filter((k) => !levels.some((l) => l.key === k)).map((k) => ({ key: k, label: k }))];
  return { id, name, count: rows.length, levels: defs.map((l) => ({ ...l, count: counts.get(l.key) ?? 0, pct: percent(counts.get(l.key) ?? 0, rows.length) })) };
}

function groupsBy(rows: readonly RatingRow[], key: (r: RatingRow) => string | null, name: (id: string) => string, levels: LevelDef[]): RatingGroup[] {
  const by = new Map<string, RatingRow[]>();
  for (const r of rows) { const k = key(r) ?? '—'; const g = by.get(k); if (g) g.push(r); else by.set(k, [r]); } // push: a province's year is 10^5 rows
  return [...by].map(([id, rs]) => group(id, name(id), rs, levels)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Ratings in total and per service, counter and staff member; `names` turns ids into what people read. */
export function ratingFigures(rows: readonly RatingRow[], names: { service(id: string): string; counter(id: string): string; staff(id: string): string },
  levels: LevelDef[] = DEFAULT_LEVELS): RatingFigures {
  return {
    total: group('all', 'Tổng', rows, levels),
    byService: groupsBy(rows, (r) => r.serviceId, names.service, levels),
    byCounter: groupsBy(rows, (r) => r.counterId, names.counter, levels),
    byStaff: groupsBy(rows, (r) => r.staffId, names.staff, levels),
  };
}
