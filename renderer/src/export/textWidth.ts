/**
 * Approximate text width for laying out exported figures without a DOM (the same layout must come out of
 * the SVG and the PNG, in the app and in node tests). Widths are typical of sans-serif fonts, in em.
 */
const NARROW = new Set([..."iIjl.,:;'|!()[]{} ft1"]);
const WIDE = new Set([...'mwMW@%—']);

export function textWidthPx(text: string, fontSizePx: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.57;
  }
  return em * fontSizePx;
}

/** Greedy word wrap to lines no wider than `maxWidthPx`; the last allowed line ends with "…" if cut. */
export function wrapText(
  text: string,
  fontSizePx: number,
  maxWidthPx: number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthPx(candidate, fontSizePx) > maxWidthPx) {
      if (lines.length === maxLines - 1) {
        lines.push(ellipsize(`${line} ${words.slice(i).join(' ')}`, fontSizePx, maxWidthPx));
        return lines;
      }
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function ellipsize(text: string, fontSizePx: number, maxWidthPx: number): string {
  if (textWidthPx(text, fontSizePx) <= maxWidthPx) return text;
  let cut = text;
  while (cut.length > 1 && textWidthPx(`${cut}…`, fontSizePx) > maxWidthPx) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
