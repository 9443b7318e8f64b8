import { timeTickLabel, type DoseMark, type PanelId, type ScenarioView, type ViewSeries } from '../../../sim';
import { formatNumber } from '../plot/format';

/**
 * The chart's alternatives without sight of it (issue 18 §3): which output steps the table lists and the keyboard
 * readout stops at, each curve's level there, the doses taken since the step before, and the sentences that say
 * them. Everything reads the view's arrays as they are (the values the chart draws and the CSV exports); nothing
 * is simulated again. The words are all in READOUT_TEXT, so they can go through a message function later.
 */

/** At most this many rows in the table (a 10-year hourly run has 87,601 output steps). */
export const MAX_TABLE_ROWS = 500;

export const READOUT_TEXT = {
  dayAt: (days: string, hours: string) => `day ${days} (${hours} h)`,
  level: (label: string, value: string, unit: string) => `${label} ${value} ${unit}`,
  peak: (label: string, value: string, unit: string, when: string) =>
    `${label} peak ${value} ${unit} on ${when}`,
  noCurves: 'No curve shown.',
  // No "time" in the name: presentation mode's scrubber is found by that word.
  readoutLabel: (title: string) =>
    `${title}: level readout. Left and right arrows move it step by step, Shift+arrow ten steps, Home and End to the first and last step.`,
  readoutAt: (when: string, levels: string, doses: string) =>
    `${when}: ${levels}${doses ? `. ${doses}` : ''}.`,
  dose: (label: string, amount: string) => `${label} dose ${amount} µg`,
  doubleDose: (label: string, count: number, amount: string) =>
    count === 2
      ? `${label} double dose (2 × ${amount} µg)`
      : `${label} ${count}× dose (${count} × ${amount} µg)`,
  missedDose: (label: string) => `${label} dose missed`,
  manyDoses: (label: string, count: number) => `${label} ${count} doses`,
  timeHeader: 'Time (h)',
  dayHeader: 'Day',
  dosesHeader: 'Doses since the row before',
  peakCell: 'peak',
  seriesHeader: (label: string, unit: string) => `${label} (${unit})`,
  caption: (title: string) => `${title}: the chart as a table`,
  everyStep: (stepH: string) => `Every output step (${stepH} h).`,
  strided: (shown: string, total: string, everyH: string) =>
    `${shown} of ${total} output steps: every ${everyH} h, and each curve's peak (marked "peak"). The CSV export has every step.`,
  switchLabel: (title: string) => `${title}: show as`,
  chart: 'Chart',
  table: 'Table',
} as const;

/** Steps between table rows (and keyboard readout stops) so at most MAX_TABLE_ROWS rows are listed. */
export function rowStride(points: number, maxRows = MAX_TABLE_ROWS): number {
  return Math.max(1, Math.ceil((points - 1) / (maxRows - 1)));
}

/** The panel's curves, as the chart draws them (plasma first, in regimen order). */
export function panelSeries(view: ScenarioView, panel: PanelId): ViewSeries[] {
  return view.series.filter((s) => s.panel === panel);
}

/** Index of each curve's highest value (the first, where it is reached twice). */
export function peakIndex(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * The output steps the table lists: every `stride`-th from the first, the last, and each curve's peak (so
 * the table's highest value is the chart's, whatever the stride), in time order.
 */
export function tableIndices(points: number, stride: number, series: readonly ViewSeries[]): number[] {
  if (points === 0) return [];
  const set = new Set<number>();
  for (let i = 0; i < points; i += stride) set.add(i);
  set.add(points - 1);
  for (const s of series) if (s.values.length === points) set.add(peakIndex(s.values));
  return [...set].sort((a, b) => a - b);
}

