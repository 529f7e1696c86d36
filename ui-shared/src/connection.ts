/** One socket.io connection per screen, written into signals: connected, snapshot. */
import { signal } from '@preact/signals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient, Snapshot } from '@motcua/server/contract';
import { forgetRefusedToken } from './token';

export type ScreenSocket = Socket<ServerToClient, ClientToServer>;

/** The live connection state a screen reads. */
export const connected = signal(false);
export const everConnected = signal(false);
export const snapshot = signal<Snapshot | null>(null);
/** Server time minus this browser's time, from the last snapshot. */
export const clockSkew = signal(0);
/** The server refused this screen's token (revoked, or never issued): the screen must be paired again. */
export const refused = signal(false);

/** How often a screen asks the server's time: a display runs for weeks and its PC's clock drifts. */
const CLOCK_SYNC_MS = 10 * 60_000;
/** An answer slower than this is not trusted (the skew's error is up to half the round trip). */
const CLOCK_SYNC_MAX_RTT_MS = 2_000;

/** Server time minus local time, from one `time:get` round trip (the answer taken as of its midpoint); null if too slow. */
export function skewFromRoundTrip(sentAt: number, serverTime: number, receivedAt: number): number | null {
  const rtt = receivedAt - sentAt;
  if (rtt < 0 || rtt > CLOCK_SYNC_MAX_RTT_MS) return null;
  return Math.round(serverTime - (sentAt + rtt / 2));
}

/** Asks the server's time every CLOCK_SYNC_MS while connected, so the screen's clock and "minutes ago" stay right. */
function keepClockInStep(socket: ScreenSocket): void {
  // Browser tests shorten the wait (set before the page's scripts run); nothing else sets it.
  const every = (globalThis as { __motcuaClockSyncMs?: number }).__motcuaClockSyncMs ?? CLOCK_SYNC_MS;
  setInterval(() => {
    if (!socket.connected) return;
    const sentAt = Date.now();
    socket.timeout(CLOCK_SYNC_MAX_RTT_MS).emit('time:get', {}, (err: unknown, ack: { ok: boolean; data?: { serverTime: number } }) => {
      if (err || !ack?.ok || !ack.data) return;
      const skew = skewFromRoundTrip(sentAt, ack.data.serverTime, Date.now());
      if (skew !== null) clockSkew.value = skew;
    });
  }, every);
}

/** Opens the connection; reconnects forever, quickly (a screen must recover within 2 s). */
export function openSocket(token: string | null): ScreenSocket {
  const socket: ScreenSocket = io({
    auth: token ? { token } : {}, transports: ['websocket'],
    reconnectionDelay: 300, reconnectionDelayMax: 1000, timeout: 4000,
  });
  socket.on('connect', () => { connected.value = true; everConnected.value = true; refused.value = false; });
  socket.on('disconnect', (reason) => {
    connected.value = false;
    // The server cut us (a revoked token, a restart's clean-up): socket.io does not retry on its own.
    // Try again; a revoked token then fails with UNAUTHORIZED below.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 500);
  });
  socket.on('connect_error', (err) => {
    connected.value = false;
    if (err.message === 'UNAUTHORIZED' || err.message === 'FORBIDDEN') {
      refused.value = true;
      forgetRefusedToken();
      // Without this the client would stop; keep trying slowly, so a token put back in the config works again.
      setTimeout(() => socket.connect(), 5000);
    }
  });
  let snapshots = 0;
  socket.on('snapshot', (s) => {
    snapshot.value = s;
    clockSkew.value = s.serverTime - Date.now();
    // How many snapshots this page has had: the signal tests wait for before they check that something is NOT shown.
    document.documentElement.dataset.snapshots = String(++snapshots);
  });
  keepClockInStep(socket);
  socket.on('setup', (s) => { snapshot.value = s; });
  socket.on('services', (services) => { if (snapshot.value) snapshot.value = { ...snapshot.value, services }; });
  // Office hours change with the clock: the server pushes them when a session opens or ends.
  socket.on('hours', (hours) => { if (snapshot.value) snapshot.value = { ...snapshot.value, hours }; });
  socket.on('counter', (c) => {
    const s = snapshot.value;
    if (s) snapshot.value = { ...s, counters: s.counters.map((x) => (x.id === c.id ? c : x)) };
  });
  socket.on('call', (call) => {
    const s = snapshot.value;
    if (s && !s.calls.some((c) => c.seq === call.seq)) snapshot.value = { ...s, calls: [call, ...s.calls].slice(0, 20) };
  });
  socket.on('waiting', (waiting) => { if (snapshot.value) snapshot.value = { ...snapshot.value, waiting }; });
  socket.on('queues', (queues) => { if (snapshot.value) snapshot.value = { ...snapshot.value, queues }; });
  socket.on('devices', (devices) => { if (snapshot.value) snapshot.value = { ...snapshot.value, devices }; });
  return socket;
}
