/**
 * The citizen kiosk's server side: scanned lines are parsed here (drivers' parseScanLine) so an ID number never
 * leaves the server.
 * REST  POST /api/kiosk/scan {line} (kiosk token) -> KioskScanView
 * socket  server -> kiosk 'scan' KioskScanView (serial scanner lines, only to the kiosk the scanner sits at: config
 *         `kiosk`, else the scanner's id; that kiosk not connected -> the scan is dropped and staff get a device alert,
 *         so an ID card scanned at one kiosk never reaches another screen); kiosk -> server 'kiosk:dropPrint' {ticketId}
 *         (shown on screen: never print it later).
 * Citizens read plain words (kiosk-words.ts); the technical reason of an unreadable scan goes to the log and the alert.
 */
import { z } from 'zod';
import type { KioskScanView } from '../contract';
import { getTicket } from '../app/actions';
import type { Principal } from '../app/auth';
import type { AppContext } from '../app/context';
import { limitIssue } from '../app/limits';
import { json, principal, requireRole } from '../http/principal';
import { parseInput } from '../http/errors';
import type { Feature } from './feature';
import { lookupDossier } from './dossiers/store';
import { dossierGuide } from './kiosk-dossier';
import { DOSSIER_NOT_FOUND, SCAN_WORDS, SETUP_REASONS, TICKET_NOT_FOUND } from './kiosk-words';
import { parseScanLine } from '@motcua/drivers/scanner/parse-line';
import type { ScanResult } from '@motcua/drivers/types';

export const kioskScanSchema = z.object({ line: z.string().min(1).max(4096) }).strict();
const dropPrintSchema = z.object({ ticketId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) }).strict();

/** Parses a line with the drivers' scanner parser (the site's dossier-code pattern, if configured). */
function parseLine(ctx: AppContext, line: string): ScanResult {
  const pattern = (ctx.config.devices as { dossierPattern?: string } | undefined)?.dossierPattern ?? null;
  return parseScanLine(line, { dossierPattern: pattern, now: ctx.now() });
}

/** What a serial scanner reported (the driver's parsed result, or a raw line) as a ScanResult. */
function asScanResult(ctx: AppContext, result: unknown): ScanResult {
  if (typeof result === 'string' || result instanceof Uint8Array) return parseLine(ctx, typeof result === 'string' ? result : new TextDecoder().decode(result));
  const kind = (result as { kind?: unknown } | null)?.kind;
  if (kind === 'cccd' || kind === 'dossier' || kind === 'ticket' || kind === 'unknown') return result as ScanResult;
  return parseLine(ctx, '');
}

/** Turns a parsed scan into what the kiosk may show: the card's masked name, never its number or full name. */
export function scanView(ctx: AppContext, scan: ScanResult): KioskScanView {
  switch (scan.kind) {
    case 'cccd': {
      const { nameMasked, gender } = scan.card.publicView();
      const female = gender === 'Nữ';
      return { kind: 'cccd', greeting: `Xin chào ${female ? 'bà' : 'ông'} ${nameMasked}`, greetingEn: `Hello ${female ? 'Ms' : 'Mr'} ${nameMasked}` };
    }
    case 'dossier': {
      let d: ReturnType<typeof lookupDossier> = null;
      try { d = lookupDossier(ctx.queue.journal.db, scan.code); } catch (e) { ctx.log.warn('dossier look-up failed', e); }
      if (!d) return { kind: 'dossier', code: scan.code, found: false, ...DOSSIER_NOT_FOUND };
      return {
        kind: 'dossier', code: d.code, found: true, status: d.statusLabel, procedureName: d.procedureName, dueDate: d.dueDate,
        resolvedDate: d.resolvedDate, applicant: d.applicant, message: d.statusLabel, ...dossierGuide(ctx, d),
      };
    }
    case 'ticket':
      try {
        return { kind: 'ticket', ticket: getTicket(ctx, scan.ticketId) };
      } catch {
        return { kind: 'unknown', ...TICKET_NOT_FOUND };
      }
    default:
      return { kind: 'unknown', ...SCAN_WORDS[scan.code] };
  }
}

/** Sends a serial scan to the one kiosk its scanner sits at; drops it (with a device alert) when that kiosk is not connected. */
function routeScan(io: Parameters<NonNullable<Feature['sockets']>>[0], ctx: AppContext, scannerId: string, kioskId: string, scan: ScanResult): void {
  const room = `kiosk:${kioskId}`;
  if (!io.of('/').adapter.rooms.get(room)?.size) {
    ctx.log.warn(`scanner ${scannerId}: scan dropped, kiosk ${kioskId} is not connected`);
    ctx.scanAlerts?.raise(scannerId, `bỏ lần quét: ki-ốt ${kioskId} không kết nối / scan dropped: kiosk ${kioskId} not connected`);
    return;
  }
  if (scan.kind === 'unknown' && SETUP_REASONS.has(scan.code)) {
    ctx.log.warn(`scanner ${scannerId}: unreadable scan (${scan.code}: ${scan.messageEn})`);
    ctx.scanAlerts?.raise(scannerId, `mã không đọc được (${scan.code}): kiểm tra tốc độ baud, chế độ và ký tự kết thúc dòng của máy quét / unreadable scan: check the scanner's baud rate, mode and line ending`);
  } else ctx.scanAlerts?.clear(scannerId);
  io.to(room).emit('scan', scanView(ctx, scan));
}

// Each started server's scan listener (tests start several servers in one process).
const unsubscribers: Array<() => void> = [];

export const kioskFeature: Feature = {
  name: 'kiosk',
  routes(r, ctx) {
    r.post('/kiosk/scan', requireRole(ctx, 'kiosk', 'staff', 'supervisor', 'admin'), json(async (req) => {
      const { line } = parseInput(kioskScanSchema, req.body);
      await limitIssue(ctx, principal(req));
      const scan = parseLine(ctx, line);
      if (scan.kind === 'unknown') ctx.log.info(`kiosk scan not understood: ${scan.code} (${scan.messageEn})`);
      return scanView(ctx, scan);
    }));
  },
  sockets(io, ctx) {
    io.on('connection', (socket) => {
      const p = (socket.data as { principal?: Principal | null }).principal;
      if (p?.kind !== 'device' || p.role !== 'kiosk') return;
      void socket.join(`kiosk:${p.id}`);
      socket.on('kiosk:dropPrint', (payload: unknown) => {
        const r = dropPrintSchema.safeParse(payload); // typed by the contract, but whatever a client sends is checked
        if (r.success) ctx.devices.dropPrint(r.data.ticketId);
      });
    });
    unsubscribers.push(ctx.devices.onScan((scannerId, result, kioskId) => routeScan(io, ctx, scannerId, kioskId ?? scannerId, asScanResult(ctx, result))));
  },
  close() {
    for (const off of unsubscribers.splice(0)) off();
  },
};
