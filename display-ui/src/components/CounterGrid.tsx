/** Every counter with its current number, or paused / closed; grouped by agency in a centre that has them; paged when they do not fit. */
import type { CounterView } from '@motcua/server/contract';
import { agencyBoxes, type AgencyBox, OTHER_AGENCIES } from '../model/agencies';
import { useDisplay } from '../model/display';
import { Paged } from './Paged';

/** Under its agency's heading a tile need not repeat the agency: "Sở Tư pháp – Lý lịch tư pháp" reads "Lý lịch tư pháp". */
const shortName = (name: string, group: string | null) =>
  group && group !== OTHER_AGENCIES && name.startsWith(`${group} – `) ? name.slice(group.length + 3) : name;

function Tile({ c, group }: { c: CounterView; group: string | null }) {
  const state = c.status !== 'open' ? c.status : c.current ? 'busy' : 'idle';
  const number = c.status === 'open' ? c.current?.number : undefined;
  return (
    <li key={c.id} class={`tile ${state}`} data-counter={c.id}>
      <span class="tile-head">Quầy {c.number}</span>
      <span class="tile-name">{shortName(c.name, group)}</span>
      {/* --chars lets a long number ("TP1015") shrink to its tile instead of running out of it. */}
      <span class="tile-number" data-number={number} style={{ '--chars': [...(number ?? '')].length || 5 }}>
        {c.status === 'paused' ? 'Tạm dừng' : c.status === 'closed' ? 'Đóng' : number ?? '—'}
      </span>
    </li>
  );
}

// An agency is a box, its name over its own tiles; boxes of several agencies share a row (styles.css), so a
// portrait screen is not left with two tiles a row where five fit. A box is paged whole.
function Agency({ box }: { box: AgencyBox }) {
  return (
    <li key={box.key} class="agency" data-agency={box.name} style={{ '--n': box.counters.length }}>
      <h3 class="tile-group">{box.name}</h3>
      <ul class="agency-tiles">{box.counters.map((c) => <Tile key={c.id} c={c} group={box.name} />)}</ul>
    </li>
  );
}

/** The grid of counters: agencies' boxes in a centre, one plain grid of tiles elsewhere. */
export function CounterGrid() {
  const groups = useDisplay().wall.counterGroups.value;
  if (groups.length === 1 && groups[0]!.name === null) {
    return <Paged id="counters-title" class="counters" listClass="tiles" title="Các quầy" items={groups[0]!.counters}
      render={(c) => <Tile key={c.id} c={c} group={null} />} />;
  }
  return <Paged id="counters-title" class="counters" listClass="tiles agencies" title="Các quầy" items={agencyBoxes(groups)}
    render={(b) => <Agency key={b.key} box={b} />} />;
}
