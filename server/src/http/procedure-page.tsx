/**
 * GET /thu-tuc/:code — one procedure as a light public page for a phone: what the QR on a printed
 * documents checklist opens. Rendered with preact-render-to-string (escaping is preact's), no script,
 * its CSS a linked file (the content security policy allows no inline style); nothing personal.
 */
import type { Request, Response } from 'express';
import type { ComponentChildren } from 'preact';
import { CODE_PATTERN, type Procedure } from '@motcua/config/catalog';
import { documentDetail } from '@motcua/drivers/printer/checklist-layout';
import type { AppContext } from '../app/context';
import { hoursView } from '../app/hours';
import { findProcedure } from '../features/catalog';
import { FONT_FACES_ABSOLUTE } from '../features/reports/styles';
import { htmlDocument } from './html-document';

/** Where the page's stylesheet is served. */
export const PROCEDURE_CSS_PATH = '/thu-tuc-trang.css';
/** The page's stylesheet. */
const PROCEDURE_CSS = `${FONT_FACES_ABSOLUTE}
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

function Page({ title, office, children }: { title: string; office: string; children: ComponentChildren }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={PROCEDURE_CSS_PATH} />
      </head>
      <body><header>{office}</header><main>{children}</main></body>
    </html>
  );
}

const List = ({ items, ordered = false }: { items: string[]; ordered?: boolean }) => {
  if (!items.length) return <p>—</p>;
  const li = items.map((x, i) => <li key={i}>{x}</li>);
  return ordered ? <ol>{li}</ol> : <ul>{li}</ul>;
};

function ProcedureBody({ ctx, p }: { ctx: AppContext; p: Procedure }) {
  const hours = hoursView(ctx.config, ctx.now());
  const counters = (ctx.queue.state.setup?.counters ?? []).filter((c) => c.services.includes(p.serviceId));
  return (
    <>
      <h1>{p.name}</h1>
      <p class="code">Mã thủ tục: {p.code}</p>
      <h2>Thành phần hồ sơ ({p.documents.length})</h2>
      <ol class="docs">{p.documents.map((d, i) => <li key={i}>{d.name} — <b>{documentDetail(d)}</b></li>)}</ol>
      <h2>Thời hạn giải quyết</h2><p>{p.timeLimit.text}</p>
      <h2>Phí, lệ phí</h2><p>{p.fee.text}</p>
      <h2>Nộp hồ sơ tại</h2><List items={counters.map((c) => `Quầy số ${c.number} — ${c.name}`)} />
      {hours.scheduleText && <><h2>Giờ làm việc</h2><p>{hours.scheduleText}</p></>}
      <h2>Trình tự thực hiện</h2><List items={p.steps} ordered />
      <h2>Kết quả</h2><p>{p.result}</p>
      <h2>Căn cứ pháp lý</h2><List items={p.legalBasis} />
      {p.check && <p class="note">Cần kiểm tra: {p.check}</p>}
      <footer>{ctx.config.office.address ?? ''}</footer>
    </>
  );
}

/** The page's HTML for one procedure. */
function procedureHtml(ctx: AppContext, p: Procedure): string {
  return htmlDocument(<Page title={p.name} office={ctx.config.office.name}><ProcedureBody ctx={ctx} p={p} /></Page>);
}

/** The route handler: 404 with a plain page for an unknown or malformed code. */
export function procedurePage(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const code = String(req.params.code ?? '');
    const p = CODE_PATTERN.test(code) ? findProcedure(ctx, code) : null;
    res.set('Cache-Control', 'no-cache').type('html');
    if (!p) {
      res.status(404).send(htmlDocument(
        <Page title="Không tìm thấy thủ tục" office={ctx.config.office.name}>
          <h1>Không tìm thấy thủ tục</h1><p>Mã "{code}" không có trong danh mục của cơ quan. / No such procedure.</p>
        </Page>));
      return;
    }
    res.send(procedureHtml(ctx, p));
  };
}

/** The stylesheet's route handler. */
export function procedureCss(_req: Request, res: Response): void {
  res.set('Cache-Control', 'public, max-age=3600').type('text/css; charset=utf-8').send(PROCEDURE_CSS);
}
