/**
 * The `devices:` part of the site config, validated at start-up. A discriminated union on `driver`, with
 * strict objects, so a wrong combination (a tcp printer with a `path`) fails with a clear `path: message`.
 */
import { z } from 'zod';
import { checkDossierPattern } from './scanner/dossier-code';

const deviceId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'use lower-case letters, digits, - or _ (at most 40)');

const printerCommon = {
  id: deviceId.default('printer-1'),
  /** Paper width in mm: 80 (576 dots) or 58 (384 dots). */
  paper: z.union([z.literal(80), z.literal(58)]).default(80),
  /** Printable width in dots when the printer differs from 576/384 (e.g. 512 on some 80 mm printers). */
  widthDots: z.number().int().min(128).max(832).multipleOf(8).optional(),
  /** raster: the ticket is a picture (any ESC/POS printer, exact fonts); text: the printer's own font and code page. */
  mode: z.enum(['raster', 'text']).default('raster'),
  /** A ticket's deadline: printTicket answers by then, and a ticket not printed by then is never printed later. */
  timeoutMs: z.number().int().min(500).max(60_000).default(5000),
  /**
   * Text mode only: the Vietnamese code page the printer has, and the encoder's table of code page
   * numbers for its firmware (only these tables have a Vietnamese code page; TCVN-3 only the first three).
   */
  textCodepage: z.enum(['tcvn3', 'windows1258']).default('tcvn3'),
  codepageMapping: z.enum(['epson', 'bixolon', 'citizen', 'pos-5890', 'pos-8360', 'youku']).default('epson'),
  /** Print the follow-on-your-phone QR. */
  qr: z.boolean().default(true),
  /** Jobs kept while the printer is down; older/more are dropped (a ticket printed an hour late helps no one). */
  maxQueued: z.number().int().min(1).max(1000).default(50),
  maxAgeMinutes: z.number().min(1).max(24 * 60).default(15),
};

const statusPoll = { statusPollMs: z.number().int().min(0).max(600_000).default(15_000) };

const printerSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('fake'), ...printerCommon }).strict(),
  z.object({
    driver: z.literal('tcp'),
    ...printerCommon,
    ...statusPoll,
    host: z.string().min(1),
    port: z.number().int().min(1).max(65_535).default(9100),
    /** Ask DLE EOT before each job; turn off for printers that never answer. */
    statusQuery: z.boolean().default(true),
  }).strict(),
  z.object({
    driver: z.literal('serial'),
    ...printerCommon,
    ...statusPoll,
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(9600),
    statusQuery: z.boolean().default(true),
  }).strict(),
  z.object({ driver: z.literal('usb'), ...printerCommon, path: z.string().min(1).default('/dev/usb/lp0') }).strict(),
]);

// YAML '\r\n' in single quotes is four characters, not two: accept that, the names, and the real bytes.
// any: CR, LF or CR LF each end a line (the default: many scanners ship with a CR suffix, others LF or CR LF).
const LINE_ENDINGS: Record<string, '\r' | '\n' | '\r\n' | 'any'> = {
  '\r': '\r', '\n': '\n', '\r\n': '\r\n', '\\r': '\r', '\\n': '\n', '\\r\\n': '\r\n', CR: '\r', LF: '\n', CRLF: '\r\n', any: 'any', ANY: 'any',
};
const lineEnding = z
  .string()
  .refine((s) => s in LINE_ENDINGS, { message: "use any, CR, LF or CRLF (or '\\r', '\\n', '\\r\\n')" })
  .transform((s) => LINE_ENDINGS[s]!);

const scannerSchema = z.discriminatedUnion('driver', [
  z.object({ id: deviceId, driver: z.literal('fake'), kiosk: deviceId.optional() }).strict(),
  z.object({
    id: deviceId,
    driver: z.literal('serial'),
    /** The kiosk (its device token id) this scanner sits at: its scans go there only. Default: the scanner's own id. */
    kiosk: deviceId.optional(),
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(9600),
    lineEnding: lineEnding.default('any'),
    reopenMs: z.number().int().min(100).max(600_000).default(3000),
    idleFlushMs: z.number().int().min(0).max(10_000).default(0),
    /** Bytes without a line end for this long are dropped, never glued to the next scan; 0 = keep them. */
    idleDropMs: z.number().int().min(0).max(10_000).default(300),
  }).strict(),
]);

const dossierPattern = z
  .string()
  .min(1)
  .superRefine((src, ctx) => {
    const problem = checkDossierPattern(src);
    if (problem) ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${problem}` });
  })
  .nullable()
  .default(null);

/** The schema of `devices:` in the site config; every field has a default, so `{}` is a demo setup. */
export const devicesConfigSchema = z
  .object({
    printer: printerSchema.prefault({ driver: 'fake' }),
    scanners: z.array(scannerSchema).default([]),
    /** RegExp source of the dossier code on receipts (see scanner/dossier-code.ts); null = TT 01/2018. */
    dossierPattern,
  })
  .strict()
  .superRefine((d, ctx) => {
    const p = d.printer;
    if (p.mode === 'text' && p.textCodepage === 'tcvn3' && !['epson', 'bixolon', 'citizen'].includes(p.codepageMapping)) {
      ctx.addIssue({ code: 'custom', path: ['printer', 'codepageMapping'], message: `the ${p.codepageMapping} table has no TCVN-3: use textCodepage: windows1258` });
    }
    const seen = new Set<string>([d.printer.id]);
    d.scanners.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['scanners', i, 'id'], message: `duplicate device id "${s.id}"` });
      seen.add(s.id);
    });
  })
  .prefault({});

export type DevicesConfig = z.infer<typeof devicesConfigSchema>;
export type DevicesConfigInput = z.input<typeof devicesConfigSchema>;
export type PrinterConfig = DevicesConfig['printer'];
export type ScannerConfig = DevicesConfig['scanners'][number];

/** Validates `devices:`; on failure gives one `path: message` line per problem (the server prints them and exits). */
export function parseDevicesConfig(input: unknown): { ok: true; value: DevicesConfig } | { ok: false; errors: string[] } {
  const r = devicesConfigSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `devices.${i.path.map(String).join('.') || '(root)'}: ${i.message}`) };
}

/** The printable width in dots for a printer config. */
export function printerWidthDots(c: Pick<PrinterConfig, 'paper' | 'widthDots'>): number {
  return c.widthDots ?? (c.paper === 58 ? 384 : 576);
}
