/**
 * The words of a call, ready for the synthesizer. Pure (the browser may import it).
 * Every number is written out in Vietnamese words here, because espeak-ng's own
 * reading of digits and ticket codes ("A015") is not the office's reading.
 */
import type { Dialect, TicketReading } from './number-words';
import { numbersToWords, readNumber, readTicketNumber } from './number-words';

/** The default call template (config `voice.template`). */
export const DEFAULT_CALL_TEMPLATE = 'Mời công dân có số thứ tự {so} đến quầy số {quay}';

/** The placeholders a call template may use: ticket number, counter number, counter name. */
export const CALL_PLACEHOLDERS = ['so', 'quay', 'ten_quay'] as const;

export interface CallValues {
  /** The ticket code as printed, e.g. "A015". */
  number: string;
  counterNumber: number;
  counterName?: string;
}

export type CallPhraseOptions = TicketReading;

/** Lists the placeholders in a template that callPhrase does not know (for config validation). */
export function unknownPlaceholders(tpl: string): string[] {
  const known: readonly string[] = CALL_PLACEHOLDERS;
  return [...tpl.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((name) => !known.includes(name));
}

/** Builds the spoken call, e.g. "Mời công dân có số thứ tự a mười lăm đến quầy số ba". */
export function callPhrase(tpl: string, v: CallValues, opts: CallPhraseOptions): string {
  const dialect: Dialect = opts.dialect;
  const values: Record<string, string> = {
    so: readTicketNumber(v.number, opts),
    quay: readNumber(v.counterNumber, dialect),
    // A counter's name may hold digits ("Quầy 2 - Hộ tịch"): word them too.
    ten_quay: v.counterName ? numbersToWords(v.counterName, dialect) : '',
  };
  // Digits written in the template itself are worded first, before the (already worded) values go in.
  const parts = tpl.split(/(\{[^{}]*\})/);
  const text = parts
    .map((part) => {
      const m = /^\{([^{}]*)\}$/.exec(part);
      return m ? (values[m[1] ?? ''] ?? '') : numbersToWords(part, dialect);
    })
    .join('');
  return tidy(text);
}

/** Collapses the spaces and stray punctuation an empty placeholder leaves behind. */
function tidy(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s[-–](?=\s*(?:[,.;:!?]|$))/g, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?=[,.;:!?]|$)/g, '')
    .trim();
}
