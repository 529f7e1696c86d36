/**
 * A wait in the words every screen and the paper ticket use: "khoảng 25 phút", "khoảng 1 giờ 20 phút", and
 * when the estimate runs past the office's last session today, that the citizen may not be called today
 * (tickets do not carry over to tomorrow, so "khoảng 1.080 phút" would be a wrong promise).
 */

export type WaitLang = 'vi' | 'en';

/** What a screen knows about a wait: wall-clock minutes, and whether it ends before today's closing. */
export interface WaitEstimate { estimatedWaitMinutes: number; mayNotBeCalledToday: boolean }

const WORDS = {
  vi: { about: 'khoảng', hours: 'giờ', minutes: 'phút', notToday: 'có thể không đến lượt trong hôm nay', label: 'Thời gian chờ dự kiến', busy: 'Số người chờ đông: quý vị có thể không đến lượt trong hôm nay' },
  en: { about: 'about', hours: 'h', minutes: 'min', notToday: 'may not be reached today', label: 'Estimated wait', busy: 'Many are waiting: you may not be called today' },
} as const;

/** Minutes as a duration, rounded as a person would say it: to the minute under an hour, to 5 minutes above. */
export function durationWords(minutes: number, lang: WaitLang = 'vi'): string {
  const w = WORDS[lang];
  const m = Math.max(1, Math.round(minutes));
  if (m < 60) return `${m} ${w.minutes}`;
  const r = Math.round(m / 5) * 5;
  const h = Math.floor(r / 60), rest = r % 60;
  return `${h} ${w.hours}${rest ? ` ${rest} ${w.minutes}` : ''}`;
}

/** "khoảng 1 giờ 20 phút", or "có thể không đến lượt trong hôm nay". */
export function waitWords(e: WaitEstimate, lang: WaitLang = 'vi'): string {
  const w = WORDS[lang];
  return e.mayNotBeCalledToday ? w.notToday : `${w.about} ${durationWords(e.estimatedWaitMinutes, lang)}`;
}

/** The short form of a table or the wall's narrow column: "~2 giờ 10 phút", "—" with no one ahead, `late` past closing. */
export function waitCell(e: WaitEstimate, lateWords: string): { text: string; late: boolean } {
  if (e.mayNotBeCalledToday) return { text: lateWords, late: true };
  return { text: e.estimatedWaitMinutes > 0 ? `~${durationWords(e.estimatedWaitMinutes)}` : '—', late: false };
}

/** The printed ticket's line: "Thời gian chờ dự kiến: khoảng 25 phút", or the plain warning past closing. */
export function waitSentence(e: WaitEstimate, lang: WaitLang = 'vi'): string {
  const w = WORDS[lang];
  return e.mayNotBeCalledToday ? w.busy : `${w.label}: ${waitWords(e, lang)}`;
}
