import { contestedRange } from '../../../sim/presets/contested';
import {
  DETECTION_LIMIT_NG_PER_ML,
  minMaxDownsample,
  unitFactor,
  type DoseMark,
  type PanelId,
  type RegimenView,
  type ScenarioView,
  type ViewSeries,
  timeTickLabel,
} from '../../../sim';
import { calendarTickTimesH } from '../../../sim/schedule';
import { COMPOUND_STYLE, DASH, regimenColor, type MarkerShape } from './theme';
import { MAX_TITLED_MEASURED } from './marks/MeasuredPoints';
import { plasmaAxis, TISSUE_AXIS, type Axis } from './scales';
import { peakIndex } from './peaks';
import type { PlotBandSet } from './BandAreas';
import { plasmaAxisTitle, timeAxisTitle, tissueAxisTitle } from '../../../sim/view/scenarioView';
import { currentTranslator } from '../i18n/locale';
import { labelWithFactor } from '../../../sim/fit/factorWords';
import { COMPOUND_PRESETS } from '../../../sim/presets/compounds';

/**
 * What a chart panel draws, taken from sim's `scenarioView` and nothing else: the app, presentation mode and
 * the export all build their panels here, so titles, axes, styles, legend and dose marks cannot drift apart.
 */

export interface PlotLine {
  key: string;
  /** Readable id for styling and tests: "mk7", "mk7-nofat", "mk7-2" (second MK-7 regimen), "mk7-bone". */
  alias: string;
  label: string;
  color: string;
  /** Dash pattern at dashScale 1; '' solid. */
  dash: string;
  /** The compound's marker, drawn along the curve every few ems (hollow for the no-fat twin). */
  marker?: MarkerShape;
  markerHollow?: boolean;
  /** Time in days, value in the panel's units. */
  points: { t: number; v: number }[];
}

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  dash: string;
  /** Drawn in the middle of the line sample, as along the curve. */
  marker?: MarkerShape;
  markerHollow?: boolean;
}

/** A curve that never reaches the assumed detection limit, said in words where it is drawn. */
export interface BelowDetectionNote {
  key: string;
  /** "MK-4: below detection (0.1 ng/mL)": short, as it must fit a narrow print panel. */
  text: string;
  color: string;
  /** The curve's highest value in the panel's units, to place the words just above it. */
  maxV: number;
}

/** The dose marks of one regimen, drawn as one row of markers above the plot in the regimen's colour. */
export interface DoseRow {
  regimenIndex: number;
  label: string;
  color: string;
  marks: readonly DoseMark[];
}

export interface PanelModel {
  panel: PanelId;
  /** Heading: "Plasma concentration", "Tissue exposure (illustrative model)". */
  title: string;
  xTitle: string;
  yTitle: string;
  horizonDays: number;
  yAxis: Axis;
  lines: PlotLine[];
  legend: LegendItem[];
  doseRows: DoseRow[];
  /** "Show variation between people": percentile bands under the curves (plasma panel; population/panelBands). */
  bands?: PlotBandSet[];
  /** Measured levels drawn as points over the plasma curves (time in days, value in the panel's units). */
  measured?: MeasuredMark[];
  /** Tick label of a time (days): days since the start, or a calendar date (view.timeAxis). */
  xLabel?: (tDays: number) => string;
  /** Calendar axis: tick times (days) at local midnights, at most maxCount; absent on the days axis. */
  xTicks?: (maxCount: number) => number[];
  /** Notes drawn at a plasma curve: every value under the detection limit; a dose where studies disagree. */
  belowDetection?: BelowDetectionNote[];
}

/** One measured level as a chart draws it. */
export interface MeasuredMark {
  key: string;
  t: number;
  v: number;
  color: string;
  label: string;
  /** The regimen's label ("MK-7"): levels are grouped by it when too many to title each. */
  series: string;
}

