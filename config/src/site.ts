/** The site config: one YAML file per office, validated at start-up. Glossary: quầy = counter, lĩnh vực = field. */
import { z } from 'zod';
import { reportHeaderSchema } from './report-header';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'use lower-case letters, digits, - or _ (at most 40)');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');

const mmdd = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use MM-DD, e.g. 04-15');
const ymd = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use YYYY-MM-DD');
const toMin = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
/** One working session, "07:30-11:30". */
const session = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM-HH:MM, e.g. 07:30-11:30')
  .refine((s) => toMin(s.slice(0, 5)) < toMin(s.slice(6)), 'a session must end after it starts');
const sessions = z.array(session).max(4).refine((list) => {
  const sorted = list.map((s) => [toMin(s.slice(0, 5)), toMin(s.slice(6))] as const).sort((a, b) => a[0] - b[0]);
  return sorted.every((x, i) => i === 0 || x[0] >= sorted[i - 1]![1]);
}, 'sessions must not overlap');

/** A schedule for part of the year (summer / winter), from MM-DD to MM-DD inclusive; it may wrap the new year. */
const schedule = z.object({
  name: z.string().min(1).max(80),
  from: mmdd.default('01-01'),
  to: mmdd.default('12-31'),
  /** Monday to Friday. */
  weekdays: sessions.min(1),
  saturday: sessions.default([]),
  sunday: sessions.default([]),
}).strict();

/** Office hours: sessions by season, public holidays per year, when kiosks stop issuing. */
const hours = z.object({
  /** false: kiosks issue at any time (a 24-hour test bench); the hours are still shown. */
  enforce: z.boolean().default(true),
  /** Kiosks stop issuing this many minutes before a session ends (a service may set its own). */
  stopIssuingMinutes: z.number().int().min(0).max(240).default(15),
  schedules: z.array(schedule).min(1),
  /** Days off on working days: Tết, 30/4, 1/5, 2/9, Giỗ Tổ Hùng Vương, bridge days. Set each year. */
  holidays: z.array(z.object({ date: ymd, name: z.string().min(1).max(80) }).strict()).default([]),
  /** Weekend days worked to make up for a bridge holiday (làm bù): the weekday sessions apply. */
  extraWorkdays: z.array(ymd).default([]),
}).strict();

const numbering = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prefix'), prefix: z.string().regex(/^[A-Z]{1,3}$/, 'one to three capital letters'), pad: z.number().int().min(1).max(6).default(3) }).strict(),
  z.object({ kind: z.literal('range'), from: z.number().int().min(0), to: z.number().int().max(999_999), pad: z.number().int().min(1).max(6).default(4) }).strict(),
]);

const service = z.object({
  id,
  name: z.string().min(1).max(120),
  nameEn: z.string().max(120).optional(),
  numbering,
  dailyCap: z.number().int().positive().optional(),
  avgServiceMinutes: z.number().positive().max(240).default(8),
  enabled: z.boolean().default(true),
  /** Stop issuing this many minutes before a session ends, for this service (default: hours.stopIssuingMinutes). */
  stopIssuingMinutes: z.number().int().min(0).max(240).optional(),
}).strict();

const counter = z.object({
  id,
  number: z.number().int().min(1).max(999),
  name: z.string().min(1).max(120),
  services: z.array(id).min(1),
}).strict();

const priority = z.object({ id, name: z.string().min(1).max(80), nameEn: z.string().max(80).optional() }).strict();

const role = z.enum(['staff', 'supervisor', 'admin']);
const staff = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/, 'lower-case letters, digits, dot, - or _'),
  name: z.string().min(1).max(120),
  role,
  /** scrypt$N$r$p$salt$hash (base64url); make one with `npm run hash-password`. */
  passwordHash: z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/, 'a scrypt hash: make one with npm run hash-password'),
  /** A disabled account cannot sign in; its sessions end at once. */
  disabled: z.boolean().optional(),
}).strict();

const deviceToken = z.object({
  id,
  /** integration: the one-door software pushing dossiers (PUT /api/dossiers/:code); it may do nothing else. */
  role: z.enum(['kiosk', 'display', 'counter', 'integration']),
  /** For a counter device: the counter it is paired to. */
  counterId: id.optional(),
  /** sha256 (hex) of the token; the token itself is never stored. */
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, '64 hex characters'),
}).strict();

const voice = z.object({
  enabled: z.boolean().default(true),
  template: z.string().min(1).default('Mời công dân có số thứ tự {so} đến quầy số {quay}'),
  dialect: z.enum(['north', 'south']).default('north'),
  numberMode: z.enum(['digits', 'number']).default('number'),
  repeat: z.number().int().min(1).max(3).default(1),
  volume: z.number().min(0).max(1).default(1),
  /** Calls the wall display may have waiting to be spoken; past it the oldest are not said (the screen still shows them). */
  maxBacklog: z.number().int().min(1).max(20).default(4),
}).strict();

/** The wall display's own settings. */
const display = z.object({
  /** Results ready for pick-up longer ago than this (days, by their result date) leave the wall's board. */
  readyMaxAgeDays: z.number().int().min(1).max(365).default(14),
}).strict();

/** The citizen kiosk's own settings. */
const kiosk = z.object({
  /** Loudness of the kiosk's read-aloud ("Nghe"), 0..1. */
  voiceVolume: z.number().min(0).max(1).default(1),
  /** The queue where results are picked up (trả kết quả): a ready dossier scanned at the kiosk offers a number there. Default: the service named "Trả kết quả". */
  resultServiceId: id.optional(),
}).strict();

