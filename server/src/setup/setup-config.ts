/** What the first-run page sends, and the site config made from it: ids from names, scrypt hashes, fresh device tokens. */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssues, loadSiteConfig, siteConfigSchema, type SiteInput } from '@motcua/config';
import { fold } from '@motcua/config/fold';
import { parseDevicesConfig } from '@motcua/drivers/config';
import { hashPassword } from '../app/auth';

const name = z.string().trim().min(1, 'bắt buộc / required').max(120);

/** The form, as posted to POST /api/setup. */
export const setupFormSchema = z.object({
  code: z.string().trim().min(1).max(20),
  office: z.object({
    name: z.string().trim().min(1, 'bắt buộc / required').max(160),
    address: z.string().trim().max(240).default(''),
    publicUrl: z.string().trim().min(1).max(200),
  }).strict(),
  /** `id`: kept for the standard services (the shipped catalog's procedures point at them); new ones get one from the name. */
  services: z.array(z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/).optional(), name, prefix: z.string().trim().regex(/^[A-Z]{1,3}$/, 'một đến ba chữ in hoa / one to three capital letters') }).strict()).min(1, 'ít nhất một dịch vụ / at least one service').max(40),
  counters: z.array(z.object({
    number: z.number().int().min(1).max(999),
    name,
    /** Indexes into services. */
    services: z.array(z.number().int().min(0)).min(1, 'chọn ít nhất một dịch vụ / pick at least one service'),
  }).strict()).min(1, 'ít nhất một quầy / at least one counter').max(99),
  staff: z.array(z.object({
    username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{2,40}$/, 'chữ thường, số, . - _ / lower-case letters, digits, dot, - or _'),
    name,
    role: z.enum(['staff', 'supervisor', 'admin']),
    password: z.string().min(8, 'ít nhất 8 ký tự / at least 8 characters').max(200).refine((p) => p.toLowerCase() !== 'demo', 'không dùng mật khẩu mẫu / not the demo password'),
  }).strict()).min(1).max(200).refine((s) => s.some((a) => a.role === 'admin'), 'cần ít nhất một quản trị / at least one admin account')
    .refine((s) => new Set(s.map((a) => a.username)).size === s.length, 'tên đăng nhập bị trùng / duplicate username'),
  screens: z.object({
    kiosks: z.number().int().min(0).max(20),
    displays: z.number().int().min(0).max(20),
    counterDisplays: z.boolean(),
    ratingTablets: z.boolean(),
  }).strict(),
  /** The ticket printer: on the LAN (raw TCP 9100), on USB, or none yet (the fake one, which writes files). */
  printer: z.discriminatedUnion('driver', [
    z.object({ driver: z.literal('fake') }).strict(),
    z.object({ driver: z.literal('tcp'), host: z.string().trim().min(1, 'địa chỉ IP của máy in / the printer\'s IP address').max(200) }).strict(),
    z.object({ driver: z.literal('usb'), path: z.string().trim().min(1).max(200) }).strict(),
  ]),
}).strict();

export type SetupForm = z.infer<typeof setupFormSchema>;

/** A device token made at set-up, shown once with the address that pairs the screen. */
export interface IssuedToken { id: string; role: 'kiosk' | 'display' | 'counter'; counterId?: string; token: string; url: string }

