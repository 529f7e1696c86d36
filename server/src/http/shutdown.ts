// Node's http.close() waits for every open socket, and a socket that connected but never sent a request
// (Chromium opens spare ones ahead of need) is never "idle" to it: a stop then hangs until the client
// gives up. This tracks which sockets carried a request, so a stop can drop the ones that never did.
import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';

/** Stops the server: unused sockets (no complete request yet) are dropped at once, idle keep-alive ones too; requests in flight get `graceMs` (a SIGTERM exits within 2 s). */
export function stoppable(http: HttpServer, graceMs = 1500): () => Promise<void> {
  const unused = new Set<Socket>();
  http.on('connection', (s: Socket) => { unused.add(s); s.once('close', () => unused.delete(s)); });
  http.on('request', (req) => { unused.delete(req.socket); });
  // An upgrade (socket.io's websocket) is a request too; io.close() ends those.
  http.on('upgrade', (req) => { unused.delete(req.socket); });
  return () => new Promise<void>((ok) => {
    const backstop = setTimeout(() => http.closeAllConnections(), graceMs);
    backstop.unref();
    http.close(() => { clearTimeout(backstop); ok(); });
    for (const s of unused) s.destroy();
    http.closeIdleConnections();
  });
}
