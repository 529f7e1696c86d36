/**
 * The dossier code (mã hồ sơ) on a receipt's barcode/QR. Pure and browser-safe.
 * Default: Thông tư 01/2018/TT-VPCP art. 19, `<agency code>-YYMMDD-XXXX`, e.g. 000.00.23.H23-240315-0001.
 * Real systems deviate (longer sequences, other agency forms): the pattern is configurable.
 */

/**
 * The default pattern's source. Named groups: `date` (YYMMDD, checked to be a real date when present
 * in any pattern), `agency`, `seq`. Agency: 2+ dot-separated segments of letters/digits.
 */
export const DEFAULT_DOSSIER_PATTERN = String.raw`(?<agency>[A-Za-z0-9]{1,12}(?:\.[A-Za-z0-9]{1,12}){1,7})-(?<date>\d{6})-(?<seq>\d{4,10})`;

export interface DossierMatcher {
  /** The dossier code found in the line (the whole line, or inside a URL / a QR with more fields), or null. */
  match(line: string): string | null;
}

/** Checks that a pattern source compiles (for the config schema); returns the error message or null. */
export function checkDossierPattern(source: string): string | null {
  try {
    new RegExp(source, 'u');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Builds a matcher for a pattern source (no ^/$ anchors needed: the whole line is tried first, then the
 * pattern is searched for between delimiters, so `https://x/tra-cuu?ma=<code>` and `<code>|secret` work).
 */
export function dossierMatcher(source: string | null | undefined = DEFAULT_DOSSIER_PATTERN): DossierMatcher {
  const src = source ?? DEFAULT_DOSSIER_PATTERN;
  const whole = new RegExp(`^(?:${src})$`, 'u');
  // A code found inside a longer line must not be a piece of a longer token (letters, digits, dots, dashes).
  const inside = new RegExp(`(?<![A-Za-z0-9.\\-])(?:${src})(?![A-Za-z0-9\\-])`, 'gu');
  return {
    match(line) {
      const m = whole.exec(line);
      if (m && dateOk(m)) return m[0];
      for (const found of line.matchAll(inside)) {
        if (dateOk(found)) return found[0];
      }
      // A URL may carry the code percent-encoded (rare, but cheap to try).
      if (line.includes('%')) {
        try {
          const decoded = decodeURIComponent(line);
          if (decoded !== line) return this.match(decoded);
        } catch {
          /* not valid percent-encoding: nothing to find */
        }
      }
      return null;
    },
  };
}

function dateOk(m: RegExpMatchArray | RegExpExecArray): boolean {
  const d = m.groups?.['date'];
  return d === undefined || isRealYymmdd(d);
}

/** True when YYMMDD is a real date (20YY). */
export function isRealYymmdd(s: string): boolean {
  const mm = /^(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!mm) return false;
  const [y, m, d] = [2000 + Number(mm[1]), Number(mm[2]), Number(mm[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}
