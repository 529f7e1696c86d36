/** What a citizen is told when a number could not be taken: plain words saying what to do (never an error code). */

type Words = readonly [vi: string, en: string];

const RETRY: Words = ['Chưa lấy được số. Vui lòng thử lại hoặc hỏi cán bộ.', 'No number was taken. Please try again or ask the staff.'];
const NONE_LEFT: Words = ['Hôm nay đã hết số cho lĩnh vực này. Vui lòng hỏi cán bộ hoặc quay lại ngày làm việc sau.', 'No more numbers today for this service. Please ask the staff or come back on the next working day.'];
const PAUSED: Words = ['Lĩnh vực này đang tạm ngừng cấp số. Vui lòng hỏi cán bộ.', 'This service is not giving numbers now. Please ask the staff.'];

/** The citizen's words for each refusal the kiosk can get when taking a number; anything else gets RETRY. */
export const TAKE_ERRORS: Record<string, Words> = {
  DAILY_CAP_REACHED: NONE_LEFT, RANGE_EXHAUSTED: NONE_LEFT, SERVICE_DISABLED: PAUSED, UNKNOWN_SERVICE: PAUSED,
};
/** For a code not listed (offline, no answer, a bad request): try again or ask. */
export const TAKE_ERROR_DEFAULT = RETRY;

/** The words for a refusal's code in a language. */
export function takeErrorText(code: string, lang: 'vi' | 'en'): string {
  const w = TAKE_ERRORS[code] ?? RETRY;
  return w[lang === 'vi' ? 0 : 1];
}
