/**
 * A name as a file name safe on every file system: lower-case ASCII words joined by "-", at most 80 characters.
 * @example fileSlug('Daily 90 µg with a meal') // => 'daily-90-ug-with-a-meal'
 */
export function fileSlug(name: string): string {
  const slug = name
    // Micro sign and Greek mu (NFKD turns one into the other) both read "u", as in "ug".
    .replace(/[\u00b5\u03bc]/g, 'u')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 80 characters, cut at a word boundary, so "…-mk-4" never ends as "…-mk-" or "…-mk".
  const cut = slug.length <= 80 ? slug : slug.slice(0, 81).replace(/-[^-]*$/, '');
  return cut || slug.slice(0, 80) || 'k2-scenario';
}
