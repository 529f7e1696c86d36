// Node's http.close() waits for every open socket, and a socket that connected but never sent a request
// (Chromium opens spare ones ahead of need) is never "idle" to it: a stop then hangs until the client
// gives up. This tracks which sockets carried a request, so a stop can drop the ones that never do.
import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';

export interface StopTimes {
  /** A socket with no complete request yet gets this long to send one (its headers may be on the way). */
  spareMs?: number;
  /** A request under way gets this long to finish; then every connection is closed. */
  graceMs?: number;
}

/**
 * Stops the server: idle keep-alive sockets close at once, a socket that has sent no request within `spareMs` is
 * dropped, a request under way is finished and answered (cut only after `graceMs`, a client stalled mid-body).
 */
export function stoppable(http: HttpServer, times: StopTimes = {}): () => Promise<void> {
  const { spareMs = 1000, graceMs = 5000 } = times;
  const unused = new Set<Socket>();
  http.on('connection', (s: Socket) => { unused.add(s); s.once('close', () => unused.delete(s)); });
  let stopping = false;
  http.on('request', (req, res) => {
    unused.delete(req.socket);
    // Answered while stopping: its keep-alive connection is idle now, and closed (it would wait for the backstop).
    res.once('finish', () => { if (stopping) setImmediate(() => http.closeIdleConnections()); });
  });
  // An upgrade (socket.io's websocket) is a request too; io.close() ends those.
  http.on('upgrade', (req) => { unused.delete(req.socket); });
  return () => new Promise<void>((ok) => {
    stopping = true;
    const spare = setTimeout(() => { for (const s of unused) s.destroy(); }, spareMs);
    const backstop = setTimeout(() => http.closeAllConnections(), graceMs);
    spare.unref();
    backstop.unref();
    http.close(() => { clearTimeout(spare); clearTimeout(backstop); ok(); });
    http.closeIdleConnections();
  });
}
