/**
 * The citizen kiosk's server side: scanned lines are parsed here (drivers' parseScanLine) so an ID number never
 * leaves the server.
 * REST  POST /api/kiosk/scan {line} (kiosk token) -> KioskScanView
 * socket  server -> kiosk 'scan' KioskScanView (serial scanner lines, to the kiosk paired with the scanner's id,
 *         else to every kiosk); kiosk -> server 'kiosk:dropPrint' {ticketId} (shown on screen: never print it later).
 */
import { z } from 'zod';
import type { KioskScanView } from '../contract';
import { getTicket, require } from '../app/actions';
import type { Principal } from '../app/auth';
import type { AppContext } from '../app/context';
import { bearer } from '../app/auth';
import { describeError, parseInput } from '../http/errors';
import type { Feature } from './feature';
import { lookupDossier } from './dossiers/store';
import { parseScanLine } from '@motcua/drivers/scanner/parse-line';
import type { ScanResult } from '@motcua/drivers/types';

export const kioskScanSchema = z.object({ line: z.string().min(1).max(4096) }).strict();
const dropPrintSchema = z.object({ ticketId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) }).strict();

/** Parses a line with the drivers' scanner parser (the site's dossier-code pattern, if configured). */
export function parseLine(ctx: AppContext, line: string): ScanResult {
  const pattern = (ctx.config.devices as { dossierPattern?: string } | undefined)?.dossierPattern ?? null;
  return parseScanLine(line, { dossierPattern: pattern, now: ctx.now() });
}

/** What a serial scanner reported (the driver's parsed result, or a raw line) as a ScanResult. */
export function asScanResult(ctx: AppContext, result: unknown): ScanResult {
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
      if (!d) return { kind: 'dossier', code: scan.code, found: false, message: 'Không tìm thấy hồ sơ' };
      return {
        kind: 'dossier', code: d.code, found: true, status: d.statusLabel, procedureName: d.procedureName, dueDate: d.dueDate,
        resolvedDate: d.resolvedDate, applicant: d.applicant, message: d.statusLabel,
      };
    }
    case 'ticket':
      try {
        return { kind: 'ticket', ticket: getTicket(ctx, scan.ticketId) };
      } catch {
        return { kind: 'unknown', message: 'Không tìm thấy số thứ tự', messageEn: 'No such ticket' };
      }
    default:
      return { kind: 'unknown', message: scan.message, messageEn: scan.messageEn };
  }
}

// Each started server's scan listener (tests start several servers in one process).
const unsubscribers: Array<() => void> = [];

export const kioskFeature: Feature = {
  name: 'kiosk',
  routes(r, ctx) {
    r.post('/kiosk/scan', (req, res) => {
      try {
        require(ctx.auth.resolve(bearer(req.get('authorization'))), ['kiosk', 'staff', 'supervisor', 'admin']);
        const { line } = parseInput(kioskScanSchema, req.body);
        res.json(scanView(ctx, parseLine(ctx, line)));
      } catch (e) {
        const { status, error } = describeError(e);
        res.status(status).json({ error });
      }
    });
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
    unsubscribers.push(ctx.devices.onScan((scannerId, result) => {
      const view = scanView(ctx, asScanResult(ctx, result));
      const room = `kiosk:${scannerId}`;
      const paired = io.of('/').adapter.rooms.get(room)?.size;
      io.to(paired ? room : 'device:kiosk').emit('scan', view);
    }));
  },
  close() {
    for (const off of unsubscribers.splice(0)) off();
  },
};
