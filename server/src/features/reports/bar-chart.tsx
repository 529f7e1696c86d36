/** A horizontal stacked bar chart in SVG for the report screen (a few dozen bars: no chart library, no script). */
import { Fragment } from 'preact';
import { formatInt as n } from './vn-format';

/** One bar: its label and its stacked parts. */
export interface Bar { label: string; parts: Array<{ value: number; color: string; name: string }> }

const ROW_H = 26;
const WIDTH = 560;
const LEFT = 220;
const sum = (b: Bar) => b.parts.reduce((a, p) => a + p.value, 0);

function BarRow({ bar, i, max }: { bar: Bar; i: number; max: number }) {
  let x = 0;
  const rects = bar.parts.map((p, k) => {
    const width = (p.value / max) * WIDTH;
    const r = <rect key={k} x={LEFT + x} y={i * ROW_H + 4} width={width.toFixed(1)} height="18" fill={p.color}><title>{p.name}: {n(p.value)}</title></rect>;
    x += width;
    return r;
  });
  return <><text x="0" y={i * ROW_H + 18}>{bar.label.slice(0, 32)}</text>{rects}<text x={LEFT + 6 + x} y={i * ROW_H + 18}>{n(sum(bar))}</text></>;
}

/** The chart with its caption; a legend under the bars when they have more than one part. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map(sum));
  const first = bars[0]?.parts ?? [];
  const y = bars.length * ROW_H;
  return (
    <figure>
      <figcaption><b>{title}</b></figcaption>
      <svg role="img" aria-label={title} width="860" height={y + 30}>
        {bars.map((b, i) => <BarRow key={i} bar={b} i={i} max={max} />)}
        {first.length >= 2 && first.map((p, i) => (
          <Fragment key={i}>
            <rect x={LEFT + i * 140} y={y + 8} width="12" height="12" fill={p.color} />
            <text x={LEFT + 16 + i * 140} y={y + 19}>{p.name}</text>
          </Fragment>
        ))}
      </svg>
    </figure>
  );
}
