/** Text a public screen may show: a length limit, no control characters, no direction overrides, no lone surrogates. */
import { z } from 'zod';

// C0/C1 controls (tab and line breaks allowed), bidi marks/embeddings/overrides/isolates, the BOM.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

// With the u flag a paired surrogate is one code point: only a lone one matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a text may not be stored, or null when it may. */
export function unsafeText(s: string, max: number): string | null {
  if (s.length > max) return `dài quá ${max} ký tự / longer than ${max} characters`;
  if (LONE_SURROGATE.test(s)) return 'có ký tự lỗi (surrogate) / contains a lone surrogate';
  if (FORBIDDEN.test(s)) return 'có ký tự điều khiển hoặc đảo chiều / contains a control or direction-override character';
  return null;
}

/** A zod string refused when unsafeText says so. */
export const safeText = (max: number) => z.string().superRefine((s, c) => {
  const why = unsafeText(s, max);
  if (why) c.addIssue({ code: 'custom', message: why });
});
