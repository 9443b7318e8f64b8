/**
 * Prediction scoring (sim/predict) against an analytic curve: the one-compartment oral-dose (Bateman) curve,
 * C(t) = A·(e^(−ke·t) − e^(−ka·t)), whose peak time ln(ka/ke)/(ka − ke) is known in closed form. Sketches are
 * sampled from it at their own times (not the truth's grid), scaled, shifted or flat.
 */
import { describe, expect, it } from 'vitest';
import {
  durationWords,
  scoreGuesses,
  scoreSketch,
  sketchAsFunction,
  type PredictPoint,
  type TruthCurve,
} from '../../sim/predict';

// MK-7-like: absorption 0.35 /h, half-life 68 h; amplitude so the peak is near 2 ng/mL.
const KA = 0.35;
const KE = Math.LN2 / 68;
const A = 2.2;
const bateman = (tH: number): number => (tH <= 0 ? 0 : A * (Math.exp(-KE * tH) - Math.exp(-KA * tH)));
const TMAX_H = Math.log(KA / KE) / (KA - KE);
const CMAX = bateman(TMAX_H);

const HORIZON_H = 96;
/** The truth on a 6-minute grid, as the app's output grid would be. */
function truthCurve(f: (t: number) => number = bateman, stepH = 0.1): TruthCurve {
  const n = Math.round(HORIZON_H / stepH) + 1;
  const timeH = Float64Array.from({ length: n }, (_, i) => i * stepH);
  return { timeH, level: timeH.map(f) };
}
/** A hand-drawn sketch: points every 0.7 h (off the truth's grid). */
function sketch(f: (t: number) => number, fromH = 0, toH = HORIZON_H): PredictPoint[] {
  const out: PredictPoint[] = [];
  for (let t = fromH; t <= toH + 1e-9; t += 0.7) out.push({ timeH: t, level: f(t) });
  return out;
}
const span = { fromH: 0, toH: HORIZON_H };
const truth = truthCurve();

function scored(points: PredictPoint[], s = span) {
  const r = scoreSketch(points, truth, s);
  if (!r.ok) throw new Error(r.error);
  return r.score;
}

describe('sketch scoring against the analytic one-dose curve', () => {
  it('finds the real peak where the closed form puts it', () => {
    const s = scored(sketch(bateman));
    expect(Math.abs(s.truePeak.timeH - TMAX_H)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(s.truePeak.level).toBeCloseTo(CMAX, 5);
  });

  it('an exact sketch scores best and is told so', () => {
    const s = scored(sketch(bateman));
    expect(s.score).toBeGreaterThanOrEqual(99);
    expect(s.correlation).toBeGreaterThan(0.999);
    expect(s.peakRatio).toBeCloseTo(1, 2);
    expect(s.words).toBe('Your peak was about right, at the right time; the shape was close.');
  });

  it('a flat line scores badly, whatever its height', () => {
    const exact = scored(sketch(bateman)).score;
    const mean = Array.from(truth.level).reduce((a, b) => a + b, 0) / truth.level.length;
    for (const level of [mean, CMAX, 0.1]) {
      const s = scored(sketch(() => level));
      expect(s.score).toBe(0);
      expect(s.score).toBeLessThan(exact);
      expect(s.words).toMatch(/a flat line has no rise and fall/);
    }
  });

  it('a scaled curve (×0.5, ×2) scores between the flat line and the exact sketch, named low or high', () => {
    const exact = scored(sketch(bateman)).score;
    const half = scored(sketch((t) => 0.5 * bateman(t)));
    const double = scored(sketch((t) => 2 * bateman(t)));
    for (const s of [half, double]) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(exact);
    }
    expect(half.peakRatio).toBeCloseTo(0.5, 2);
    expect(half.words).toBe('Your peak was 50% low and at the right time; the shape was close.');
    expect(double.peakRatio).toBeCloseTo(2, 2);
    expect(double.words).toBe(
      'Your peak was 2 times as high as the real one and at the right time; the shape was close.',
    );
    // ±20%: the words in both directions.
    expect(scored(sketch((t) => 0.8 * bateman(t))).words).toMatch(
      /^Your peak was 20% low and at the right time/,
    );
    expect(scored(sketch((t) => 1.2 * bateman(t))).words).toMatch(
      /^Your peak was 20% high and at the right time/,
    );
    expect(scored(sketch((t) => 1.05 * bateman(t))).words).toMatch(/^Your peak was about right/);
  });

  it('a time-shifted curve scores in between and is called early or late by the right hours', () => {
    const exact = scored(sketch(bateman)).score;
    const late = scored(sketch((t) => bateman(t - 12)));
    // Beyond the 5% of the span (4.8 h) that counts as on time.
    const early = scored(sketch((t) => bateman(t + 8)));
    for (const s of [late, early]) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(exact);
    }
    // The sketch's peaks are at TMAX_H + 12 and TMAX_H − 8, to within the 0.7 h sketch spacing.
    expect(late.peakTimeDifferenceH).toBeGreaterThan(12 - 0.8);
    expect(late.peakTimeDifferenceH).toBeLessThan(12 + 0.8);
    expect(late.words).toMatch(/^Your peak was about the right height but 1[12] h late/);
    expect(early.peakTimeDifferenceH).toBeGreaterThan(-8 - 0.8);
    expect(early.peakTimeDifferenceH).toBeLessThan(-8 + 0.8);
    expect(early.words).toMatch(/^Your peak was about the right height but [789] h early/);
    // Within the tolerance it is on time.
    expect(scored(sketch((t) => bateman(t + 3))).words).toMatch(
      /^Your peak was about right, at the right time/,
    );
  });

  it('a sketch 20% low and 6 h early says both', () => {
    const s = scored(sketch((t) => 0.8 * bateman(t + 6)));
    expect(s.words).toMatch(
      /^Your peak was 20% low and [567] h early; the shape was (close|roughly right)\.$/,
    );
  });

  it('a sketch drawn right to left is the same sketch', () => {
    const forward = scored(sketch((t) => 0.7 * bateman(t)));
    const backward = scored(sketch((t) => 0.7 * bateman(t)).reverse());
    expect(backward).toEqual(forward);
  });

  it('scores only the hidden future part of the curve', () => {
    const future = { fromH: 24, toH: HORIZON_H };
    const s = scored(sketch(bateman, 24, HORIZON_H), future);
    expect(s.score).toBeGreaterThanOrEqual(99);
    // The peak within the hidden part is its start (the curve falls after TMAX_H < 24 h).
    expect(s.truePeak.timeH).toBeCloseTo(24, 5);
    // A sketch falling twice as fast from the right start has the right peak but the wrong size later.
    const fast = scored(
      sketch((t) => bateman(24) * Math.exp(-2 * KE * (t - 24)), 24, HORIZON_H),
      future,
    );
    expect(fast.peakRatio).toBeCloseTo(1, 2);
    expect(fast.score).toBeLessThan(s.score);
  });

  it('says how much of the hidden time a short sketch covers, and refuses one too short', () => {
    const part = scored(sketch(bateman, 0, 48));
    expect(part.coverage).toBeCloseTo(48.3 / 96, 1);
    expect(part.words).toMatch(/\(the sketch covers 50% of the hidden time\)\.$/);
    const tiny = scoreSketch(sketch(bateman, 0, 10), truth, span);
    expect(tiny).toEqual({
      ok: false,
      error: 'The sketch covers 10% of the hidden time; draw across at least 20% of it.',
    });
    expect(scoreSketch([{ timeH: 3, level: 1 }], truth, span).ok).toBe(false);
  });

  it('reads a wavering hand as a function of time (points at one time averaged, non-finite dropped)', () => {
    expect(
      sketchAsFunction([
        { timeH: 2, level: 1 },
        { timeH: 1, level: 4 },
        { timeH: 2, level: 3 },
        { timeH: Number.NaN, level: 9 },
      ]),
    ).toEqual([
      { timeH: 1, level: 4 },
      { timeH: 2, level: 2 },
    ]);
  });
});

