/** The latest call of each other counter, under the big one. */
import { recentCalls } from '../model/wall';

/** A short list: number then counter. */
export function RecentCalls() {
  const list = recentCalls.value;
  if (list.length === 0) return null;
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" class="section-title">Vừa gọi</h2>
      <ul class="recent-list">
        {list.map((c) => (
          <li key={c.seq} data-seq={c.seq} data-number={c.number}>
            <span class="recent-number">{c.number}</span>
            <span class="recent-arrow" aria-hidden="true">→</span>
            <span class="recent-counter">Quầy {c.counterNumber}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
