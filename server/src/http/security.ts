/** Security headers for every answer (helmet): a strict content security policy, no framing, nosniff, no referrer. */
import { createHash } from 'node:crypto';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * No 'unsafe-inline' anywhere: the screens are built files, the server pages link their CSS. 'self' covers the
 * socket.io WebSocket; data:/blob: cover the fonts, QR images and voice clips the screens make in the browser.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  mediaSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The helmet middleware as the office server uses it (no HSTS and no upgrade-insecure-requests: the office LAN may be plain http). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
}

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The policy as a header value, with extra style sources. */
function policy(extraStyles: string[]): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([k, v]) => `${kebab(k)} ${(k === 'styleSrc' ? [...v, ...extraStyles] : v).join(' ')}`).join(';');
}

/**
 * The report pages (features/reports) carry their stylesheet in a <style> block. Rather than 'unsafe-inline', the
 * policy of such an answer names each block by its sha256: only that exact CSS applies, and no style attribute.
 */
export function inlineStyleHashes(): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && body.includes('<style') && /html/.test(String(res.get('content-type') ?? ''))) {
        const hashes = [...body.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
          .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
        if (hashes.length) res.set('content-security-policy', policy(hashes));
      }
      return send(body);
    };
    next();
  };
}
