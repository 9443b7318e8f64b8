/**
 * Scoring a class's prediction against the curve the model draws (issue 17, "predict, then reveal").
 *
 * A sketch is a list of points in the chart's own units (hours, and the level in the scene's unit), drawn
 * over the part of the time axis the scene hid. It is compared with the real curve at the real curve's own
 * output times inside that span (the sketch is interpolated there, never the truth):
 * - shape: Pearson correlation between sketch and curve (1 = the same rise and fall, whatever the scale);
 * - size: normalised RMS error, RMS(sketch − curve) / the curve's peak in the span;
 * - peak: the sketch's highest level over the curve's (a ratio), and when each was reached (hours apart).
 * The 0-100 score multiplies the two, so an exact sketch scores 100, a flat line 0 (no shape at all) and a
 * right shape at the wrong height or time lands in between.
 */

/** One point of a sketch or of a curve: time since the start (h) and level in the chart's unit. */
export interface PredictPoint {
  timeH: number;
  level: number;
}

/** The real curve: its output times (h, increasing) and levels in the chart's unit. */
export interface TruthCurve {
  timeH: ArrayLike<number>;
  level: ArrayLike<number>;
}

/** The time the scene hid (h): the whole run, or its future part after `fromH`. */
export interface HiddenSpan {
  fromH: number;
  toH: number;
}

export interface SketchScore {
  /** 0-100: (1 − normalised RMS error, at least 0) × (correlation, at least 0), rounded. */
  score: number;
  /** Pearson correlation of sketch and curve over the compared times; 0 when either is flat. */
  correlation: number;
  /** RMS(sketch − curve) / the curve's peak in the compared span. */
  normalisedRmsError: number;
  /** Share of the hidden span the sketch covers (0-1). */
  coverage: number;
  /** Sketch's highest level / the curve's highest level, both within the compared span. */
  peakRatio: number;
  /** When the sketch peaked minus when the curve peaked (h): negative is early. */
  peakTimeDifferenceH: number;
  truePeak: PredictPoint;
  sketchPeak: PredictPoint;
  /** One or two sentences for the class, e.g. "Your peak was 20% low and 6 h early; the shape was close." */
  words: string;
}

export type SketchScoreResult = { ok: true; score: SketchScore } | { ok: false; error: string };

/** A sketch shorter than this share of the hidden span is too little to compare. */
export const MIN_COVERAGE = 0.2;
/** Peak levels within ±10% of each other are "about right". */
export const PEAK_LEVEL_TOLERANCE = 0.1;

/**
 * The sketch as a function of time: points sorted by time (a hand that wavers backwards is read as drawn in
 * order of time), points at the same time averaged. Non-finite points are dropped.
 */
export function sketchAsFunction(sketch: readonly PredictPoint[]): PredictPoint[] {
  const finite = sketch.filter((p) => Number.isFinite(p.timeH) && Number.isFinite(p.level));
  const sorted = [...finite].sort((a, b) => a.timeH - b.timeH);
  const out: PredictPoint[] = [];
  let sum = 0;
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!.level;
    n++;
    if (i === sorted.length - 1 || sorted[i + 1]!.timeH !== sorted[i]!.timeH) {
      out.push({ timeH: sorted[i]!.timeH, level: sum / n });
      sum = 0;
      n = 0;
    }
  }
  return out;
}

/** Linear interpolation of a time-sorted function at `timeH` (inside its range). */
function interpolate(points: readonly PredictPoint[], timeH: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.timeH <= timeH) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  if (b.timeH === a.timeH) return a.level;
  const w = Math.min(1, Math.max(0, (timeH - a.timeH) / (b.timeH - a.timeH)));
  return a.level + w * (b.level - a.level);
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A flat line (or a flat curve) has no shape to agree with.
  const scale = Math.max(Math.abs(mx), Math.abs(my), 1e-300);
  if (sxx <= n * (1e-9 * scale) ** 2 || syy <= n * (1e-9 * scale) ** 2) return 0;
  return sxy / Math.sqrt(sxx * syy);
}