/** A service id from its name: "Hộ tịch" -> "ho-tich", made unique. */
function idFrom(text: string, taken: Set<string>, fallback: string): string {
  const base = fold(text).replace(/ /g, '-').slice(0, 32).replace(/-+$/, '') || fallback;
  let id = /^[a-z0-9]/.test(base) ? base : `${fallback}-${base}`;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Builds and validates the site config; returns its YAML and the tokens, or every problem as `path: message`. */
export function buildSiteConfig(form: SetupForm, catalogDir = 'catalog'): { ok: true; yaml: string; tokens: IssuedToken[]; serviceIds: string[] } | { ok: false; problems: string[] } {
  const taken = new Set<string>();
  for (const s of form.services) if (s.id) taken.add(s.id);
  if (taken.size !== form.services.filter((s) => s.id).length) return { ok: false, problems: ['services: a standard service is listed twice'] };
  const services = form.services.map((s, i) => ({ id: s.id ?? idFrom(s.name, taken, `dv${i + 1}`), name: s.name, numbering: { kind: 'prefix' as const, prefix: s.prefix, pad: 3 } }));
  const problems: string[] = [];
  const counters = form.counters.map((c, i) => {
    const ids = c.services.map((k) => services[k]?.id);
    if (ids.some((x) => !x)) problems.push(`counters.${i}.services: unknown service`);
    return { id: `q${c.number}`, number: c.number, name: c.name, services: ids.filter((x): x is string => !!x) };
  });
  if (new Set(counters.map((c) => c.number)).size !== counters.length) problems.push('counters: số quầy bị trùng / duplicate counter number');
  const publicUrl = form.office.publicUrl.replace(/\/+$/, '');
  const tokens: IssuedToken[] = [];
  const issue = (id: string, role: IssuedToken['role'], path: string, counterId?: string) => {
    const token = randomBytes(24).toString('base64url');
    tokens.push({ id, role, token, url: `${publicUrl}${path}?token=${token}`, ...(counterId ? { counterId } : {}) });
  };
  for (let i = 1; i <= form.screens.kiosks; i++) issue(`kiosk-${i}`, 'kiosk', '/kiosk');
  for (let i = 1; i <= form.screens.displays; i++) issue(`display-${i}`, 'display', '/display');
  for (const c of counters) {
    if (form.screens.counterDisplays) issue(`display-${c.id}`, 'display', `/display/counter/${c.id}`);
    if (form.screens.ratingTablets) issue(`rating-${c.id}`, 'counter', `/rating/${c.id}`, c.id);
  }
  const input: SiteInput = {
    version: 1,
    office: { name: form.office.name, ...(form.office.address ? { address: form.office.address } : {}), publicUrl },
    services,
    counters,
    staff: form.staff.map((s) => ({ username: s.username, name: s.name, role: s.role, passwordHash: hashPassword(s.password) })),
    deviceTokens: tokens.map((t) => ({ id: t.id, role: t.role, ...(t.counterId ? { counterId: t.counterId } : {}), tokenSha256: sha256(t.token) })),
    devices: { printer: form.printer },
    catalog: { dir: catalogDir },
  };
  const r = siteConfigSchema.safeParse(input);
  if (!r.success) problems.push(...formatIssues(r.error.issues));
  const d = parseDevicesConfig(input.devices);
  if (!d.ok) problems.push(...d.errors);
  if (problems.length) return { ok: false, problems };
  const head = '# Made by the first-run set-up (/setup). Every setting: docs/CONFIG.md. Printer and scanners: devices: (docs/HARDWARE.md).\n';
  return { ok: true, yaml: head + stringify(input), tokens, serviceIds: services.map((x) => x.id) };
}

/** The standard services a new office starts from: the shipped demo office's (their ids are the catalog's). */
export function presetServices(demoConfigPath: string): Array<{ id: string; name: string; prefix: string }> {
  try {
    return loadSiteConfig(demoConfigPath).services.flatMap((s) => (s.numbering.kind === 'prefix' ? [{ id: s.id, name: s.name, prefix: s.numbering.prefix }] : []));
  } catch { return []; }
}

/**
 * The office's own copy of the shipped catalog: every procedure kept (citizens can still read it at the kiosk),
 * the queue link dropped where the office has no such service.
 */
export function officeCatalog(shippedDir: string, serviceIds: readonly string[]): { fields: string; procedures: string } {
  const fields = readFileSync(join(shippedDir, 'fields.json'), 'utf8');
  const procedures = (JSON.parse(readFileSync(join(shippedDir, 'procedures.json'), 'utf8')) as Array<Record<string, unknown>>)
    .map((p) => (typeof p.serviceId === 'string' && !serviceIds.includes(p.serviceId) ? (({ serviceId: _, ...rest }) => rest)(p) : p));
  return { fields, procedures: `${JSON.stringify(procedures, null, 2)}\n` };
}
