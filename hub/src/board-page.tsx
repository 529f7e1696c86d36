/**
 * The board's page (GET /board): rendered by preact-render-to-string, a table the script (board-assets.ts) fills from
 * the first rows in the page's data-rows, then keeps current over socket.io (any hub process's ingest reaches every page).
 */
import { htmlDocument } from '../../server/src/http/html-document';
import type { BoardRow } from './contract';

/** The page's HTML; `token` (the reader's) goes into the report link and the socket's auth. */
export function boardPage(rows: BoardRow[], token: string | null): string {
  const t = token ? `?token=${encodeURIComponent(token)}` : '';
  const cols = ['Mã', 'Đơn vị', 'Huyện', 'Kết nối', 'Liên lạc lần cuối', 'Còn chờ gửi', 'Chậm', 'Đã nhận'];
  return htmlDocument(
    <html lang="vi">
      <head>
        <meta charset="utf-8" /><meta name="viewport" content="width=device-width" />
        <title>Các đơn vị gửi số liệu</title><link rel="stylesheet" href="/board.css" />
      </head>
      <body data-token={token ?? ''} data-rows={JSON.stringify(rows)}>
        <header>
          <h1>Các đơn vị gửi số liệu / Offices forwarding</h1><a href={`/api/report/view${t}`}>Báo cáo toàn tỉnh</a>
          <span id="live" role="status">Đang kết nối…</span>
        </header>
        <main><table><thead><tr>{cols.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead><tbody id="rows"></tbody></table></main>
        <script src="/socket.io/socket.io.js"></script>
        <script type="module" src="/board.js"></script>
      </body>
    </html>,
  );
}
