/**
 * Folding Vietnamese text for search: what a citizen types on a kiosk without diacritics
 * ("dang ky ket hon") must meet the catalog's "Đăng ký kết hôn". Browser-safe: no imports.
 */

// Combining marks left by NFD: the five tones plus the breve, circumflex and horn of ă, â, ê, ô, ơ, ư.
const MARKS = /[\u0300-\u036f]/g;
// Anything that is not a letter or digit separates words (punctuation, quotes, dashes, slashes...).
const SEPARATORS = /[^a-z0-9]+/g;

/** Lower-cases, strips diacritics (đ -> d) and turns punctuation and runs of spaces into single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The folded words of a text. */
export function foldWords(text: string): string[] {
  const f = fold(text);
  return f ? f.split(' ') : [];
}
