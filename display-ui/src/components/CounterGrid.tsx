/** Every counter with its current number, or paused / closed; grouped by agency in a centre that has them; paged when they do not fit. */
import type { CounterView } from '@motcua/server/contract';
import { counterGroups, OTHER_AGENCIES } from '../model/wall';
import { Paged } from './Paged';

type Row = { kind: 'group'; name: string; key: string } | { kind: 'counter'; c: CounterView; group: string | null };

/** Under its agency's heading a tile need not repeat the agency: "Sở Tư pháp – Lý lịch tư pháp" reads "Lý lịch tư pháp". */
const shortName = (name: string, group: string | null) =>
  group && group !== OTHER_AGENCIES && name.startsWith(`${group} – `) ? name.slice(group.length + 3) : name;

function Tile({ c, group }: { c: CounterView; group: string | null }) {
  const state = c.status !== 'open' ? c.status : c.current ? 'busy' : 'idle';
  return (
    <li key={c.id} class={`tile ${state}`} data-counter={c.id}>
      <span class="tile-head">Quầy {c.number}</span>
      <span class="tile-name">{shortName(c.name, group)}</span>
      <span class="tile-number" data-number={c.status === 'open' ? c.current?.number : undefined}>
        {c.status === 'paused' ? 'Tạm dừng' : c.status === 'closed' ? 'Đóng' : c.current?.number ?? '—'}
      </span>
    </li>
  );
}

/** The grid of counters. */
export function CounterGrid() {
  const rows: Row[] = counterGroups.value.flatMap((g) => [
    ...(g.name ? [{ kind: 'group', name: g.name, key: `g:${g.counters[0]?.id ?? g.name}` } as const] : []),
    ...g.counters.map((c) => ({ kind: 'counter', c, group: g.name }) as const),
  ]);
  return (
    <Paged id="counters-title" class="counters" listClass="tiles" title="Các quầy" items={rows}
      render={(r) => r.kind === 'group'
        ? <li key={r.key} class="tile-group" data-keep-with-next="">{r.name}</li>
        : <Tile key={r.c.id} c={r.c} group={r.group} />} />
  );
}
