/** Serves the built screens: /kiosk, /display, /display/counter/:id, /t/:id, /counter, /rating/:id, /admin; and /thu-tuc/:code. */
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../app/context';
import { PROCEDURE_CSS_PATH, procedureCss, procedurePage } from './procedure-page';

const PAGES: Array<{ ui: string; paths: string[]; file?: string }> = [
  { ui: 'kiosk-ui', paths: ['/kiosk', '/kiosk/*rest'] },
  { ui: 'display-ui', paths: ['/display', '/display/*rest'] },
  { ui: 'display-ui', paths: ['/t/:id'], file: 'phone.html' },
  { ui: 'staff-ui', paths: ['/counter', '/counter/*rest', '/rating/*rest', '/admin', '/admin/*rest'] },
];

/** Where the built screens are. */
function uiDist(root: string, ui: string): string | null {
  const dir = join(root, ui, 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Mounts static assets under /ui/<name>/ and the page routes; a missing build gets a clear message. */
export function mountScreens(app: Express, root: string, ctx: AppContext): void {
  for (const ui of ['kiosk-ui', 'display-ui', 'staff-ui']) {
    const dist = uiDist(root, ui);
    if (dist) app.use(`/ui/${ui.replace('-ui', '')}`, express.static(dist, { index: false, maxAge: '1h' }));
  }
  // The kiosk's service worker (kiosk-ui/public/sw.js) keeps its shell for a kiosk that boots before the server;
  // served from /kiosk/ and allowed the scope /kiosk (the page itself has no trailing slash).
  app.get('/kiosk/sw.js', (_req, res) => {
    const dist = uiDist(root, 'kiosk-ui');
    if (!dist) return void res.status(404).end();
    res.set({ 'Cache-Control': 'no-cache', 'Service-Worker-Allowed': '/kiosk' }).type('text/javascript').sendFile(join(dist, 'sw.js'));
  });
  for (const page of PAGES) {
    for (const path of page.paths) {
      app.get(path, (_req, res) => {
        const dist = uiDist(root, page.ui);
        if (!dist) return void res.status(503).type('text/plain; charset=utf-8').send(`Màn hình chưa được build: chạy "npm run build" (${page.ui}).`);
        res.set('Cache-Control', 'no-cache').sendFile(join(dist, page.file ?? 'index.html'));
      });
    }
  }
  // A procedure for a phone: the QR on a printed documents checklist.
  app.get('/thu-tuc/:code', procedurePage(ctx));
  app.get(PROCEDURE_CSS_PATH, procedureCss);
  app.get('/', (_req, res) => res.redirect('/kiosk'));
}
