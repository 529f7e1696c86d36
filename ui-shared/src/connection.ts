/** One socket.io connection per screen, written into signals: connected, snapshot. */
import { signal } from '@preact/signals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient, Snapshot } from '@motcua/server/contract';

export type ScreenSocket = Socket<ServerToClient, ClientToServer>;

/** The live connection state a screen reads. */
export const connected = signal(false);
export const everConnected = signal(false);
export const snapshot = signal<Snapshot | null>(null);
/** Server time minus this browser's time, from the last snapshot. */
export const clockSkew = signal(0);

/** Opens the connection; reconnects forever, quickly (a screen must recover within 2 s). */
export function openSocket(token: string | null): ScreenSocket {
  const socket: ScreenSocket = io({
    auth: token ? { token } : {}, transports: ['websocket'],
    reconnectionDelay: 300, reconnectionDelayMax: 1000, timeout: 4000,
  });
  socket.on('connect', () => { connected.value = true; everConnected.value = true; });
  socket.on('disconnect', () => { connected.value = false; });
  socket.on('connect_error', () => { connected.value = false; });
  socket.on('snapshot', (s) => {
    snapshot.value = s;
    clockSkew.value = s.serverTime - Date.now();
  });
  socket.on('setup', (s) => { snapshot.value = s; });
  socket.on('services', (services) => { if (snapshot.value) snapshot.value = { ...snapshot.value, services }; });
  socket.on('counter', (c) => {
    const s = snapshot.value;
    if (s) snapshot.value = { ...s, counters: s.counters.map((x) => (x.id === c.id ? c : x)) };
  });
  socket.on('call', (call) => {
    const s = snapshot.value;
    if (s && !s.calls.some((c) => c.seq === call.seq)) snapshot.value = { ...s, calls: [call, ...s.calls].slice(0, 20) };
  });
  socket.on('waiting', (waiting) => { if (snapshot.value) snapshot.value = { ...snapshot.value, waiting }; });
  socket.on('devices', (devices) => { if (snapshot.value) snapshot.value = { ...snapshot.value, devices }; });
  return socket;
}
