/** Every counter with its current number, or paused / closed. */
import type { CounterView } from '@motcua/server/contract';
import { counters } from '../model/wall';

function Tile({ c }: { c: CounterView }) {
  const state = c.status !== 'open' ? c.status : c.current ? 'busy' : 'idle';
  return (
    <li class={`tile ${state}`} data-counter={c.id}>
      <span class="tile-head">Quầy {c.number}</span>
      <span class="tile-name">{c.name}</span>
      <span class="tile-number" data-number={c.status === 'open' ? c.current?.number : undefined}>
        {c.status === 'paused' ? 'Tạm dừng' : c.status === 'closed' ? 'Đóng' : c.current?.number ?? '—'}
      </span>
    </li>
  );
}

/** The grid of counters. */
export function CounterGrid() {
  return (
    <section class="counters" aria-labelledby="counters-title">
      <h2 id="counters-title" class="section-title">Các quầy</h2>
      <ul class="tiles">{counters.value.map((c) => <Tile key={c.id} c={c} />)}</ul>
    </section>
  );
}