/** The time-axis parts of a panel: labels and ticks for the calendar axis, nothing extra for days. */
function timeAxisParts(view: ScenarioView): Pick<PanelModel, 'xLabel' | 'xTicks'> {
  const calendar = view.calendar;
  if (view.timeAxis !== 'calendar' || !calendar) return {};
  // Dates as the UI's language writes them ("Mo., 23. März"), not always in English.
  const locale = currentTranslator().locale;
  return {
    xLabel: (tDays) => timeTickLabel(tDays * 24, 'calendar', calendar, locale),
    xTicks: (maxCount) => calendarTickTimesH(calendar, view.horizonH, maxCount).map((h) => h / 24),
  };
}

/** Measured levels of the compounds shown, coloured like their compound's first regimen. */
export function measuredMarks(view: ScenarioView): MeasuredMark[] {
  // Each reading is its circle's title only while each level gets a circle of its own (MeasuredPoints): 10,000
  // labels formatted per model were tens of ms of a file's open.
  const titled = view.measured.length <= MAX_TITLED_MEASURED;
  return view.measured.flatMap((m) => {
    const r = view.regimens.find((g) => g.compound === m.compound);
    if (!r) return [];
    return [
      {
        key: `m${m.index}`,
        t: m.timeH / 24,
        v: m.value,
        color: regimenColor(r.compound, r.ordinalInCompound),
        label: titled
          ? currentTranslator().t('plot.measured', {
              label: r.label,
              value: currentTranslator().num(m.entered.value),
              unit: m.entered.unit,
            })
          : '',
        series: r.label,
      },
    ];
  });
}

/** A panel's heading in the UI's language. */
export function panelTitle(panel: PanelId): string {
  return currentTranslator().t(panel === 'plasma' ? 'plot.plasma' : 'plot.tissue');
}

/** Buckets for min-max downsampling: up to 2 points each, about one point per 1-2 px. */
export const DRAW_BUCKETS = 400;

export interface SeriesStyle {
  color: string;
  dash: string;
  marker: MarkerShape;
  markerHollow: boolean;
}

/**
 * Colour, dash and marker of a series: colour per regimen; the compound's own dash and marker (COMPOUND_STYLE);
 * short dashes and hollow markers for the no-fat twin; other dashes for a later regimen of the same compound,
 * and for the artery curve.
 */
export function seriesStyle(view: ScenarioView, s: ViewSeries): SeriesStyle {
  const r = regimenOf(view, s.regimenIndex);
  const ordinal = r?.ordinalInCompound ?? 0;
  const color = regimenColor(s.compound, ordinal);
  const own = COMPOUND_STYLE[s.compound];
  const regimenDash = ordinal > 0 ? DASH.laterRegimen[(ordinal - 1) % DASH.laterRegimen.length]! : own.dash;
  const base = { color, marker: own.marker, markerHollow: false };
  if (s.kind === 'plasmaWithoutFat') return { ...base, dash: DASH.noFat, markerHollow: true };
  if (s.kind === 'artery') return { ...base, dash: DASH.artery, markerHollow: true };
  if (s.kind === 'bone') return { ...base, dash: '' };
  return { ...base, dash: regimenDash };
}

/**
 * The regimens whose plasma curve (as taken) stays under the assumed detection limit (0.1 ng/mL) everywhere,
 * e.g. MK-4 at 90 µg, so a flat line at the bottom of the chart says why it is flat. Compared in ng/mL on the
 * simulated values; placed in the panel's units.
 */
export function belowDetectionNotes(view: ScenarioView): BelowDetectionNote[] {
  const noteOf = new Map(regimenBelowDetectionNotes(view).map((n) => [n.key, n]));
  // Several regimens of one compound, all of them below: one note for the compound ("MK-4: below detection"),
  // true of each; eight MK-4 regimens' notes stacked over the curves of a 24-regimen file and crossed each other.
  const byCompound = new Map<string, { regimens: number; notes: BelowDetectionNote[] }>();
  for (const r of view.regimens) {
    const group = byCompound.get(r.compound) ?? { regimens: 0, notes: [] };
    group.regimens++;
    const note = noteOf.get(`r${r.index}`);
    if (note) group.notes.push(note);
    byCompound.set(r.compound, group);
  }
  return [...byCompound].flatMap(([compound, group]) => {
    if (group.notes.length < 2 || group.notes.length < group.regimens) return group.notes;
    const id = compound as RegimenView['compound'];
    return [
      {
        key: `c-${compound}`,
        text: belowDetectionText(
          labelWithFactor(COMPOUND_PRESETS[id].label, view.scenario.personal, currentTranslator()),
        ),
        color: regimenColor(id, 0),
        maxV: Math.max(...group.notes.map((n) => n.maxV)),
      },
    ];
  });
}