/** Scores a sketch against the real curve over the hidden span; refuses a sketch too short to compare. */
export function scoreSketch(
  sketch: readonly PredictPoint[],
  truth: TruthCurve,
  span: HiddenSpan,
): SketchScoreResult {
  if (!(span.toH > span.fromH)) return { ok: false, error: 'Nothing of the curve was hidden to predict.' };
  const drawn = sketchAsFunction(sketch);
  if (drawn.length < 2) return { ok: false, error: 'Draw a line across the chart to make a prediction.' };
  const fromH = Math.max(span.fromH, drawn[0]!.timeH);
  const toH = Math.min(span.toH, drawn[drawn.length - 1]!.timeH);
  const coverage = Math.max(0, toH - fromH) / (span.toH - span.fromH);
  if (coverage < MIN_COVERAGE) {
    return {
      ok: false,
      error: `The sketch covers ${Math.round(coverage * 100)}% of the hidden time; draw across at least ${MIN_COVERAGE * 100}% of it.`,
    };
  }
  const times: number[] = [];
  const real: number[] = [];
  for (let i = 0; i < truth.timeH.length; i++) {
    const t = truth.timeH[i]!;
    if (t >= fromH && t <= toH) {
      times.push(t);
      real.push(truth.level[i]!);
    }
  }
  if (times.length < 3) return { ok: false, error: 'The hidden span is too short to compare a sketch with.' };
  const guessed = times.map((t) => interpolate(drawn, t));

  let iTrue = 0;
  let iSketch = 0;
  let sq = 0;
  for (let i = 0; i < times.length; i++) {
    if (real[i]! > real[iTrue]!) iTrue = i;
    if (guessed[i]! > guessed[iSketch]!) iSketch = i;
    sq += (guessed[i]! - real[i]!) ** 2;
  }
  const truePeak = { timeH: times[iTrue]!, level: real[iTrue]! };
  if (!(truePeak.level > 0)) return { ok: false, error: 'The real curve is at zero over the hidden span.' };
  // The sketch's own highest point (not only at the curve's grid times), within the compared span.
  let sketchPeak = { timeH: times[iSketch]!, level: guessed[iSketch]! };
  for (const p of drawn)
    if (p.timeH >= fromH && p.timeH <= toH && p.level > sketchPeak.level) sketchPeak = { ...p };

  const normalisedRmsError = Math.sqrt(sq / times.length) / truePeak.level;
  const correlation = pearson(guessed, real);
  const score = Math.round(100 * Math.max(0, 1 - normalisedRmsError) * Math.max(0, correlation));
  const partial = {
    score,
    correlation,
    normalisedRmsError,
    coverage,
    peakRatio: sketchPeak.level / truePeak.level,
    peakTimeDifferenceH: sketchPeak.timeH - truePeak.timeH,
    truePeak,
    sketchPeak,
  };
  return { ok: true, score: { ...partial, words: sketchWords(partial, span) } };
}

/**
 * Peak timing counts as "at the right time" within 5% of the hidden span or 1 h, whichever is longer: a hand
 * on a board is not more precise than that.
 */
export function peakTimeToleranceH(span: HiddenSpan): number {
  return Math.max(1, 0.05 * (span.toH - span.fromH));
}

