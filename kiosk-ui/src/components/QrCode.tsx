/** A QR code drawn as one SVG path (crisp at any size, no canvas). */
import { useMemo } from 'preact/hooks';
import { qrMatrix } from '../qr/encode';

/** Draws the QR for a text with a 4-module quiet zone. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { d, n } = useMemo(() => {
    const m = qrMatrix(text);
    let path = '';
    m.forEach((row, y) => row.forEach((dark, x) => { if (dark) path += `M${x + 4} ${y + 4}h1v1h-1z`; }));
    return { d: path, n: m.length + 8 };
  }, [text]);
  return (
    <svg class="qr" viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