function regimenBelowDetectionNotes(view: ScenarioView): BelowDetectionNote[] {
  const limit = DETECTION_LIMIT_NG_PER_ML.value;
  const units = view.scenario.display.units;
  return view.regimens.flatMap((r) => {
    const values = r.result.plasmaNgPerMl;
    // The peak the view's worker sent with the curve, or one scan kept per array (plot/peaks.ts): 24 regimens'
    // 6 million values scanned at every model build were 20 ms of a heavy file's open.
    const top = values[peakIndex(values)]!;
    const max = top > 0 ? top : 0;
    if (values.length === 0 || max >= limit || r.doses.every((d) => d.missed)) return [];
    return [
      {
        key: `r${r.index}`,
        text: belowDetectionText(r.label),
        color: regimenColor(r.compound, r.ordinalInCompound),
        maxV: max * unitFactor(r.compound, units),
      },
    ];
  });
}

/** The note's sentence per translator and label, formatted once rather than at every slider step. */
const belowDetectionTexts = new WeakMap<object, Map<string, string>>();
function belowDetectionText(label: string): string {
  const tr = currentTranslator();
  let texts = belowDetectionTexts.get(tr);
  if (!texts) belowDetectionTexts.set(tr, (texts = new Map()));
  let text = texts.get(label);
  if (text === undefined) {
    text = tr.t('plot.belowDetection', { label, limit: tr.num(DETECTION_LIMIT_NG_PER_ML.value) });
    texts.set(label, text);
  }
  return text;
}

/**
 * MK-4 curves at doses where published studies disagree (sim/presets/contested.ts): a note beside the curve,
 * drawn where the below-detection notes are, so the one confident curve does not stand alone.
 */
export function contestedNotes(view: ScenarioView): BelowDetectionNote[] {
  const units = view.scenario.display.units;
  return view.regimens.flatMap((r) => {
    // The view's own figure: reading the intakes here would rebuild up to 100,000 records on the page.
    const range = contestedRange(r.compound, r.maxDailyIntakeUg);
    if (!range) return [];
    const values = r.result.plasmaNgPerMl;
    let max = 0;
    for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
    return [
      {
        key: `r${r.index}-contested`,
        text: `${r.label} ${range.chartText}`,
        color: regimenColor(r.compound, r.ordinalInCompound),
        maxV: max * unitFactor(r.compound, units),
      },
    ];
  });
}

const KIND_SUFFIX: Record<ViewSeries['kind'], string> = {
  plasma: '',
  plasmaWithoutFat: '-nofat',
  bone: '-bone',
  artery: '-artery',
};

/** "mk7", "mk7-nofat", "mk7-2-bone": compound, regimen ordinal within it (from 2), kind. */
export function seriesAlias(view: ScenarioView, s: ViewSeries): string {
  const ordinal = regimenOf(view, s.regimenIndex)?.ordinalInCompound ?? 0;
  return `${s.compound}${ordinal > 0 ? `-${ordinal + 1}` : ''}${KIND_SUFFIX[s.kind]}`;
}

function regimenOf(view: ScenarioView, index: number): RegimenView | undefined {
  return view.regimens.find((r) => r.index === index);
}

/** Downsampled points in days; peaks and troughs kept exactly. */
export function drawnPoints(s: ViewSeries, buckets = DRAW_BUCKETS): { t: number; v: number }[] {
  return minMaxDownsample(s.values, buckets).map((i) => ({ t: s.timeH[i]! / 24, v: s.values[i]! }));
}

