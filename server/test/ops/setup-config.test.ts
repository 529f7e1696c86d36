/** The first-run form to a site config: checked like a hand-written one, with fresh tokens and no demo password. */
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '@motcua/config';
import { verifyPassword } from '../../src/app/auth';
import { buildSiteConfig, setupFormSchema, type SetupForm } from '../../src/setup/setup-config';

const form = (over: Partial<SetupForm> = {}): SetupForm => setupFormSchema.parse({
  code: '1234-5678',
  office: { name: 'UBND xã A', address: '', publicUrl: 'http://10.0.0.5:8080/' },
  services: [{ id: 'hotich', name: 'Hộ tịch', prefix: 'A' }, { name: 'Đất đai & Xây dựng', prefix: 'D' }],
  counters: [{ number: 1, name: 'Quầy 1', services: [0, 1] }],
  staff: [{ username: 'Admin', name: 'Trần Văn A', role: 'admin', password: 'mot-mat-khau' }],
  screens: { kiosks: 2, displays: 1, counterDisplays: false, ratingTablets: true },
  printer: { driver: 'tcp', host: '10.0.0.50' },
  ...over,
});

describe('buildSiteConfig', () => {
  it('makes a config that loads, with ids from names, hashed passwords and one token per screen', () => {
    const r = buildSiteConfig(form());
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const c = parseSiteConfig(r.yaml);
    expect(c.services.map((s) => s.id)).toEqual(['hotich', 'dat-dai-xay-dung']);
    expect(c.office.publicUrl).toBe('http://10.0.0.5:8080');
    expect(c.staff[0]!.username).toBe('admin');
    expect(verifyPassword('mot-mat-khau', c.staff[0]!.passwordHash)).toBe(true);
    expect(r.yaml).not.toContain('mot-mat-khau');
    expect(r.tokens.map((t) => t.id)).toEqual(['kiosk-1', 'kiosk-2', 'display-1', 'rating-q1']);
    expect(r.tokens.find((t) => t.id === 'rating-q1')).toMatchObject({ role: 'counter', counterId: 'q1', url: expect.stringMatching(/^http:\/\/10\.0\.0\.5:8080\/rating\/q1\?token=/) });
    for (const t of r.tokens) expect(r.yaml).not.toContain(t.token);
    expect(c.devices).toEqual({ printer: { driver: 'tcp', host: '10.0.0.50' } });
  });

  it('refuses the demo password, a missing admin and short passwords', () => {
    const bad = setupFormSchema.safeParse({ ...form(), staff: [{ username: 'canbo', name: 'X', role: 'staff', password: 'demo' }] });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^staff\.0\.password: ít nhất 8 ký tự/), expect.stringMatching(/^staff: cần ít nhất một quản trị/)]));
  });

  it('reports two counters with one number, naming the list', () => {
    const r = buildSiteConfig(form({ counters: [{ number: 1, name: 'A', services: [0] }, { number: 1, name: 'B', services: [1] }] }));
    expect(r.ok ? [] : r.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^counters: số quầy bị trùng/)]));
  });

  it('a public address that is not a URL is reported with its path', () => {
    const r = buildSiteConfig(form({ office: { name: 'X', address: '', publicUrl: 'may-chu' } }));
    const problems = r.ok ? [] : r.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^office\.publicUrl: /);
  });
});
