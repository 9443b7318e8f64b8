/**
 * A name as a file name safe on every file system: lower-case words joined by "-", at most 80 characters.
 * Latin letters lose their accents (as they always have: "Tägliches" is "tagliches"); letters of other scripts
 * stay, so a Japanese title names its file in Japanese rather than collapsing to the few ASCII letters in it
 * (a Japanese lesson was saved as "k.pptx"). Every character that a file system reserves (/ \ : * ? " < > |),
 * spaces, punctuation and control characters become "-".
 * @example fileSlug('Daily 90 µg with a meal') // => 'daily-90-ug-with-a-meal'
 * @example fileSlug('Tägliches MK-7: 90 µg') // => 'tagliches-mk-7-90-ug'
 * @example fileSlug('毎日のMK-7はプラトーまで蓄積する') // => '毎日のmk-7はプラトーまで蓄積する'
 */
export function fileSlug(name: string): string {
  const slug = name
    // Micro sign and Greek mu (NFKD turns one into the other) both read "u", as in "ug".
    .replace(/[\u00b5\u03bc]/g, 'u')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Back to composed form: kana keep their voicing marks (NFKD splits "プ" into "フ" and a combining mark).
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // At most 80 characters, cut at a word boundary, so "…-mk-4" never ends as "…-mk-" or "…-mk". A name
  // without hyphens (Japanese has no spaces) is cut at 80 characters.
  const chars = [...slug];
  if (chars.length <= 80) return slug || 'k2-scenario';
  const head = chars.slice(0, 81).join('');
  const atWord = head.replace(/-[^-]*$/, '');
  return (atWord !== head && atWord) || chars.slice(0, 80).join('');
}