const HOURS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A time in hours to the minute or so (formatNumber's three digits would merge 30-minute steps past 100 h). */
export function formatHours(timeH: number): string {
  return HOURS.format(timeH);
}

/** "day 1.25 (30 h)", or the calendar's "Tue 24 Mar 14:00" when the chart's time axis shows dates. */
export function timeText(view: ScenarioView, timeH: number): string {
  if (view.timeAxis === 'calendar' && view.calendar) return timeTickLabel(timeH, 'calendar', view.calendar);
  return READOUT_TEXT.dayAt(HOURS.format(timeH / 24), HOURS.format(timeH));
}

/** Regimen label of each regimen index, as the legend names it. */
function regimenLabels(view: ScenarioView): Map<number, string> {
  return new Map(view.regimens.map((r) => [r.index, r.label]));
}

/**
 * The doses of each regimen in (fromH, toH] (from -Infinity for the first row), in words: one dose with its
 * amount, a double dose (two taken at the same time) named as such, a missed dose, or a count when the step
 * holds several dose times. Marks are in time order; a binary search finds the window, so a 100,000-dose run
 * costs a few steps per row.
 */
export function dosesBetween(view: ScenarioView, fromH: number, toH: number): string {
  const marks = view.doseMarks;
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.timeH <= fromH) lo = mid + 1;
    else hi = mid;
  }
  const byRegimen = new Map<number, DoseMark[]>();
  for (let i = lo; i < marks.length && marks[i]!.timeH <= toH; i++) {
    const m = marks[i]!;
    const list = byRegimen.get(m.regimenIndex) ?? [];
    list.push(m);
    byRegimen.set(m.regimenIndex, list);
  }
  if (byRegimen.size === 0) return '';
  const labels = regimenLabels(view);
  const parts: string[] = [];
  for (const [regimenIndex, list] of byRegimen) {
    const label = labels.get(regimenIndex) ?? '';
    const taken = list.filter((m) => !m.missed);
    const times = new Set(list.map((m) => m.timeH));
    if (times.size > 1) {
      parts.push(READOUT_TEXT.manyDoses(label, taken.length));
    } else if (taken.length === 0) {
      parts.push(READOUT_TEXT.missedDose(label));
    } else if (taken.length === 1) {
      parts.push(READOUT_TEXT.dose(label, formatNumber(taken[0]!.amountUg)));
    } else {
      // Two or more units taken at one time: a double dose, as the chart's doubled marker shows it.
      const same = taken.every((m) => m.amountUg === taken[0]!.amountUg);
      const amount = same
        ? formatNumber(taken[0]!.amountUg)
        : taken.map((m) => formatNumber(m.amountUg)).join(' + ');
      parts.push(READOUT_TEXT.doubleDose(label, taken.length, amount));
    }
  }
  return parts.join('; ');
}

/** Each curve's level at output step `i`: "MK-7 2.41 ng/mL, MK-4 0.013 ng/mL". */
export function levelsText(series: readonly ViewSeries[], i: number): string {
  if (series.length === 0) return READOUT_TEXT.noCurves;
  return series.map((s) => READOUT_TEXT.level(s.label, formatNumber(s.values[i] ?? NaN), s.unit)).join(', ');
}

/**
 * What the keyboard readout says at output step `i`, with the doses of the `stride` steps that lead to it (all
 * doses up to the first step).
 */
export function readoutText(
  view: ScenarioView,
  series: readonly ViewSeries[],
  i: number,
  stride: number,
): string {
  const timeH = view.timeH[i] ?? 0;
  const fromH = i - stride < 0 ? -Infinity : view.timeH[i - stride]!;
  return READOUT_TEXT.readoutAt(
    timeText(view, timeH),
    levelsText(series, i),
    dosesBetween(view, fromH, timeH),
  );
}

/** "MK-7 peak 2.41 ng/mL on day 27.2 (653 h)" for each plasma curve: what a change did, in one sentence. */
export function peaksText(view: ScenarioView): string {
  const series = panelSeries(view, 'plasma');
  if (series.length === 0) return READOUT_TEXT.noCurves;
  return series
    .map((s) => {
      const i = peakIndex(s.values);
      return READOUT_TEXT.peak(
        s.label,
        formatNumber(s.values[i] ?? NaN),
        s.unit,
        timeText(view, s.timeH[i] ?? 0),
      );
    })
    .join('; ');
}
