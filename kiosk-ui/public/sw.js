/*
 * The kiosk's service worker (hand-written: about forty lines, a library such as Workbox would need its own build
 * step). It keeps the kiosk's shell, the page and its scripts, styles and fonts, so a kiosk PC that boots before the
 * server shows the kiosk with its offline banner instead of the browser's error page; the page then reconnects by
 * itself. Network first: a running server always serves the newest kiosk. The API and socket.io are never cached.
 */
const CACHE = 'motcua-kiosk-shell-v1';
const PAGE = '/kiosk';
const ASSETS = /^\/ui\/kiosk\//;

// Install: the page, and every asset the page names (a fresh install has not fetched them through the worker).
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const res = await fetch(PAGE, { cache: 'no-store' });
    if (!res.ok) return;
    const html = await res.clone().text();
    await cache.put(PAGE, res);
    const urls = [...html.matchAll(/(?:src|href)="(\/ui\/kiosk\/[^"]+)"/g)].map((m) => m[1]);
    await cache.addAll([...new Set(urls)]);
    // The fonts the styles name (Vietnamese letters must look right offline too).
    for (const css of urls.filter((u) => u.endsWith('.css'))) {
      const text = await (await cache.match(css)).text();
      await cache.addAll([...new Set([...text.matchAll(/url\((\/ui\/kiosk\/[^)"']+)\)/g)].map((m) => m[1]))]);
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== location.origin) return;
  const page = req.mode === 'navigate' && (url.pathname === PAGE || url.pathname.startsWith(`${PAGE}/`));
  if (!page && !ASSETS.test(url.pathname)) return; // the API, socket.io, other screens: straight to the network
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = page ? PAGE : req;
    try {
      const res = await fetch(req);
      if (res.ok) await cache.put(key, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(key);
      if (hit) return hit;
      throw err;
    }
  })());
});