/** Sessions, rate limits and slow clients (docs/SECURITY.md). */
const security = z.object({
  /** A staff session ends this many hours after sign-in. */
  sessionHours: z.number().min(0.1).max(72).default(12),
  /** Sign-in attempts per minute from one device (address), and wrong passwords per 15 minutes for one username. */
  loginPerMinute: z.number().int().min(1).max(1000).default(10),
  loginFailuresPerUser: z.number().int().min(1).max(1000).default(10),
  /** Tickets issued and scans sent per minute by one device (a kiosk token) or one staff member; generous for a busy kiosk. */
  issuePerMinute: z.number().int().min(1).max(10000).default(60),
  /** The same per hour, so one token cannot use up a service's numbers for the day. */
  issuePerHour: z.number().int().min(1).max(100000).default(600),
  /** Public dossier look-ups per minute from one address. */
  lookupPerMinute: z.number().int().min(1).max(10000).default(30),
  /** A client must send its request headers within this many seconds. */
  headersTimeoutSeconds: z.number().int().min(1).max(120).default(10),
}).strict();

const rating = z.object({
  scale: z.enum(['three', 'five']).default('three'),
  timeoutSeconds: z.number().int().min(5).max(300).default(30),
  /** Seconds after a completion during which the counter's tablet may rate it (once). */
  windowSeconds: z.number().int().min(30).max(1800).default(120),
  lowReasons: z.array(z.string().min(1).max(120)).default([
    'Thái độ phục vụ chưa tốt', 'Phải chờ lâu', 'Hướng dẫn chưa rõ ràng', 'Phải đi lại nhiều lần', 'Thủ tục chưa được công khai đầy đủ',
  ]),
}).strict();

/** Forwarding the office's figures to the province's hub (docs/PROVINCE.md); absent: nothing leaves the office. */
const hub = z.object({
  /** The hub's address, e.g. https://motcua-hub.hatinh.gov.vn */
  url: z.string().url().refine((u) => /^https?:\/\//.test(u), 'http:// or https://'),
  /** This office's code as registered at the hub. */
  office: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'letters, digits, dot, - or _ (at most 40)'),
  /** The hub token printed when the office was registered; MOTCUA_HUB_TOKEN overrides it. */
  token: z.string().min(16).max(200).optional(),
  batchSize: z.number().int().min(1).max(2000).default(500),
  /** How often an empty outbox is looked at again (ms). */
  intervalMs: z.number().int().min(50).max(600_000).default(2000),
}).strict();

/** The daily online backup: taken once a day from `at` (or at start-up if missed), kept `keepDays` days. */
const backup = z.object({
  enabled: z.boolean().default(true),
  at: hhmm.default('12:00'),
  keepDays: z.number().int().min(1).max(3650).default(30),
}).strict();

export const siteConfigSchema = z.object({
  version: z.literal(1),
  office: z.object({
    name: z.string().min(1).max(160),
    nameEn: z.string().max(160).optional(),
    address: z.string().max(240).optional(),
    /** The address phones reach the server at (the ticket's QR points here). Unset: the server's LAN address. */
    publicUrl: z.string().url().refine((u) => /^https?:\/\//.test(u), 'http:// or https://').transform((u) => u.replace(/\/+$/, '')).optional(),
  }).strict(),
  timeZone: z.string().default('Asia/Ho_Chi_Minh').refine((tz) => {
    try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; }
  }, 'not a known time zone'),
  queue: z.object({
    dayResetAt: hhmm.default('06:00'),
    endOfDay: z.enum(['expire', 'carryOver']).default('expire'),
    priorityPolicy: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('strict') }).strict(),
      z.object({ kind: z.literal('interleaved'), normalPerPriority: z.number().int().min(1).max(20) }).strict(),
    ]).default({ kind: 'strict' }),
    /** Minutes after a no-show during which staff may call the citizen back the same day (0: never). */
    noShowCallBackMinutes: z.number().int().min(0).max(600).default(30),
  }).strict().default({ dayResetAt: '06:00', endOfDay: 'expire', priorityPolicy: { kind: 'strict' }, noShowCallBackMinutes: 30 }),
  priorities: z.array(priority).default([]),
  services: z.array(service).min(1),
  counters: z.array(counter).min(1),
  staff: z.array(staff).default([]),
  deviceTokens: z.array(deviceToken).default([]),
  voice: voice.default(voice.parse({})),
  rating: rating.default(rating.parse({})),
  kiosk: kiosk.default(kiosk.parse({})),
  /** The printed report's administrative heading and closing (Nghị định 30/2020/NĐ-CP); editable in /admin. */
  report: reportHeaderSchema.default(reportHeaderSchema.parse({})),
  display: display.default(display.parse({})),
  security: security.default(security.parse({})),
  notices: z.array(z.string().min(1).max(300)).default([]),
  /** Office hours; without them the office is always open (and says nothing about its hours). */
  hours: hours.optional(),
  /** Hardware, validated by @motcua/drivers' schema. */
  devices: z.unknown().optional(),
  catalog: z.object({
    dir: z.string().default('catalog'),
    /**
     * The catalog's queue ids (a procedure's serviceId, "hang_doi") that this office names otherwise, to its own service
     * ids: a provincial centre using the commune catalog sends hotich and chungthuc to its tuphap queue.
     */
    services: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default({}),
  }).strict().default({ dir: 'catalog', services: {} }),
  hub: hub.optional(),
  /** The daily online backup of the database into <data>/backups (docs/OPERATIONS.md). */
  backup: backup.default(backup.parse({})),
}).strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteInput = z.input<typeof siteConfigSchema>;
export type HoursConfig = NonNullable<SiteConfig['hours']>;
