/** The board of offices: who is connected and how far behind each one is, as JSON and as a live page. */
import { FONT_FACES_ABSOLUTE } from '../../server/src/features/reports/styles';
import type { OfficeRecord } from './offices';

/** An office counts as connected if it was heard from this recently (it sends a heartbeat every 30 s). */
export const CONNECTED_MS = 90_000;

/** One office on the board. */
export interface BoardRow {
  code: string; name: string; district: string; connected: boolean; lastContactAt: number | null;
  /** Items the office still holds for the hub, as it said at its last contact. */
  backlog: number;
  /** How far behind: age of the oldest item not yet at the hub (ms), or since the last contact when it is silent; null if never heard from. */
  behindMs: number | null;
  lastSeq: number; itemsTotal: number;
}

/** The board row of an office now. */
export function boardRow(o: OfficeRecord, now: number): BoardRow {
  const connected = o.lastContactAt !== null && now - o.lastContactAt < CONNECTED_MS;
  const pending = o.backlog > 0 && o.oldestPendingAt !== null ? now - o.oldestPendingAt : 0;
  const behindMs = o.lastContactAt === null ? null : connected ? pending : Math.max(pending, now - o.lastContactAt);
  return { code: o.code, name: o.name, district: o.district, connected, lastContactAt: o.lastContactAt, backlog: o.backlog, behindMs, lastSeq: o.lastSeq, itemsTotal: o.itemsTotal };
}

const CSS = `${FONT_FACES_ABSOLUTE}
body { font-family: 'Be Vietnam Pro', 'Noto Sans', sans-serif; margin: 0; background: #f4f6f8; color: #1b2631; font-size: 18px; }
header { background: #a61c1c; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; } header h1 { margin: 0; font-size: 24px; }
header a { color: #fff; min-height: 48px; display: inline-flex; align-items: center; }
main { padding: 16px 24px; } table { border-collapse: collapse; width: 100%; background: #fff; } th, td { border: 1px solid #ccd; padding: 8px; text-align: left; }
th { background: #eef; } td.num { text-align: right; } .ok { color: #1b5e20; font-weight: 700; } .bad { color: #b71c1c; font-weight: 700; } #live { font-size: 16px; }`;

/** The page: a server-rendered table, then kept current by socket.io (any hub process's ingest reaches every page). */
export function boardPage(rows: BoardRow[], token: string | null): string {
  const t = token ? `?token=${encodeURIComponent(token)}` : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Các đơn vị gửi số liệu</title><style>${CSS}</style></head><body>
<header><h1>Các đơn vị gửi số liệu / Offices forwarding</h1><a href="/api/report/view${t}">Báo cáo toàn tỉnh</a><span id="live" role="status">Đang kết nối…</span></header>
<main><table><thead><tr><th scope="col">Mã</th><th scope="col">Đơn vị</th><th scope="col">Huyện</th><th scope="col">Kết nối</th>
<th scope="col">Liên lạc lần cuối</th><th scope="col">Còn chờ gửi</th><th scope="col">Chậm</th><th scope="col">Đã nhận</th></tr></thead>
<tbody id="rows"></tbody></table></main>
<script src="/socket.io/socket.io.js"></script>
<script type="module">${CLIENT.replace('__TOKEN__', () => JSON.stringify(token ?? '')).replace('__ROWS__', () => JSON.stringify(rows).replace(/</g, '\\u003c'))}</script></body></html>`;
}

// The browser side renders the rows (first from the embedded snapshot, then from each update).
const CLIENT = `
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const when = (at) => at === null ? '—' : new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
const ago = (ms) => { const s = Math.round(ms / 1000); return s < 60 ? s + ' giây' : s < 3600 ? Math.round(s / 60) + ' phút' : s < 172800 ? Math.round(s / 3600) + ' giờ' : Math.round(s / 86400) + ' ngày'; };
const behind = (r) => r.behindMs === null ? 'chưa liên lạc' : r.behindMs < 5000 ? 'kịp thời' : ago(r.behindMs);
const rowHtml = (r) => '<tr data-code="' + esc(r.code) + '"><td>' + esc(r.code) + '</td><td>' + esc(r.name) + '</td><td>' + esc(r.district) + '</td>' +
  '<td class="' + (r.connected ? 'ok' : 'bad') + '">' + (r.connected ? 'Đang kết nối' : 'Mất kết nối') + '</td><td>' + esc(when(r.lastContactAt)) + '</td>' +
  '<td class="num">' + r.backlog.toLocaleString('vi-VN') + '</td><td>' + esc(behind(r)) + '</td><td class="num">' + r.itemsTotal.toLocaleString('vi-VN') + '</td></tr>';
document.getElementById('rows').innerHTML = __ROWS__.map(rowHtml).join('');
const live = document.getElementById('live');
// WebSocket only: behind several hub processes no sticky sessions are needed.
const socket = io({ auth: { token: __TOKEN__ }, transports: ['websocket'] });
socket.on('connect', () => { live.textContent = 'Đang cập nhật trực tiếp'; });
socket.on('disconnect', () => { live.textContent = 'Mất kết nối với máy chủ — đang kết nối lại…'; });
socket.on('connect_error', (e) => { live.textContent = 'Không kết nối được: ' + e.message; });
socket.on('board:snapshot', (rows) => { document.getElementById('rows').innerHTML = rows.map(rowHtml).join(''); });
socket.on('board:office', (r) => {
  const html = rowHtml(r);
  const old = document.querySelector('tr[data-code="' + CSS.escape(r.code) + '"]');
  if (old) old.outerHTML = html; else document.getElementById('rows').insertAdjacentHTML('beforeend', html);
});`;
