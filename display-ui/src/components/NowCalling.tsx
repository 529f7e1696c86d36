/** The big "now calling" area: number and counter, readable from across the room. */
import { useDisplay } from '../model/display';

/** The latest call, shown at once; flashing while it is announced. */
export function NowCalling() {
  const { wall: { nowCalling }, voice: { announcing } } = useDisplay();
  const c = nowCalling.value;
  // Flashes while its ticket is being said (a merged recall is said under the same ticket).
  const live = announcing.value !== null && announcing.value.number === c?.number;
  return (
    <section class={`now${live ? ' live' : ''}`} aria-labelledby="now-title" aria-live="polite">
      <h2 id="now-title" class="now-title">Mời công dân có số</h2>
      {c ? (
        <>
          <p class="now-number" data-seq={c.seq} data-number={c.number} style={{ '--chars': [...c.number].length }}>{c.number}</p>
          <p class="now-counter">đến <strong>Quầy số {c.counterNumber}</strong></p>
          <p class="now-counter-name">{c.counterName}</p>
        </>
      ) : (
        <p class="now-empty">Chưa có số nào được gọi</p>
      )}
    </section>
  );
}
