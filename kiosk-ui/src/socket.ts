/** The one module that owns the kiosk's socket and REST calls; server events are written into signals. */
import { signal } from '@preact/signals';
import type { Ack, KioskScanView, PrintResultView, TakeTicketInput, TicketView } from '@motcua/server/contract';
import { openSocket, type ScreenSocket } from '../../ui-shared/src/connection';
import { deviceToken } from '../../ui-shared/src/token';

/** The device token (null: not paired). */
export const token = signal<string | null>(null);
export const tokenChecked = signal(false);
/** Print outcomes by ticket id (they may arrive just before or after the ack). */
export const printResults = signal<Record<string, PrintResultView>>({});
/** The latest scan pushed by the server from a serial scanner (`seq` makes repeats distinct). */
export const pushedScan = signal<{ seq: number; scan: KioskScanView } | null>(null);
/** Bumped when the catalog may have changed (an admin edit, or a reconnect that may have missed one): model/lookup.ts refetches. */
export const catalogVersion = signal(0);

let socket: ScreenSocket | null = null;

/** The server did not answer the last try to connect (the kiosk shows its offline banner, also before a first connection). */
export const unreachable = signal(false);

/** Pairs and connects; listens for print outcomes and serial scans. */
export async function connect(): Promise<void> {
  // Booted before the server (the page came from the service worker): wait for it before deciding "not paired".
  token.value = await deviceToken('kiosk');
  while (token.value === null && !(await serverAnswers())) {
    unreachable.value = true;
    await new Promise((ok) => setTimeout(ok, 2000));
    token.value = await deviceToken('kiosk');
  }
  tokenChecked.value = true;
  socket = openSocket(token.value);
  socket.on('connect', () => { unreachable.value = false; });
  socket.on('connect_error', () => { unreachable.value = true; });
  socket.on('catalog', () => { catalogVersion.value++; });
  socket.io.on('reconnect', () => { catalogVersion.value++; });
  socket.on('printed', (p) => { printResults.value = { ...printResults.value, [p.ticketId]: p }; });
  // A serial scanner's line, parsed on the server (server/src/features/kiosk.ts).
  let seq = 0;
  socket.on('scan', (scan) => {
    pushedScan.value = { seq: ++seq, scan };
  });
}

/** True when the server answers at all (its health route). */
async function serverAnswers(): Promise<boolean> {
  try { return (await fetch('/api/health', { cache: 'no-store' })).ok; } catch { return false; }
}

const failure = (code: string, message: string): Ack<never> => ({ ok: false, error: { code, message } });

/** Takes a ticket; resolves with the server's ack, or an error when it does not answer in time. */
export function takeTicket(input: TakeTicketInput): Promise<Ack<TicketView>> {
  const s = socket;
  if (!s?.connected) return Promise.resolve(failure('OFFLINE', 'offline'));
  return new Promise((ok) => {
    s.timeout(6000).emit('ticket:take', input, (err: Error | null, ack: Ack<TicketView>) => {
      ok(err ? failure('TIMEOUT', 'no answer') : ack);
    });
  });
}

/** Tells the server the ticket is shown on screen instead of printed, so it is not printed later. */
export function dropPrint(ticketId: string): void {
  socket?.emit('kiosk:dropPrint', { ticketId });
}

/** What the citizen reads when a scan could not be checked (the server did not answer, or refused it). */
export const SCAN_FAILED = { message: 'Chưa đọc được mã. Vui lòng quét lại.', messageEn: 'The code was not read. Please scan again.' } as const;

/** Sends a scanned line to the server, which parses it (the ID number stays on the server). */
export async function sendScan(line: string): Promise<KioskScanView> {
  const res = await fetch('/api/kiosk/scan', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token.value ? { authorization: `Bearer ${token.value}` } : {}) },
    body: JSON.stringify({ line }),
  });
  if (!res.ok) return { kind: 'unknown', ...SCAN_FAILED };
  return (await res.json()) as KioskScanView;
}

/** GETs JSON from the API (the catalog); throws when the server is unreachable. */
export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}
