/**
 * The projector colour profile against colour science computed here, not in the app: WCAG 2 relative luminance
 * and contrast, a projector's wash-out as white light added to every colour (linear light), CIELAB distance, and
 * red-green colour blindness by the Machado, Oliveira and Fernandes (2009) matrices at full severity.
 */
import { describe, expect, it } from 'vitest';
import { COMPOUND_COLORS, PROJECTOR_PROFILE_COLORS } from '../../renderer/src/theme/palette';
import { profileColorCss } from '../../renderer/src/theme/profile';

type Rgb = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function linear(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => toLinear(v / 255)) as Rgb;
}

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrastOnWhite = (c: Rgb) => 1.05 / (luminance(c) + 0.05);

/** A lit classroom on a projector screen: `share` of white light added to every colour (black turns 5:1). */
const washed = (c: Rgb, share = 0.15): Rgb => c.map((v) => v * (1 - share) + share) as Rgb;

const MACHADO: Record<'protanopia' | 'deuteranopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};
const seenWith = (m: number[][], c: Rgb): Rgb =>
  m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as Rgb;

/** CIELAB (D65) of a linear sRGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

/** Grid lines stay light on purpose: they are not read, only followed. */
const GRIDS = ['#e3e6ec', '#c8c8c8'];
const solid = Object.entries(PROJECTOR_PROFILE_COLORS).filter(
  ([from]) => from.startsWith('#') && !GRIDS.includes(from.toLowerCase()),
);
const compounds = Object.values(COMPOUND_COLORS).map((c) => PROJECTOR_PROFILE_COLORS[c]!);

describe('projector colour profile', () => {
  it('gives every colour it draws text or lines in at least 4.5:1 on white, and each is darker than the standard one', () => {
    for (const [from, to] of solid) {
      expect(contrastOnWhite(linear(to)), `${from} -> ${to}`).toBeGreaterThanOrEqual(4.5);
      expect(luminance(linear(to)), `${from} -> ${to}`).toBeLessThanOrEqual(luminance(linear(from)));
    }
  });

  it("keeps every curve colour at 3:1 (WCAG's least for lines) on a washed-out screen, where the standard light colours fall below it", () => {
    for (const [, to] of solid)
      expect(contrastOnWhite(washed(linear(to))), `${to} washed out`).toBeGreaterThanOrEqual(3);
    // Without the profile: Okabe-Ito's orange, yellow and sky blue wash out under 3:1.
    for (const light of ['#E69F00', '#F0E442', '#56B4E9'])
      expect(contrastOnWhite(washed(linear(light))), light).toBeLessThan(3);
  });

  it('keeps the three compounds apart washed out, for protanopia and deuteranopia too, at least as well as the standard colours', () => {
    const views: [string, (c: Rgb) => Rgb][] = [
      ['washed out', (c) => washed(c)],
      ['protanopia, washed out', (c) => seenWith(MACHADO.protanopia, washed(c))],
      ['deuteranopia, washed out', (c) => seenWith(MACHADO.deuteranopia, washed(c))],
    ];
    const worst = (colors: readonly string[]) => {
      let least = Infinity;
      for (const [, view] of views)
        for (let i = 0; i < colors.length; i++)
          for (let j = i + 1; j < colors.length; j++)
            least = Math.min(least, deltaE(view(linear(colors[i]!)), view(linear(colors[j]!))));
      return least;
    };
    const standard = worst(Object.values(COMPOUND_COLORS));
    const projector = worst(compounds);
    console.log(
      `[profile] least CIELAB distance between compounds: standard ${standard.toFixed(1)}, projector ${projector.toFixed(1)}`,
    );
    // Red against green for a protanope is the closest pair in both; darker colours must not make it closer.
    expect(projector).toBeGreaterThanOrEqual(standard);
    expect(projector).toBeGreaterThan(14);
    // fromLinear round-trips (the conversions above are the sRGB standard's).
    expect(Math.round(fromLinear(toLinear(0.5)) * 1000)).toBe(500);
  });

  it('writes one stroke and one fill rule per colour, under the projector profile and outside forced colours', () => {
    const css = profileColorCss();
    expect(css.startsWith('@media (forced-colors: none)')).toBe(true);
    for (const [from, to] of Object.entries(PROJECTOR_PROFILE_COLORS)) {
      expect(css).toContain(`:root[data-profile='projector'] [stroke="${from}" i] { stroke: ${to}; }`);
      expect(css).toContain(`:root[data-profile='projector'] [fill="${from}" i] { fill: ${to}; }`);
    }
  });
});