export interface PanelOptions {
  /** Fixed value-axis top (the app keeps it still while a slider moves); default from the data. */
  top?: number;
  buckets?: number;
  /**
   * 'none': the lines come without points, for a caller that adds them per pixel column once it knows the plot's
   * width (withColumnPoints); default: DRAW_BUCKETS min-max buckets.
   */
  points?: 'buckets' | 'none';
}

/**
 * Indices of the points to draw of a time-ordered series on a time axis [d0Days, d1Days] that is `widthPx` wide:
 * the lowest and highest point of every pixel column (in time order), with the first and last point, so the path
 * has at most about two points per column and every column's extremes, peaks and troughs exactly as the full
 * series has them. Points outside the axis fall in one column on each side. All indices when the series has
 * no more points than that.
 * @example pixelColumnIndices(Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7]), Float64Array.from([0, 5, 1, 4, 2, 3, 9, 0]), 0, 7 / 24, 1) // => [0, 1, 2, 3, 4, 5, 6, 7]
 */
export function pixelColumnIndices(
  timeH: ArrayLike<number>,
  values: ArrayLike<number>,
  d0Days: number,
  d1Days: number,
  widthPx: number,
): number[] {
  const n = values.length;
  const columns = Math.max(1, Math.ceil(widthPx));
  if (drawsEveryPoint(n, widthPx) || !(d1Days > d0Days)) return Array.from({ length: n }, (_, i) => i);
  const kept: number[] = [0];
  // Column c holds the times whose floor((t - d0) × px per h) is c, clamped to [-1, columns]; the grid is in
  // time order, so each column is one run of indices, found by its first index (binary search), and the scan
  // inside a run only compares values (6 million points in tens of ms).
  const bounds = columnStarts(timeH, d0Days, d1Days, widthPx, columns);
  for (let c = 0; c < bounds.length - 1; c++) {
    const from = Math.max(1, bounds[c]!);
    const to = Math.min(n - 1, bounds[c + 1]!);
    if (from >= to) continue;
    const e = noExtremes();
    scanRange(e, values, from, to);
    keepExtremes(kept, e);
  }
  kept.push(n - 1);
  return kept;
}

/**
 * Whether an n-point series is drawn whole on a plot `widthPx` wide: it has no more points than the per-column
 * extremes (two a column, the columns before and after the axis, the first and last point) would keep.
 */
function drawsEveryPoint(n: number, widthPx: number): boolean {
  return n <= 2 * (Math.max(1, Math.ceil(widthPx)) + 2) + 2;
}

/** A pixel column's lowest and highest point so far (indices, -1 before the first). */
interface Extremes {
  lo: number;
  hi: number;
  loV: number;
  hiV: number;
}

const noExtremes = (): Extremes => ({ lo: -1, hi: -1, loV: 0, hiV: 0 });

/** Takes point i (value v) into a column's extremes; of equal values the earlier point wins, in any scan order. */
function consider(e: Extremes, i: number, v: number): void {
  if (e.lo < 0 || v < e.loV || (v === e.loV && i < e.lo)) {
    e.lo = i;
    e.loV = v;
  }
  if (e.hi < 0 || v > e.hiV || (v === e.hiV && i < e.hi)) {
    e.hi = i;
    e.hiV = v;
  }
}

/** Takes the points from..to-1 into a column's extremes (consider's rule, in local variables for speed). */
function scanRange(e: Extremes, values: ArrayLike<number>, from: number, to: number): void {
  let { lo, hi, loV, hiV } = e;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (lo < 0 || v < loV || (v === loV && i < lo)) {
      lo = i;
      loV = v;
    }
    if (hi < 0 || v > hiV || (v === hiV && i < hi)) {
      hi = i;
      hiV = v;
    }
  }
  e.lo = lo;
  e.hi = hi;
  e.loV = loV;
  e.hiV = hiV;
}

/** A column's points to draw: its extremes in time order, one point when they are the same. */
function keepExtremes(kept: number[], e: Extremes): void {
  if (e.lo === e.hi) kept.push(e.lo);
  else kept.push(Math.min(e.lo, e.hi), Math.max(e.lo, e.hi));
}

