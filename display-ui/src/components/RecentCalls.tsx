/** The latest call of each other counter, under the big one (finished and no-show tickets leave it). */
import { useDisplay } from '../model/display';
import { Paged } from './Paged';

/** A short list: number then counter. */
export function RecentCalls() {
  const list = useDisplay().wall.recentCalls.value;
  if (list.length === 0) return null;
  return (
    <Paged id="recent-title" class="recent" listClass="recent-list" title="Vừa gọi" items={list}
      render={(c) => (
        <li key={c.seq} data-seq={c.seq} data-number={c.number}>
          <span class="recent-number">{c.number}</span>
          <span class="recent-arrow" aria-hidden="true">→</span>
          <span class="recent-counter">Quầy {c.counterNumber}</span>
        </li>
      )} />
  );
}
