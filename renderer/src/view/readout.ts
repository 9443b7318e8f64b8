import { timeTickLabel, type DoseMark, type PanelId, type ScenarioView, type ViewSeries } from '../../../sim';
import { currentTranslator, displayLocale, type AppTranslator } from '../i18n';
import { formatNumberIn } from '../../../sim/i18n/format';
import { formatNumber } from '../plot/format';
import { peakIndex } from '../plot/peaks';

/**
 * The chart's alternatives without sight of it (issue 18 §3): which output steps the table lists and the keyboard
 * readout stops at, each curve's level there, the doses taken since the step before, and the sentences that say
 * them. Everything reads the view's arrays as they are (the values the chart draws and the CSV exports); nothing
 * is simulated again. The words are all in READOUT_TEXT, through the app's translator.
 */

/** At most this many rows in the table (a 10-year hourly run has 87,601 output steps). */
export const MAX_TABLE_ROWS = 500;

/** The UI's words, through the app's translator (renderer/src/i18n/messages.ts, the readout.* entries). */
const say: AppTranslator['t'] = (id, values) => currentTranslator().t(id, values);

export const READOUT_TEXT = {
  dayAt: (days: string, hours: string) => say('readout.dayAt', { days, hours }),
  level: (label: string, value: string, unit: string) => say('readout.level', { label, value, unit }),
  peak: (label: string, value: string, unit: string, when: string) =>
    say('readout.peak', { label, value, unit, when }),
  noCurves: () => say('readout.noCurves'),
  // No "time" in the English name: presentation mode's scrubber is found by that word.
  readoutLabel: (title: string) => say('readout.label', { title }),
  readoutAt: (when: string, levels: string, doses: string) =>
    doses ? say('readout.atWithDoses', { when, levels, doses }) : say('readout.at', { when, levels }),
  dose: (label: string, amount: string) => say('readout.dose', { label, amount }),
  doubleDose: (label: string, count: number, amount: string) =>
    count === 2
      ? say('readout.doubleDose', { label, amount })
      : say('readout.multipleDose', { label, count, amount }),
  missedDose: (label: string) => say('readout.missedDose', { label }),
  manyDoses: (label: string, count: number) => say('readout.manyDoses', { label, count }),
  timeHeader: () => say('readout.timeHeader'),
  dayHeader: () => say('readout.dayHeader'),
  dosesHeader: () => say('readout.dosesHeader'),
  peakCell: () => say('readout.peakCell'),
  seriesHeader: (label: string, unit: string) => say('readout.seriesHeader', { label, unit }),
  caption: (title: string) => say('readout.caption', { title }),
  everyStep: (stepH: string) => say('readout.everyStep', { stepH }),
  strided: (shown: string, total: string, everyH: string) =>
    say('readout.strided', { shown, total, everyH, peak: say('readout.peakCell') }),
  switchLabel: (title: string) => say('readout.switchLabel', { title }),
  chart: () => say('readout.chart'),
  table: () => say('readout.table'),
};

/** Steps between table rows (and keyboard readout stops) so at most MAX_TABLE_ROWS rows are listed. */
export function rowStride(points: number, maxRows = MAX_TABLE_ROWS): number {
  return Math.max(1, Math.ceil((points - 1) / (maxRows - 1)));
}

/** The panel's curves, as the chart draws them (plasma first, in regimen order). */
export function panelSeries(view: ScenarioView, panel: PanelId): ViewSeries[] {
  return view.series.filter((s) => s.panel === panel);
}

// The table and the announcer ask for the same curves' peaks: found once per array (plot/peaks.ts).
export { peakIndex } from '../plot/peaks';

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

/** formatHours' formatter, made again only when the locale changes (two per curve and table row otherwise). */
let hoursFormat: { locale: string; format: Intl.NumberFormat } | null = null;

/** A time in hours to the minute or so (formatNumber's three digits would merge 30-minute steps past 100 h). */
export function formatHours(timeH: number): string {
  const locale = displayLocale();
  if (hoursFormat?.locale !== locale)
    hoursFormat = { locale, format: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }) };
  return hoursFormat.format.format(timeH);
}

/** "day 1.25 (30 h)", or the calendar's "Tue 24 Mar 14:00" when the chart's time axis shows dates. */
export function timeText(view: ScenarioView, timeH: number): string {
  if (view.timeAxis === 'calendar' && view.calendar)
    return timeTickLabel(timeH, 'calendar', view.calendar, displayLocale());
  return READOUT_TEXT.dayAt(formatHours(timeH / 24), formatHours(timeH));
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

/**
 * A level as a screen reader should say it: the chart's three digits, but never exponent form ("2.9e-5" is read
 * "2.9 e minus 5"): below 0.001 two significant digits in plain decimals ("0.000029").
 */
function spokenLevel(value: number): string {
  if (Number.isFinite(value) && value !== 0 && Math.abs(value) < 0.001) {
    return formatNumberIn(displayLocale(), value, { significant: 2 });
  }
  return formatNumber(value);
}

/** Each curve's level at output step `i`: "MK-7 2.41 ng/mL, MK-4 0.013 ng/mL". */
export function levelsText(series: readonly ViewSeries[], i: number): string {
  if (series.length === 0) return READOUT_TEXT.noCurves();
  return series.map((s) => READOUT_TEXT.level(s.label, spokenLevel(s.values[i] ?? NaN), s.unit)).join(', ');
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
  if (series.length === 0) return READOUT_TEXT.noCurves();
  return series
    .map((s) => {
      const i = peakIndex(s.values);
      return READOUT_TEXT.peak(
        s.label,
        spokenLevel(s.values[i] ?? NaN),
        s.unit,
        timeText(view, s.timeH[i] ?? 0),
      );
    })
    .join('; ');
}