/**
 * The first index of each pixel column's run of a time-ordered grid, for columns -1 .. `columns` (times before
 * the axis, the plot's columns, times at or after its end), then the grid's length: columns + 3 entries.
 * An index belongs to column c when floor((t - d0) × px per h), clamped to [-1, columns], is c.
 */
function columnStarts(
  timeH: ArrayLike<number>,
  d0Days: number,
  d1Days: number,
  widthPx: number,
  columns: number,
): Int32Array {
  const perH = widthPx / ((d1Days - d0Days) * 24);
  const fromH = d0Days * 24;
  const n = timeH.length;
  const starts = new Int32Array(columns + 3);
  // starts[k] is the first index whose column (floor((t - d0) × px per h), clamped) is at least k - 1; the
  // clamping only matters below 0 and above `columns`, where k - 1 already is.
  const before = (i: number, c: number) => c > -1 && Math.floor((timeH[i]! - fromH) * perH) < c;
  // On an even grid (the app's) each start is guessed from the step and then walked to, a step or two; a
  // binary search where the guess is far off (an uneven grid).
  const stepH = n > 1 ? (timeH[n - 1]! - timeH[0]!) / (n - 1) : 0;
  let lo = 0;
  for (let k = 0; k < columns + 2; k++) {
    const c = k - 1;
    let at = stepH > 0 ? Math.ceil((fromH + c / perH - timeH[0]!) / stepH) : lo;
    at = Math.min(n, Math.max(lo, at));
    let walked = 0;
    while (at > lo && !before(at - 1, c) && walked < 8) {
      at--;
      walked++;
    }
    while (at < n && before(at, c) && walked < 8) {
      at++;
      walked++;
    }
    const settled = (at === lo || before(at - 1, c)) && (at === n || !before(at, c));
    if (!settled) {
      let hi = n;
      let from = lo;
      while (from < hi) {
        const mid = (from + hi) >>> 1;
        if (before(mid, c)) from = mid + 1;
        else hi = mid;
      }
      at = from;
    }
    starts[k] = at;
    lo = at;
  }
  starts[columns + 2] = n;
  return starts;
}

/**
 * How many columns over [0, horizon] the worker's envelope of an n-point series has: about √(n × 1,000), a power of
 * two from 1,024 to 65,536. The page then reads about 2 × columns envelope points plus a fine column's points at
 * each edge of its own ~1,000 columns, 4 √(n × 1,000) in all: 53,000 of a 250,000-point series, 310,000 of 6 million.
 */
export function envelopeColumns(points: number): number {
  const ideal = Math.sqrt(Math.max(1, points) * 1000);
  return 2 ** Math.min(16, Math.max(10, Math.round(Math.log2(ideal))));
}

/**
 * What the view's worker computes of a series so the page can draw it at any width without reading most of its
 * values: the lowest and highest point of each of `columns` columns over [0, horizonDays] (pixelColumnIndices),
 * and where each of those columns starts in the grid (columnStarts: columns + 3 entries).
 */
export interface DrawEnvelope {
  horizonDays: number;
  indices: Int32Array;
  starts: Int32Array;
}

/** A series' draw envelope (in the view's worker). */
export function drawEnvelope(
  s: Pick<ViewSeries, 'timeH' | 'values'>,
  horizonDays: number,
  columns = envelopeColumns(s.values.length),
): DrawEnvelope {
  return {
    horizonDays,
    indices: Int32Array.from(pixelColumnIndices(s.timeH, s.values, 0, horizonDays, columns)),
    starts: columnStarts(s.timeH, 0, horizonDays, columns, columns),
  };
}

const envelopes = new WeakMap<Float64Array, DrawEnvelope>();

/** Keeps the envelope the worker sent with a series' values, for columnPoints. */
export function rememberEnvelope(values: Float64Array, envelope: DrawEnvelope): void {
  envelopes.set(values, envelope);
}

