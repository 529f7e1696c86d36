/** The kiosk's link to the server: its socket and REST calls, made by createKioskServer; server events are written into signals. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Ack, ChecklistPrintView, KioskScanView, PrintResultView, TakeTicketInput, TicketView } from '@motcua/server/contract';
import type { ScreenSocket } from '../../ui-shared/src/connection';

/** What the kiosk's models need from the server (tests pass a fake one). */
export interface KioskServer {
  /** The device token (null: not paired). */
  token: ReadonlySignal<string | null>;
  /** The token has been looked for (so "not paired" may be said). */
  tokenChecked: ReadonlySignal<boolean>;
  /** The server did not answer the last try to connect. */
  unreachable: ReadonlySignal<boolean>;
  /** Print outcomes by ticket id (they may arrive just before or after the ack). */
  printResults: ReadonlySignal<Record<string, PrintResultView>>;
  /** The latest scan pushed by the server from a serial scanner (`seq` makes repeats distinct). */
  pushedScan: ReadonlySignal<{ seq: number; scan: KioskScanView } | null>;
  /** Bumped when the catalog may have changed (an admin edit, or a reconnect that may have missed one): the look-up refetches. */
  catalogVersion: ReadonlySignal<number>;
  takeTicket(input: TakeTicketInput): Promise<Ack<TicketView>>;
  dropPrint(ticketId: string): void;
  sendScan(line: string): Promise<KioskScanView>;
  getJson<T>(path: string): Promise<T>;
  /** Prints a procedure's checklist on the kiosk's printer: its outcome ('failed' when the server could not be asked). */
  printChecklist(code: string): Promise<ChecklistPrintView['state']>;
  /** Fetches a read-aloud WAV with the device token. */
  fetchVoice(path: string): Promise<Response>;
}

/** What the browser gives the kiosk's server link (tests pass fakes). */
export interface KioskServerDeps {
  fetch: typeof fetch;
  openSocket(token: string | null): ScreenSocket;
  deviceToken(role: 'kiosk'): Promise<string | null>;
  sleep(ms: number): Promise<void>;
}

/** What the citizen reads when a scan could not be checked (the server did not answer, or refused it). */
export const SCAN_FAILED = { message: 'Chưa đọc được mã. Vui lòng quét lại.', messageEn: 'The code was not read. Please scan again.' } as const;

const failure = (code: string, message: string): Ack<never> => ({ ok: false, error: { code, message } });

/** The kiosk's server link: connect() pairs and opens the socket; the calls go through it or through fetch. */
export function createKioskServer(deps: KioskServerDeps) {
  const token = signal<string | null>(null);
  const tokenChecked = signal(false);
  const printResults = signal<Record<string, PrintResultView>>({});
  const pushedScan = signal<{ seq: number; scan: KioskScanView } | null>(null);
  const catalogVersion = signal(0);
  /** The server did not answer the last try to connect (the kiosk shows its offline banner, also before a first connection). */
  const unreachable = signal(false);
  let socket: ScreenSocket | null = null;
  const bearer = (): Record<string, string> => (token.value ? { authorization: `Bearer ${token.value}` } : {});

  /** True when the server answers at all (its health route). */
  async function serverAnswers(): Promise<boolean> {
    try { return (await deps.fetch('/api/health', { cache: 'no-store' })).ok; } catch { return false; }
  }

  /** Pairs and connects; listens for print outcomes and serial scans. */
  async function connect(): Promise<void> {
    // Booted before the server (the page came from the service worker): wait for it before deciding "not paired".
    token.value = await deps.deviceToken('kiosk');
    while (token.value === null && !(await serverAnswers())) {
      unreachable.value = true;
      await deps.sleep(2000);
      token.value = await deps.deviceToken('kiosk');
    }
    tokenChecked.value = true;
    const s = deps.openSocket(token.value);
    socket = s;
    s.on('connect', () => { unreachable.value = false; });
    s.on('connect_error', () => { unreachable.value = true; });
    s.on('catalog', () => { catalogVersion.value++; });
    s.io.on('reconnect', () => { catalogVersion.value++; });
    s.on('printed', (p) => { printResults.value = { ...printResults.value, [p.ticketId]: p }; });
    // A serial scanner's line, parsed on the server (server/src/features/kiosk.ts).
    let seq = 0;
    s.on('scan', (scan) => { pushedScan.value = { seq: ++seq, scan }; });
  }

  /** Takes a ticket; resolves with the server's ack, or an error when it does not answer in time. */
  function takeTicket(input: TakeTicketInput): Promise<Ack<TicketView>> {
    const s = socket;
    if (!s?.connected) return Promise.resolve(failure('OFFLINE', 'offline'));
    return new Promise((ok) => {
      s.timeout(6000).emit('ticket:take', input, (err: Error | null, ack: Ack<TicketView>) => {
        ok(err ? failure('TIMEOUT', 'no answer') : ack);
      });
    });
  }

  /** Tells the server the ticket is shown on screen instead of printed, so it is not printed later. */
  function dropPrint(ticketId: string): void {
    socket?.emit('kiosk:dropPrint', { ticketId });
  }

  /** Sends a scanned line to the server, which parses it (the ID number stays on the server). */
  async function sendScan(line: string): Promise<KioskScanView> {
    const res = await deps.fetch('/api/kiosk/scan', {
      method: 'POST', headers: { 'content-type': 'application/json', ...bearer() }, body: JSON.stringify({ line }),
    });
    if (!res.ok) return { kind: 'unknown', ...SCAN_FAILED };
    return (await res.json()) as KioskScanView;
  }

  /** GETs JSON from the API (the catalog); throws when the server is unreachable. */
  async function getJson<T>(path: string): Promise<T> {
    const res = await deps.fetch(path);
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  async function printChecklist(code: string): Promise<ChecklistPrintView['state']> {
    try {
      const res = await deps.fetch('/api/kiosk/checklist', {
        method: 'POST', headers: { 'content-type': 'application/json', ...bearer() }, body: JSON.stringify({ code }),
      });
      if (res.ok) return ((await res.json()) as ChecklistPrintView).state;
    } catch { /* unreachable server: failed */ }
    return 'failed';
  }

  const fetchVoice = (path: string): Promise<Response> => deps.fetch(path, { headers: bearer() });

  return { token, tokenChecked, printResults, pushedScan, catalogVersion, unreachable, connect, takeTicket, dropPrint, sendScan, getJson, printChecklist, fetchVoice };
}
