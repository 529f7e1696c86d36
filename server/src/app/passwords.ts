/** scrypt password hashes; checking one runs on libuv's thread pool, never on the server's one thread. */
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const MAXMEM = 64 * 1024 * 1024;

/** scrypt hash in the form scrypt$N$r$p$salt$hash (the CLI and the admin's account form make them). */
export function hashPassword(password: string, N = 16384, r = 8, p = 1): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N, r, p, maxmem: MAXMEM });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

const scryptAsync = (password: string, salt: Buffer, len: number, opts: ScryptOptions) => new Promise<Buffer>((ok, fail) => {
  scrypt(password, salt, len, opts, (err, key) => (err ? fail(err) : ok(key)));
});

function parse(stored: string) {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return { N: Number(N), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

/** Checks a password against a stored scrypt hash in constant time, synchronously (start-up checks only). */
export function verifyPassword(password: string, stored: string): boolean {
  const h = parse(stored);
  if (!h) return false;
  return timingSafeEqual(h.hash, scryptSync(password, h.salt, h.hash.length, { N: h.N, r: h.r, p: h.p, maxmem: MAXMEM }));
}

// At most this many hashes run at once (the pool has 4 threads; static files and zlib need some too); the rest wait in line.
const PARALLEL = 2;
let running = 0;
const waiting: Array<() => void> = [];

/** Checks a password off the main thread; at most two at a time, so a flood of sign-ins cannot fill the thread pool. */
export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const h = parse(stored);
  if (!h) return false;
  if (running >= PARALLEL) await new Promise<void>((ok) => waiting.push(ok));
  running++;
  try {
    const got = await scryptAsync(password, h.salt, h.hash.length, { N: h.N, r: h.r, p: h.p, maxmem: MAXMEM });
    return timingSafeEqual(h.hash, got);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A hash of a random password with the default cost: unknown usernames are checked against it, so they cost the same. */
export const DUMMY_HASH = hashPassword(randomBytes(12).toString('base64url'));