/**
 * pixelColumnIndices over [0, envelope.horizonDays] from a draw envelope: a column's fine columns that lie inside
 * it have their extremes in the envelope, and the (at most two) fine columns it shares with its neighbours are
 * read whole; the same indices as pixelColumnIndices (ties go to the earlier point), reading about
 * 2 × its columns + 2 × widthPx × points / its columns values instead of all of them.
 */
export function envelopeColumnIndices(
  timeH: ArrayLike<number>,
  values: ArrayLike<number>,
  envelope: DrawEnvelope,
  widthPx: number,
): number[] {
  const n = values.length;
  const columns = Math.max(1, Math.ceil(widthPx));
  if (drawsEveryPoint(n, widthPx) || !(envelope.horizonDays > 0))
    return Array.from({ length: n }, (_, i) => i);
  const starts = columnStarts(timeH, 0, envelope.horizonDays, widthPx, columns);
  const { indices, starts: fine } = envelope;
  const kept: number[] = [0];
  let p = 0;
  // The fine column holding the current page column's first index: fine[f] <= from < fine[f + 1].
  let f = 0;
  for (let c = 0; c < starts.length - 1; c++) {
    const from = Math.max(1, starts[c]!);
    const to = Math.min(n - 1, starts[c + 1]!);
    if (from >= to) continue;
    const e = noExtremes();
    // Envelope points inside the column, then every point of the fine columns at its two edges (ties: the
    // earlier point, as the full scan keeps).
    while (p < indices.length && indices[p]! < from) p++;
    while (f < fine.length - 2 && fine[f + 1]! <= from) f++;
    let g = f;
    while (g < fine.length - 2 && fine[g + 1]! <= to - 1) g++;
    const edgeA = fine[f]! < from || fine[f + 1]! > to ? Math.min(fine[f + 1]!, to) : from;
    const edgeB = fine[g]! < from || fine[g + 1]! > to ? Math.max(fine[g]!, from) : to;
    for (let pass = 0; pass < 3; pass++) {
      let i0: number;
      let i1: number;
      if (pass === 0) {
        i0 = from;
        i1 = edgeA;
      } else if (pass === 2) {
        i0 = Math.max(edgeB, edgeA);
        i1 = to;
      } else {
        i0 = -1;
        i1 = -1;
        for (let q = p; q < indices.length && indices[q]! < to; q++)
          consider(e, indices[q]!, values[indices[q]!]!);
      }
      scanRange(e, values, i0, i1);
    }
    keepExtremes(kept, e);
  }
  kept.push(n - 1);
  return kept;
}

const columnCache = new WeakMap<
  Float64Array,
  { d0: number; d1: number; widthPx: number; points: PlotLine['points'] }
>();

/**
 * A series' points to draw on a time axis [d0Days, d1Days] `widthPx` wide (pixelColumnIndices), in days; kept per
 * values array and axis, so a redraw that changes neither reads none of the series' (up to 250,000) values.
 */
export function columnPoints(
  s: Pick<ViewSeries, 'timeH' | 'values'>,
  d0Days: number,
  d1Days: number,
  widthPx: number,
): PlotLine['points'] {
  const hit = columnCache.get(s.values);
  if (hit && hit.d0 === d0Days && hit.d1 === d1Days && hit.widthPx === widthPx) return hit.points;
  const { timeH, values } = s;
  let points: PlotLine['points'];
  if (drawsEveryPoint(values.length, widthPx)) {
    // Every point (the app's default month of hours, at every slider step): one loop, no list of indices.
    points = new Array<PlotLine['points'][number]>(values.length);
    for (let i = 0; i < values.length; i++) points[i] = { t: timeH[i]! / 24, v: values[i]! };
  } else {
    const envelope = envelopes.get(values);
    const indices =
      envelope && d0Days === 0 && d1Days === envelope.horizonDays
        ? envelopeColumnIndices(timeH, values, envelope, widthPx)
        : pixelColumnIndices(timeH, values, d0Days, d1Days, widthPx);
    points = indices.map((i) => ({ t: timeH[i]! / 24, v: values[i]! }));
  }
  columnCache.set(values, { d0: d0Days, d1: d1Days, widthPx, points });
  return points;
}

