/**
 * The contract between the server and the hardware drivers. Browser-safe: types only.
 * The server sees a Printer and Scanners; which transport carries the bytes is the drivers' business.
 */
import type { CccdCard } from './scanner/cccd-card';
import type { LayoutBlock } from './printer/layout-block';

export type { CccdCard } from './scanner/cccd-card';

export type DeviceState = 'ready' | 'offline' | 'paperOut' | 'paperNearEnd' | 'coverOpen' | 'error';

export interface DeviceStatus {
  id: string;
  kind: 'printer' | 'scanner';
  /** The driver named in config: fake | tcp | serial | usb. */
  driver: string;
  state: DeviceState;
  /** A short English explanation for the admin screen, e.g. "connect ECONNREFUSED 10.0.0.5:9100". */
  detail?: string;
  /** Epoch ms of the last change of state. */
  since: number;
  /** Printer only: jobs waiting to be printed. */
  queued?: number;
}

export interface TicketPrintJob {
  ticketId: string;
  officeName: string;
  serviceName: string;
  number: string;
  priorityName?: string | null;
  /** Epoch ms. */
  issuedAt: number;
  /** IANA zone of the office, e.g. Asia/Ho_Chi_Minh: the time printed is the office's wall clock. */
  timeZone: string;
  /** Tickets waiting before this one. */
  ahead: number;
  /** `${publicUrl}/t/${ticketId}`: the QR lets a phone follow the ticket. */
  url: string;
  /** Default "Mời quý vị chờ đến lượt". */
  footer?: string;
  /** The language the citizen used at the kiosk: the ticket's words (and the names given) are in it. */
  lang?: 'vi' | 'en';
  /** The estimate as the kiosk screen says it, one sentence in the ticket's language (absent: not printed). */
  waitText?: string;
  /** The numbers of the counters that serve this ticket's service (absent or empty: not printed). */
  counters?: number[];
}

export type PrintOutcome = { state: 'printed' } | { state: 'queued'; reason: string } | { state: 'failed'; reason: string };

/** A 1-bit picture, rows packed MSB first (1 = black): the same layout as ESC/POS GS v 0. */
export interface Bitmap {
  width: number;
  height: number;
  /** Bytes per row: ceil(width / 8). */
  rowBytes: number;
  data: Uint8Array;
}

/** What a render function gives: the 1-bit bitmap to print, and a PNG of it for previews (fake printer). */
export interface RenderedImage {
  bitmap: Bitmap;
  png?: () => Buffer | Promise<Buffer>;
}

/** A generic raster job (ticket, later a documents checklist): rendered once, printed, cut. */
export interface ImagePrintJob {
  /** Unique per job; cancel(id) drops it while it waits. */
  id: string;
  /** What it is, for logs: 'ticket', 'checklist', ... */
  kind: string;
  /** What to print, drawn in the render worker (the server's way: plain data crosses the thread). */
  layout?: LayoutBlock[];
  /** Or a render function, run on the caller's thread (scripts and tests). */
  render?: () => RenderedImage | Promise<RenderedImage>;
  /** Default true. */
  cut?: boolean;
}

export interface Printer {
  readonly id: string;
  /** Prints a queue ticket. Resolves within the configured timeout; never throws for device faults. */
  printTicket(job: TicketPrintJob): Promise<PrintOutcome>;
  /** Prints any raster job through the same queue (the ticket is one of these). */
  printImage(job: ImagePrintJob): Promise<PrintOutcome>;
  /** Drops a job still waiting (e.g. the kiosk showed the ticket on screen instead); true if one was dropped. */
  cancel(jobId: string): boolean;
  status(): DeviceStatus;
  onStatus(cb: (s: DeviceStatus) => void): () => void;
  close(): Promise<void>;
}

/** Why a scanned line was not understood: a machine-readable code (never the scanned text itself). */
export type UnknownScanCode =
  | 'empty'
  | 'tooLong'
  | 'invalidUtf8'
  | 'controlChars'
  | 'cccdFields'
  | 'cccdIdNumber'
  | 'cccdProvince'
  | 'cccdBirthYear'
  | 'cccdDate'
  | 'cccdGender'
  | 'cccdName'
  | 'cccdOldId'
  | 'unrecognized';

export type ScanResult =
  | { kind: 'cccd'; card: CccdCard }
  | { kind: 'dossier'; code: string }
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'unknown'; code: UnknownScanCode; message: string; messageEn: string };

export interface Scanner {
  readonly id: string;
  /** raw.length is the line's length in bytes: the content is never passed on raw (it may be an ID card). */
  onScan(cb: (r: ScanResult, raw: { length: number }) => void): () => void;
  status(): DeviceStatus;
  onStatus(cb: (s: DeviceStatus) => void): () => void;
  close(): Promise<void>;
}

/** The server's logger shape (server/src/log.ts). */
export interface DriverLog {
  info(msg: string, ...rest: unknown[]): void;
  warn(msg: string, ...rest: unknown[]): void;
  error(msg: string, ...rest: unknown[]): void;
}