describe('typed guesses', () => {
  const truthNumbers = { peakTimeH: 5, peakLevel: 2.2, daysToPlateau: 9.4 };
  const fmt = (v: number) => String(Number(v.toPrecision(2)));

  it('peak time: early, late and right', () => {
    const [late] = scoreGuesses({ peakTimeH: 12 }, truthNumbers, 'ng/mL', fmt);
    expect(late!.words).toBe('Peak time: you said 12 h; it was 5 h, 7 h late.');
    const [early] = scoreGuesses({ peakTimeH: 2 }, truthNumbers, 'ng/mL', fmt);
    expect(early!.words).toBe('Peak time: you said 2 h; it was 5 h, 3 h early.');
    const [right] = scoreGuesses({ peakTimeH: 5.5 }, truthNumbers, 'ng/mL', fmt);
    expect(right!.words).toBe('Peak time: you said 6 h; it was 5 h, right.');
  });

  it('peak level: too high and too low', () => {
    const [high] = scoreGuesses({ peakLevel: 2.75 }, truthNumbers, 'ng/mL', fmt);
    expect(high!.words).toBe('Peak level: you said 2.8 ng/mL; it was 2.2 ng/mL, 25% high.');
    const [low] = scoreGuesses({ peakLevel: 1.1 }, truthNumbers, 'ng/mL', fmt);
    expect(low!.words).toBe('Peak level: you said 1.1 ng/mL; it was 2.2 ng/mL, 50% low.');
    const [far] = scoreGuesses({ peakLevel: 22 }, truthNumbers, 'ng/mL', fmt);
    expect(far!.words).toBe('Peak level: you said 22 ng/mL; it was 2.2 ng/mL, 10 times as high.');
  });

  it('days to plateau: too soon, too late, and a scene without a plateau', () => {
    // Truth from the closed form: 90% of the plateau after ln(10)/ke for regular doses.
    const plateau = Math.log(10) / KE / 24;
    const t = { ...truthNumbers, daysToPlateau: plateau };
    expect(plateau).toBeCloseTo(9.41, 2);
    expect(scoreGuesses({ daysToPlateau: 3 }, t, 'ng/mL', fmt)[0]!.words).toBe(
      'Days to plateau (90%): you said 3 days; it was 9.4 days, 6.4 days too soon.',
    );
    expect(scoreGuesses({ daysToPlateau: 30 }, t, 'ng/mL', fmt)[0]!.words).toBe(
      'Days to plateau (90%): you said 30 days; it was 9.4 days, 20.6 days too late.',
    );
    expect(scoreGuesses({ daysToPlateau: 9 }, t, 'ng/mL', fmt)[0]!.words).toMatch(/, right\.$/);
    expect(scoreGuesses({ daysToPlateau: 9 }, { ...t, daysToPlateau: null }, 'ng/mL', fmt)[0]!.words).toBe(
      'Days to plateau: this scene has no plateau (no repeated doses).',
    );
  });

  it('leaves out what was not guessed; hours become days from two days on', () => {
    expect(scoreGuesses({}, truthNumbers, 'ng/mL', fmt)).toEqual([]);
    expect(durationWords(47)).toBe('47 h');
    expect(durationWords(-60)).toBe('2.5 days');
    expect(durationWords(24 * 3)).toBe('3 days');
  });
});