/**
 * The model with its lines' points taken per pixel column of a plot `plotWidthPx` wide over the panel's time axis
 * [0, horizon] (a model built with points: 'none'); the same model when it has no lines.
 */
export function withColumnPoints(model: PanelModel, view: ScenarioView, plotWidthPx: number): PanelModel {
  return withColumnPointsUpTo(model, view, plotWidthPx, Infinity).model;
}

/** About how many values columnPoints reads of an n-point series: all of them, or its envelope's share. */
const columnPointsCost = (n: number): number => Math.min(n, 4 * Math.sqrt(n * 1000));

/**
 * withColumnPoints for the lines that fit in `budget` values read (columnPointsCost, in line order; the first line
 * always): the rest have no points yet (`pending` counts them). Taken lines are kept per series (columnPoints),
 * so a call with a larger budget goes on where this one stopped: 72 curves of 250,000 points (35-55 ms in one go)
 * are drawn over a few tasks, none of them long.
 */
export function withColumnPointsUpTo(
  model: PanelModel,
  view: ScenarioView,
  plotWidthPx: number,
  budget: number,
): { model: PanelModel; pending: number } {
  if (model.lines.length === 0) return { model, pending: 0 };
  const byKey = new Map(view.series.map((s) => [s.key, s]));
  let spent = 0;
  let pending = 0;
  const lines = model.lines.map((l) => {
    const s = byKey.get(l.key);
    if (!s) return l;
    spent += columnPointsCost(s.values.length);
    if (pending > 0 || (spent > budget && l !== model.lines[0])) {
      pending++;
      return { ...l, points: [] };
    }
    return { ...l, points: columnPoints(s, 0, model.horizonDays, plotWidthPx) };
  });
  return { model: { ...model, lines }, pending };
}

/** The plasma or tissue panel of a view, as every chart draws it. */
export function panelModel(view: ScenarioView, panel: PanelId, options: PanelOptions = {}): PanelModel {
  const series = view.series.filter((s) => s.panel === panel);
  const horizonDays = view.horizonH / 24;
  const lines = series.map((s) => ({
    key: s.key,
    alias: seriesAlias(view, s),
    label: s.label,
    ...seriesStyle(view, s),
    points: options.points === 'none' ? [] : drawnPoints(s, options.buckets),
  }));
  if (panel === 'tissue') {
    return {
      panel,
      title: panelTitle('tissue'),
      xTitle: timeAxisTitle(view.timeAxis, view.calendar, currentTranslator()),
      yTitle: tissueAxisTitle(currentTranslator()),
      horizonDays,
      yAxis: TISSUE_AXIS,
      lines,
      legend: tissueLegend(view, series),
      doseRows: [],
      ...timeAxisParts(view),
    };
  }
  return {
    panel,
    title: panelTitle('plasma'),
    xTitle: timeAxisTitle(view.timeAxis, view.calendar, currentTranslator()),
    yTitle: plasmaAxisTitle(view.units, currentTranslator()),
    horizonDays,
    yAxis: plasmaAxis(series, view.scenario.display.axis, options.top),
    lines,
    legend: lines.map(({ key, label, color, dash, marker, markerHollow }) => ({
      key,
      label,
      color,
      dash,
      marker,
      markerHollow,
    })),
    doseRows: doseRows(view),
    measured: measuredMarks(view),
    belowDetection: [...belowDetectionNotes(view), ...contestedNotes(view)],
    ...timeAxisParts(view),
  };
}

/** Tissue legend: one entry per regimen (its colour), then the two line styles. */
function tissueLegend(view: ScenarioView, series: readonly ViewSeries[]): LegendItem[] {
  const items: LegendItem[] = series
    .filter((s) => s.kind === 'bone')
    .map((s) => ({
      key: `r${s.regimenIndex}`,
      label: regimenOf(view, s.regimenIndex)?.label ?? s.label,
      color: seriesStyle(view, s).color,
      dash: '',
      marker: seriesStyle(view, s).marker,
    }));
  if (items.length === 0) return items;
  return [
    ...items,
    { key: 'bone', label: currentTranslator().t('plot.bone'), color: '#5a6272', dash: '' },
    { key: 'artery', label: currentTranslator().t('plot.artery'), color: '#5a6272', dash: DASH.artery },
  ];
}

