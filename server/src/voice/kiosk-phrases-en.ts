/**
 * The kiosk's read-aloud in its English mode, for an English voice (espeak-ng 'en-us'). Pure.
 * The catalog's documents, time limits and fees are written in Vietnamese only, so the English
 * reading says what it can in English (the procedure's English name, a number of working days,
 * an amount in dong) and points to the screen and the printed list for the rest, rather than
 * reading Vietnamese words with an English voice.
 */
import type { TicketReading } from './number-words';

type NumberMode = TicketReading['mode'];

/** What the English reading needs of a procedure (a catalog Procedure fits). */
export interface SpokenProcedureEn {
  name: string;
  nameEn?: string;
  timeLimit: { workingDays?: number };
  fee: { amountVnd?: number };
  documents: ReadonlyArray<unknown>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "50000" -> "50,000": espeak-ng's English reads a grouped amount as one number. */
const grouped = (n: number) => n.toLocaleString('en-US');

/**
 * A ticket number for an English voice: the letter, then the number as the office reads it
 * ("A 15"), or digit by digit in digits mode ("A, 0, 1, 5") — the same choice as the hall's call.
 */
export function readTicketNumberEn(code: string, mode: NumberMode): string {
  const runs = code.normalize('NFC').match(/\p{L}|\d+/gu) ?? [];
  const words = runs.map((run) => {
    if (!/^\d/.test(run)) return run.toUpperCase();
    return mode === 'digits' || run.length > 9 ? run.split('').join(', ') : String(Number(run));
  });
  return words.join(mode === 'digits' ? ', ' : ' ');
}

/** The home screen: what each choice does (`issuing` false says that no numbers are given now). */
export function homePhraseEn(opts: { issuing?: boolean; nextOpeningTextEn?: string | null }): string {
  const parts = [
    'Welcome.',
    'Touch Take a number to choose a service and get a numbered ticket.',
    'Touch Look up a procedure to see the documents to bring, the time it takes and the fee.',
    'Touch Check a dossier, then hold the barcode on your receipt to the scanner, to see how far your dossier has got.',
  ];
  if (opts.issuing === false) {
    parts.push(opts.nextOpeningTextEn ? `No tickets are given right now. Please come back at ${opts.nextOpeningTextEn}.` : 'No tickets are given right now.');
  }
  return parts.join(' ');
}

/** A procedure page: its English name, time limit and fee where the catalog has them in figures, and how many documents. */
export function procedurePhraseEn(p: SpokenProcedureEn): string {
  const parts = [p.nameEn ? `Procedure: ${p.nameEn}.` : 'This procedure has no English name yet; its Vietnamese name is on the screen.'];
  const days = p.timeLimit.workingDays;
  parts.push(days !== undefined && days > 0 ? `Time limit: ${plural(days, 'working day', 'working days')}.` : 'Time limit: see the screen.');
  const fee = p.fee.amountVnd;
  parts.push(fee === 0 ? 'There is no fee.' : fee !== undefined ? `Fee: ${grouped(fee)} dong.` : 'Fee: see the screen.');
  const n = p.documents.length;
  parts.push(n === 0
    ? 'You do not need to bring any documents.'
    : `You need to bring ${plural(n, 'kind of document', 'kinds of documents')}. They are listed on the screen, in Vietnamese; touch Print the documents list to take the list with you, or ask the staff.`);
  return parts.join(' ');
}

/** A taken ticket: its number (read as the hall reads it), then how many are ahead, and a warning when the queue runs past closing. */
export function ticketPhraseEn(t: { number: string; ahead: number; mayNotBeCalledToday?: boolean }, mode: NumberMode): string {
  const ahead = Math.max(0, Math.floor(t.ahead));
  const wait = ahead === 0 ? 'Nobody is waiting before you.' : `${plural(ahead, 'person is', 'people are')} waiting before you.`;
  const late = t.mayNotBeCalledToday ? ' Many people are waiting today: you may not be called before the office closes.' : '';
  return `Your number is ${readTicketNumberEn(t.number, mode)}. ${wait}${late} Please take a seat. When your number is called, go to the counter shown on the screen.`;
}
