/** The board page's stylesheet and script, served as files (GET /board.css, /board.js) rather than inline. */
import { FONT_FACES_ABSOLUTE } from '../../server/src/features/reports/styles';

/** The board page's style (/board.css). */
export const BOARD_CSS = `${FONT_FACES_ABSOLUTE}
body { font-family: 'Be Vietnam Pro', 'Noto Sans', sans-serif; margin: 0; background: #f4f6f8; color: #1b2631; font-size: 18px; }
header { background: #a61c1c; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; } header h1 { margin: 0; font-size: 24px; }
header a { color: #fff; min-height: 48px; display: inline-flex; align-items: center; }
main { padding: 16px 24px; } table { border-collapse: collapse; width: 100%; background: #fff; } th, td { border: 1px solid #ccd; padding: 8px; text-align: left; }
th { background: #eef; } td.num { text-align: right; } .ok { color: #1b5e20; font-weight: 700; } .bad { color: #b71c1c; font-weight: 700; } #live { font-size: 16px; }`;

// The browser side renders the rows (first from the embedded snapshot, then from each update).
/** The board page's script (/board.js): plain browser JavaScript, no build step. */
export const BOARD_SCRIPT = `
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const when = (at) => at === null ? '—' : new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
const ago = (ms) => { const s = Math.round(ms / 1000); return s < 60 ? s + ' giây' : s < 3600 ? Math.round(s / 60) + ' phút' : s < 172800 ? Math.round(s / 3600) + ' giờ' : Math.round(s / 86400) + ' ngày'; };
const behind = (r) => r.behindMs === null ? 'chưa liên lạc' : r.behindMs < 5000 ? 'kịp thời' : ago(r.behindMs);
const rowHtml = (r) => '<tr data-code="' + esc(r.code) + '"><td>' + esc(r.code) + '</td><td>' + esc(r.name) + '</td><td>' + esc(r.district) + '</td>' +
  '<td class="' + (r.connected ? 'ok' : 'bad') + '">' + (r.connected ? 'Đang kết nối' : 'Mất kết nối') + '</td><td>' + esc(when(r.lastContactAt)) + '</td>' +
  '<td class="num">' + r.backlog.toLocaleString('vi-VN') + '</td><td>' + esc(behind(r)) + '</td><td class="num">' + r.itemsTotal.toLocaleString('vi-VN') + '</td></tr>';
document.getElementById('rows').innerHTML = JSON.parse(document.body.dataset.rows).map(rowHtml).join('');
const live = document.getElementById('live');
// WebSocket only: behind several hub processes no sticky sessions are needed.
const socket = io({ auth: { token: document.body.dataset.token }, transports: ['websocket'] });
socket.on('connect', () => { live.textContent = 'Đang cập nhật trực tiếp'; });
socket.on('disconnect', () => { live.textContent = 'Mất kết nối với máy chủ — đang kết nối lại…'; });
socket.on('connect_error', (e) => { live.textContent = 'Không kết nối được: ' + e.message; });
socket.on('board:snapshot', (rows) => { document.getElementById('rows').innerHTML = rows.map(rowHtml).join(''); });
socket.on('board:office', (r) => {
  const html = rowHtml(r);
  const old = document.querySelector('tr[data-code="' + CSS.escape(r.code) + '"]');
  if (old) old.outerHTML = html; else document.getElementById('rows').insertAdjacentHTML('beforeend', html);
});`;