/** "6 h" below two days, else "2.5 days". */
export function durationWords(hours: number): string {
  const h = Math.abs(hours);
  if (h < 47.5) return `${Math.round(h)} h`;
  const days = Math.round((h / 24) * 10) / 10;
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "2.5 days", "1 day". */
function daysWords(days: number): string {
  const rounded = Math.round(Math.abs(days) * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** "20% low", "35% high", "about right", "3.1 times as high". */
function levelWords(ratio: number): string {
  if (Math.abs(ratio - 1) <= PEAK_LEVEL_TOLERANCE) return 'about right';
  const times = Math.round(ratio * 10) / 10;
  if (times >= 2) return `${times} times as high as the real one`;
  return ratio < 1 ? `${Math.round((1 - ratio) * 100)}% low` : `${Math.round((ratio - 1) * 100)}% high`;
}

function timeWords(differenceH: number, toleranceH: number): string {
  if (Math.abs(differenceH) <= toleranceH) return 'at the right time';
  return `${durationWords(differenceH)} ${differenceH < 0 ? 'early' : 'late'}`;
}

/** Correlation bands, from "close" down: the words a teacher would use for the rise and fall. */
function shapeWords(correlation: number): string {
  if (correlation >= 0.95) return 'the shape was close';
  if (correlation >= 0.8) return 'the shape was roughly right';
  if (correlation >= 0.5) return 'the shape was partly right';
  return 'the shape was different from the real curve';
}

function sketchWords(s: Omit<SketchScore, 'words'>, span: HiddenSpan): string {
  const level = levelWords(s.peakRatio);
  const time = timeWords(s.peakTimeDifferenceH, peakTimeToleranceH(span));
  const peak =
    level === 'about right' && time === 'at the right time'
      ? 'Your peak was about right, at the right time'
      : level === 'about right'
        ? `Your peak was about the right height but ${time}`
        : `Your peak was ${level} and ${time}`;
  const flat = s.correlation === 0 ? 'a flat line has no rise and fall' : shapeWords(s.correlation);
  const covered =
    s.coverage < 0.95 ? ` (the sketch covers ${Math.round(s.coverage * 100)}% of the hidden time)` : '';
  return `${peak}; ${flat}${covered}.`;
}

/** Typed guesses; any may be left out. Levels in the chart's unit. */
export interface TypedGuesses {
  peakTimeH?: number;
  peakLevel?: number;
  daysToPlateau?: number;
}

/** What the guesses are checked against, from the simulation; null where the scene has no such number. */
export interface GuessTruth {
  peakTimeH: number;
  peakLevel: number;
  /** Days until 90% of the plateau; null without repeated doses. */
  daysToPlateau: number | null;
}

export interface GuessVerdict {
  guess: 'peakTime' | 'peakLevel' | 'daysToPlateau';
  /** Guess / truth for levels and days, guess − truth (h) for the peak time. */
  error: number;
  words: string;
}

/** Each typed guess against the simulation's number, in words ("Peak time: you said 12 h; it was 5 h, 7 h late."). */
export function scoreGuesses(
  guesses: TypedGuesses,
  truth: GuessTruth,
  units: string,
  formatLevel: (value: number) => string,
): GuessVerdict[] {
  const out: GuessVerdict[] = [];
  if (guesses.peakTimeH !== undefined && Number.isFinite(guesses.peakTimeH)) {
    const diff = guesses.peakTimeH - truth.peakTimeH;
    // One hour is the grid a class guesses on; closer than that is right.
    const verdict = Math.abs(diff) <= 1 ? 'right' : `${durationWords(diff)} ${diff < 0 ? 'early' : 'late'}`;
    out.push({
      guess: 'peakTime',
      error: diff,
      words: `Peak time: you said ${durationWords(guesses.peakTimeH)}; it was ${durationWords(truth.peakTimeH)}, ${verdict}.`,
    });
  }
  if (guesses.peakLevel !== undefined && Number.isFinite(guesses.peakLevel) && truth.peakLevel > 0) {
    const ratio = guesses.peakLevel / truth.peakLevel;
    out.push({
      guess: 'peakLevel',
      error: ratio,
      words: `Peak level: you said ${formatLevel(guesses.peakLevel)} ${units}; it was ${formatLevel(truth.peakLevel)} ${units}, ${levelWords(ratio).replace(' as the real one', '')}.`,
    });
  }
  if (guesses.daysToPlateau !== undefined && Number.isFinite(guesses.daysToPlateau)) {
    if (truth.daysToPlateau === null) {
      out.push({
        guess: 'daysToPlateau',
        error: NaN,
        words: 'Days to plateau: this scene has no plateau (no repeated doses).',
      });
    } else {
      const diffDays = guesses.daysToPlateau - truth.daysToPlateau;
      const verdict =
        Math.abs(diffDays) <= Math.max(0.5, 0.1 * truth.daysToPlateau)
          ? 'right'
          : `${daysWords(diffDays)} too ${diffDays < 0 ? 'soon' : 'late'}`;
      out.push({
        guess: 'daysToPlateau',
        error: guesses.daysToPlateau / truth.daysToPlateau,
        words: `Days to plateau (90%): you said ${daysWords(guesses.daysToPlateau)}; it was ${daysWords(truth.daysToPlateau)}, ${verdict}.`,
      });
    }
  }
  return out;
}
