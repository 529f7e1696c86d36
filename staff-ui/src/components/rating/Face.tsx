/** A face that needs no reading: smile, neutral or frown, in the level's colour; or stars for the 1-5 scale. */

const MOUTH: Record<string, string> = { good: 'M30 62 Q50 84 70 62', ok: 'M32 66 Q50 74 68 66', bad: 'M30 74 Q50 56 70 74' };

/** The face for a tone ('good' | 'ok' | 'bad'). */
export function Face(props: { tone: string }) {
  return (
    <svg class="face" viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="46" fill="currentColor" />
      <circle cx="35" cy="40" r="6" fill="#fff" />
      <circle cx="65" cy="40" r="6" fill="#fff" />
      <path d={MOUTH[props.tone] ?? MOUTH.ok} stroke="#fff" stroke-width="7" fill="none" stroke-linecap="round" />
    </svg>
  );
}

/** n filled stars. */
export function Stars(props: { n: number }) {
  return <span class="stars" aria-hidden="true">{'★'.repeat(props.n)}<span class="dim">{'★'.repeat(5 - props.n)}</span></span>;
}
