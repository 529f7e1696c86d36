/** A QR code drawn as one SVG path (crisp at any size, no canvas). */
import { useMemo } from 'preact/hooks';
import { qrEncode } from '../../../drivers/src/printer/qr';

/** Draws the QR for a text with a 4-module quiet zone. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { d, n } = useMemo(() => {
    // The drivers' encoder, the one the printer draws the ticket QR with (browser-safe: no Node imports).
    const m = qrEncode(text, 'M');
    let path = '';
    for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.get(x, y)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
    return { d: path, n: m.size + 8 };
  }, [text]);
  return (
    <svg class="qr" viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
