/**
 * GET /thu-tuc/:code — one procedure as a light public page for a phone: what the QR on a printed
 * documents checklist opens. Server-rendered HTML, no script, the office's own font; nothing personal.
 */
import type { Request, Response } from 'express';
import { CODE_PATTERN, type Procedure } from '@motcua/config/catalog';
import { documentDetail } from '@motcua/drivers/printer/checklist-layout';
import type { AppContext } from '../app/context';
import { hoursView } from '../app/hours';
import { findProcedure } from '../features/catalog';
import { esc, FONT_FACES_ABSOLUTE } from '../features/reports/html-common';

const CSS = `${FONT_FACES_ABSOLUTE}
*{box-sizing:border-box}
body{margin:0;font-family:'Be Vietnam Pro',system-ui,sans-serif;font-size:18px;line-height:1.5;color:#0f172a;background:#fff}
header{background:#b3121f;color:#fff;padding:12px 16px;font-weight:700}
main{padding:16px;max-width:760px;margin:0 auto}
h1{font-size:1.5em;line-height:1.25;margin:.2em 0}
h2{font-size:1.1em;margin:1.2em 0 .3em}
.code{color:#475569;margin:0}
.docs li{margin:.4em 0}
.docs b{color:#0b3d91}
.note{background:#fff7d6;border:2px solid #8a6d00;border-radius:8px;padding:8px 12px}
footer{color:#475569;font-size:.9em;padding:16px;text-align:center}
`;

function page(title: string, office: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(title)}</title><style>${CSS}</style></head><body><header>${esc(office)}</header><main>${body}</main></body></html>`;
}

const list = (items: string[], ordered = false) => items.length
  ? `<${ordered ? 'ol' : 'ul'}>${items.map((x) => `<li>${esc(x)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>` : '<p>—</p>';

/** The page's HTML for one procedure. */
export function procedureHtml(ctx: AppContext, p: Procedure): string {
  const hours = hoursView(ctx.config, ctx.now());
  const counters = (ctx.queue.state.setup?.counters ?? []).filter((c) => c.services.includes(p.serviceId));
  const docs = p.documents.map((d) => `<li>${esc(d.name)} — <b>${esc(documentDetail(d))}</b></li>`).join('');
  return page(p.name, ctx.config.office.name, `
<h1>${esc(p.name)}</h1>
<p class="code">Mã thủ tục: ${esc(p.code)}</p>
<h2>Thành phần hồ sơ (${p.documents.length})</h2>
<ol class="docs">${docs}</ol>
<h2>Thời hạn giải quyết</h2><p>${esc(p.timeLimit.text)}</p>
<h2>Phí, lệ phí</h2><p>${esc(p.fee.text)}</p>
<h2>Nộp hồ sơ tại</h2>${list(counters.map((c) => `Quầy số ${c.number} — ${c.name}`))}
${hours.scheduleText ? `<h2>Giờ làm việc</h2><p>${esc(hours.scheduleText)}</p>` : ''}
<h2>Trình tự thực hiện</h2>${list(p.steps, true)}
<h2>Kết quả</h2><p>${esc(p.result)}</p>
<h2>Căn cứ pháp lý</h2>${list(p.legalBasis)}
${p.check ? `<p class="note">Cần kiểm tra: ${esc(p.check)}</p>` : ''}
<footer>${esc(ctx.config.office.address ?? '')}</footer>`);
}

/** The route handler: 404 with a plain page for an unknown or malformed code. */
export function procedurePage(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const code = String(req.params.code ?? '');
    const p = CODE_PATTERN.test(code) ? findProcedure(ctx, code) : null;
    res.set('Cache-Control', 'no-cache').type('html');
    if (!p) {
      res.status(404).send(page('Không tìm thấy thủ tục', ctx.config.office.name,
        `<h1>Không tìm thấy thủ tục</h1><p>Mã "${esc(code)}" không có trong danh mục của cơ quan. / No such procedure.</p>`));
      return;
    }
    res.send(procedureHtml(ctx, p));
  };
}
