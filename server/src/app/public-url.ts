/**
 * The address phones reach the server at (the ticket's QR, the checklist's QR): office.publicUrl, or when it is not
 * set, this machine's LAN address. A localhost address reaches no phone: that is a warning at start and on /admin.
 */
import { networkInterfaces } from 'node:os';

/** The public address in use, and why (for the start-up log and the admin board). */
export interface PublicUrl { url: string; source: 'config' | 'lan' | 'none'; warning: string | null }

/** True for an address no other device can open: localhost, 127.x, ::1, 0.0.0.0. */
export function isLocalOnly(url: string): boolean {
  try {
    const h = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1' || h === '0.0.0.0';
  } catch { return true; }
}

/** The first IPv4 address on a private LAN (192.168.x, 10.x, 172.16-31.x), else any non-internal IPv4. */
export function lanAddress(nets = networkInterfaces()): string | null {
  const all = Object.values(nets).flat().filter((n): n is NonNullable<typeof n> => !!n && n.family === 'IPv4' && !n.internal).map((n) => n.address);
  return all.find((a) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a)) ?? all[0] ?? null;
}

/** Decides the public address: the configured one, else http://<LAN address>:<port>; with a warning when no phone can reach it. */
export function resolvePublicUrl(configured: string | undefined, port: number, lan = lanAddress()): PublicUrl {
  if (configured) {
    const warning = isLocalOnly(configured)
      ? `office.publicUrl is ${configured}: no phone can open the ticket's QR. Set it to this server's address on the office network (e.g. http://192.168.1.10:${port}).`
      : null;
    return { url: configured, source: 'config', warning };
  }
  if (lan) return { url: `http://${lan}:${port}`, source: 'lan', warning: null };
  return {
    url: `http://localhost:${port}`, source: 'none',
    warning: 'office.publicUrl is not set and this machine has no LAN address: no phone can open the ticket\'s QR. Set office.publicUrl.',
  };
}
