import { FONT_FAMILY } from './theme';

/**
 * Text width in px, measured. In a browser (the app, presentation mode and the export, which renders in the
 * renderer) this is canvas `measureText` with the charts' own font stack, so labels are placed by the real
 * glyph widths. Outside a browser (unit tests under Node) it falls back to Arial's advance widths (AFM, in
 * 1/1000 em), the metric of the stack's last fallback, which runs wider than system-ui for the same text.
 */
export function textWidthPx(text: string, fontPx: number, weight = 400): number {
  const context = canvasContext();
  if (context) {
    // Set only when it changes: parsing the font string was much of a measurement (a slider step measures dozens).
    const font = `${weight} ${fontPx}px ${FONT_FAMILY}`;
    if (font !== contextFont) context.font = contextFont = font;
    return context.measureText(text).width;
  }
  let em = 0;
  for (const ch of text) em += ARIAL_WIDTHS[ch] ?? (ch >= 'A' && ch <= 'Z' ? 700 : 560);
  return (em / 1000) * fontPx * (weight >= 600 ? 1.06 : 1);
}

let cached: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** The font last set on `cached` (only textWidthPx sets it). */
let contextFont = '';
function canvasContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (cached !== undefined) return cached;
  if (typeof OffscreenCanvas !== 'undefined') cached = new OffscreenCanvas(1, 1).getContext('2d');
  else if (typeof document !== 'undefined') cached = document.createElement('canvas').getContext('2d');
  else cached = null;
  return cached;
}

/** Arial advance widths (1/1000 em) of the characters chart text uses most. */
const ARIAL_WIDTHS: Record<string, number> = {
  ' ': 278,
  '.': 278,
  ',': 278,
  ':': 278,
  ';': 278,
  '(': 333,
  ')': 333,
  '-': 333,
  '–': 556,
  '/': 278,
  '%': 889,
  µ: 576,
  '×': 584,
  '·': 278,
  '0': 556,
  '1': 556,
  '2': 556,
  '3': 556,
  '4': 556,
  '5': 556,
  '6': 556,
  '7': 556,
  '8': 556,
  '9': 556,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
  I: 278,
  J: 500,
  M: 833,
  W: 944,
  K: 667,
  L: 556,
  T: 611,
};
