/**
 * The report pages' stylesheets, served as files beside the pages (/api/reports/view.css, print.css): the content
 * security policy allows no inline style, and the pages link them by a relative address, so the hub's copies of the
 * pages (/api/report/...) find theirs the same way. The fonts are this server's own (the office may be offline).
 */
import type { Request, Response } from 'express';

const face = (subset: string, weight: number) => `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:${weight};` +
  `font-display:swap;src:url(fonts/be-vietnam-pro-${subset}-${weight}-normal.woff2) format('woff2')}`;
/** @font-face rules for Be Vietnam Pro, the font files beside the stylesheet (under /api/reports/). */
const FONT_FACES = ['vietnamese', 'latin', 'latin-ext'].flatMap((s) => [face(s, 400), face(s, 700)]).join('\n');
/** The same rules for a stylesheet served anywhere else: the font files by their absolute path. */
export const FONT_FACES_ABSOLUTE = FONT_FACES.replaceAll('url(fonts/', 'url(/api/reports/fonts/');

/** The report screen's style. */
export const VIEW_CSS = `${FONT_FACES}
body { font-family: 'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 0; background: #f4f6f8; color: #1b2631; }
header { background: #a61c1c; color: #fff; padding: 12px 24px; } header h1 { margin: 0; font-size: 22px; }
main { padding: 16px 24px; max-width: 1200px; } section { background: #fff; border-radius: 8px; padding: 12px 20px; margin-bottom: 16px; }
form { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; } label { display: flex; flex-direction: column; font-size: 14px; }
input, select, button { font: inherit; padding: 6px 8px; } button { background: #a61c1c; color: #fff; border: 0; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } th, td { border: 1px solid #ccd; padding: 4px 6px; }
th { background: #eef; } h3 { font-size: 16px; margin: 14px 0 6px; } td.num { text-align: right; } .links a { margin-right: 16px; } svg text { font-family: inherit; font-size: 12px; }`;

/** The A4 page's style (Nghị định 30/2020/NĐ-CP: Times New Roman 13pt, the margins of an administrative document). */
export const PRINT_CSS = `${FONT_FACES}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: 'Times New Roman', 'Liberation Serif', 'Be Vietnam Pro', serif; font-size: 13pt; line-height: 1.4; color: #000; margin: 0; }
.head { display: flex; justify-content: space-between; text-align: center; font-size: 13pt; line-height: 1.25; }
.head > div:first-child { width: 43%; font-size: 12pt; } .head > div:last-child { width: 57%; white-space: nowrap; font-size: 12pt; }
.head span, .head b { display: block; } .head .parent { text-transform: uppercase; font-size: 12pt; } .head .issuer { text-transform: uppercase; }
.head .rule { width: 30%; margin: 3pt auto 6pt; border-top: 1px solid #000; } .head .rule.long { width: 62%; }
.head .motto { font-weight: bold; font-size: 13pt; } .head .no { font-size: 13pt; } .head .date { font-style: italic; font-size: 13pt; }
h1 { text-align: center; font-size: 14pt; margin: 18pt 0 2pt; } .sub { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
.to { text-align: center; margin: 6pt 0 10pt; text-indent: 0; } .to span { display: block; }
.period { text-align: center; font-style: italic; margin: 2pt 0 12pt; text-indent: 0; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; } h3 { font-size: 12pt; font-style: italic; margin: 8pt 0 2pt; page-break-after: avoid; } p { margin: 2pt 0; text-align: justify; text-indent: 1cm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 6pt 0; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2pt 4pt; } th { font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; } td:first-child { min-width: 32mm; } tr { page-break-inside: avoid; }
.sign { display: flex; justify-content: space-between; margin-top: 18pt; page-break-inside: avoid; }
.copies { width: 45%; font-size: 11pt; line-height: 1.25; } .copies b { font-size: 12pt; font-style: italic; display: block; }
.copies span { display: block; } .signer { width: 50%; text-align: center; font-weight: bold; } .signer span { display: block; }
.signer .name { margin-top: 64pt; }
@media screen { body { max-width: 210mm; margin: 10mm auto; padding: 0 10mm; } }`;

/** Where the screen's stylesheet is, relative to the page (both sit in /api/reports/, or /api/report/ at the hub). */
export const VIEW_CSS_FILE = 'view.css';
/** Where the A4 page's stylesheet is, relative to the page. */
export const PRINT_CSS_FILE = 'print.css';

/** A route handler answering one of the stylesheets (public: it holds no figures). */
export function cssRoute(css: string) {
  return (_req: Request, res: Response): void => {
    res.set('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(css);
  };
}