/**
 * How many units of a regimen's doses are taken at `mark`'s time (2 for a double dose); 1 for a single or
 * missed dose. Units of one dose time are next to each other in a row's time-ordered marks.
 */
export function doubleDoseCount(marks: readonly DoseMark[], mark: DoseMark): number {
  if (mark.missed) return 1;
  // The marks are in time order: the run at mark's time is found by bisection, not by reading all of them
  // (the dose control labels its active dose at every render; a file may hold 100,000 marks).
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.timeH < mark.timeH) lo = mid + 1;
    else hi = mid;
  }
  let units = 0;
  let found = false;
  for (let i = lo; i < marks.length && marks[i]!.timeH === mark.timeH; i++) {
    if (marks[i] === mark) found = true;
    if (!marks[i]!.missed) units++;
  }
  // A row out of time order would hide the run from the bisection: then count over all the marks.
  return found ? units : marks.filter((m) => !m.missed && m.timeH === mark.timeH).length;
}

const markKeys = new WeakMap<readonly DoseMark[], string>();

/**
 * A key of what a row of dose marks draws (count, missed ones, first and last time, sum of times), so a chart
 * redraws its dose row only when it changed. Kept per marks array: a view's rows are read on every render and
 * a file may hold 100,000 marks.
 */
export function doseMarksKey(marks: readonly DoseMark[]): string {
  let key = markKeys.get(marks);
  if (key === undefined) {
    let missed = '';
    let sumH = 0;
    for (const m of marks) {
      if (m.missed) missed += `${m.number},`;
      sumH += m.timeH;
    }
    key = `${marks.length}:${missed}:${marks[0]?.timeH}:${marks.at(-1)?.timeH}:${sumH}`;
    markKeys.set(marks, key);
  }
  return key;
}

/** One row of dose marks per regimen in the view, in the regimen's colour. */
export function doseRows(view: ScenarioView): DoseRow[] {
  return view.regimens.map((r) => ({
    regimenIndex: r.index,
    label: r.label,
    color: regimenColor(r.compound, r.ordinalInCompound),
    marks: r.doses,
  }));
}

/** The part of a view the scenario shows: regimens of visible compounds (a view built with regimens: 'all'). */
export function visibleView(view: ScenarioView): ScenarioView {
  const visible = new Set(view.scenario.display.visible);
  const shown = new Set(view.regimens.filter((r) => visible.has(r.compound)).map((r) => r.index));
  if (shown.size === view.regimens.length) return view;
  return {
    ...view,
    regimens: view.regimens.filter((r) => shown.has(r.index)),
    series: view.series.filter((s) => shown.has(s.regimenIndex)),
    doseMarks: view.doseMarks.filter((d) => shown.has(d.regimenIndex)),
    measured: view.measured.filter((m) =>
      view.regimens.some((r) => shown.has(r.index) && r.compound === m.compound),
    ),
  };
}

/**
 * The part of a line up to `tDays` (presentation playback), ending exactly there by linear interpolation so the
 * pen moves smoothly between points. Returns the same array when nothing is cut.
 */
export function clipPoints(points: PlotLine['points'], tDays: number): PlotLine['points'] {
  if (points.length === 0 || tDays >= points[points.length - 1]!.t) return points;
  const out: PlotLine['points'] = [];
  let i = 0;
  for (; i < points.length && points[i]!.t <= tDays; i++) out.push(points[i]!);
  const a = points[i - 1];
  const b = points[i];
  if (a && b && a.t < tDays) {
    const w = (tDays - a.t) / (b.t - a.t);
    out.push({ t: tDays, v: a.v + w * (b.v - a.v) });
  }
  return out;
}
