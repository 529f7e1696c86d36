/** Security headers for every answer (helmet): a strict content security policy, no framing, nosniff, no referrer. */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * No 'unsafe-inline' anywhere: the screens are built files, the server pages (reports, procedure, set-up) link their CSS. 'self' covers the
 * socket.io WebSocket; data:/blob: cover the fonts, QR images and voice clips the screens make in the browser.
 */
const CSP_DIRECTIVES = {
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
