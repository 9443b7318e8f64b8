import { formatDayIn, formatNumberIn } from '../i18n/format';
import { ENGLISH, type Translator } from '../i18n/translator';
import { COMPOUND_PRESETS, TISSUE_PRESET } from '../presets/compounds';
import { maxDailyIntakeUg } from '../presets/contested';
import type { CompoundId } from '../model/types';
import { seriesCarboxylation } from '../readouts';
import { doseEvents, type Regimen } from '../regimen/regimen';
import { molarMass } from '../presets/compounds';
import { simulateRegimen } from '../regimen/simulateRegimen';
import { toRegimen } from '../scenario/toRegimen';
import type { DisplaySettings, Scenario } from '../scenario/schema';
import { simulate, type SimulationInput, type SimulationResult } from '../simulate';
import { measuredNgPerMl, type MeasuredLevel, type MeasuredUnit } from '../measured/measured';
import { hToWallTime, wallTimeToH, type ScheduledDose } from '../schedule/expand';
import { regimenDoses, regimenRunInput } from '../schedule/scenarioDoses';
import type { Schedule } from '../schedule/schema';
import { columnWithFactor, factorWords, labelWithFactor } from '../fit/factorWords';

/**
 * "Scenario -> everything a view draws", in one place. The app, presentation mode, the export and the
 * command line all call `scenarioView`, so a curve, a twin or a dose mark is computed exactly once.
 */

export type ConcentrationUnits = DisplaySettings['units'];

/** What a series shows. Plasma series are in the display units; tissue series are carboxylated %. */
export type SeriesKind = 'plasma' | 'plasmaWithoutFat' | 'bone' | 'artery';
export type PanelId = 'plasma' | 'tissue';

/** One dose as a chart marks it. Numbered per regimen in time order, 1-based, as the UI numbers it. */
export interface DoseMark {
  regimenIndex: number;
  /** 1-based number within its regimen, in time order over regular and extra doses. */
  number: number;
  /** 0-based index of a regular dose (what `missedDoses` holds), or null for an extra dose. */
  regularIndex: number | null;
  /** 0-based index into the regimen's `extraDoses`, or null for a regular dose. */
  extraIndex: number | null;
  timeH: number;
  amountUg: number;
  fatG: number;
  missed: boolean;
  /** Id of a calendar-schedule dose ("2026-03-24#0/0", "added/2"), or null for an interval regimen's dose. */
  doseId?: string | null;
  /** Planned time before a move (h); a calendar dose dragged later keeps its planned time here. */
  plannedTimeH?: number;
}

/** A measured level drawn over the curves, in the display units. */
export interface MeasuredPoint {
  /** Index in `scenario.measured`. */
  index: number;
  compound: CompoundId;
  /** Hours after the calendar start (wall-clock date and time in the calendar's zone). */
  timeH: number;
  /** In the view's units (converted from the level's own unit with the compound's molar mass). */
  value: number;
  /** The level as entered. */
  entered: { value: number; unit: MeasuredUnit };
}

/** One regimen of the scenario, simulated as taken and, when comparing fat, with all its fat removed. */
export interface RegimenView {
  /** Index in `scenario.regimens`. */
  index: number;
  compound: CompoundId;
  /**
   * The regimen's own label, else the compound's ("MK-7"); "MK-7 (regimen 2)" when a compound has several;
   * with the personal factor when it is not 1 ("MK-7, fitted ×0.35").
   */
  label: string;
  /** How many earlier regimens have the same compound (0 for the first): styles tell them apart. */
  ordinalInCompound: number;
  regimen: Regimen;
  result: SimulationResult;
  /** The same regimen with every dose's meal fat set to 0 g (regular and extra), when display.compareFat. */
  withoutFat: { regimen: Regimen; result: SimulationResult } | null;
  doses: DoseMark[];
  /**
   * The most taken within any 24 h (µg) over the doses as taken (`result.intakes`), for the chart's note where
   * studies disagree: computed once here (in the view's worker for heavy files), never per render on the page.
   */
  maxDailyIntakeUg: number;
  /** How many doses are taken (`result.intakes.length`), read without rebuilding the intakes on the page. */
  intakeCount: number;
}

/** One line as any view draws it, at full resolution; views downsample for the screen. */
export interface ViewSeries {
  /** Stable key: "r1", "r1-nofat", "r1-bone", "r1-artery" (regimen index). */
  key: string;
  regimenIndex: number;
  compound: CompoundId;
  kind: SeriesKind;
  panel: PanelId;
  /** Legend text: "MK-7", "MK-7 (no fat)", "MK-7 bone (osteocalcin)", "MK-7 artery (MGP)". */
  label: string;
  /** "ng/mL", "nmol/L" or "%". */
  unit: string;
  /**
   * Spreadsheet column name with units, e.g. "mk7_plasma_ng_per_ml"; prefixed with the regimen number when a
   * compound has several regimens: "r2_mk7_bone_carboxylated_pct".
   */
  column: string;
  values: Float64Array;
  /** Same as the regimen's time grid (h). */
  timeH: Float64Array;
}

export interface ScenarioViewOptions {
  /** 'visible' (default) simulates only the compounds in display.visible; 'all' every regimen (command line). */
  regimens?: 'visible' | 'all';
  /** Include bone and artery series; default display.showTissue. */
  tissue?: boolean;
  /** Include the without-fat twins; default display.compareFat. */
  withoutFat?: boolean;
  /**
   * How each curve is simulated; default `simulate` (whole arrays). The streamed export passes a function that
   * only builds the model (zero-length arrays), takes each curve's `result.input` from the view and streams it
   * (view/viewBlocks.ts), so its columns come from this one function too.
   */
  simulate?: (input: SimulationInput) => SimulationResult;
  /**
   * The language of the labels and axis titles ("MK-7 (Schema 2)", "MK-7 (ohne Fett)"); default English, as the
   * command line and the data files write them. Column names never change with it.
   */
  tr?: Translator;
}

/** The simulated arrays a series is derived from (a whole run, or one block of a streamed run). */
export type CurveArrays = Pick<SimulationResult, 'plasmaNgPerMl' | 'boneNgPerMl' | 'arteryNgPerMl'>;

/**
 * A series' values from its curve's simulated arrays, element by element: plasma (as taken or without fat)
 * times the unit factor (ng/mL -> nmol/L is x 1000 / molar mass); bone and artery as carboxylated % of the
 * Emax model (readouts.ts). Element-wise, so a block of a run gives exactly that slice of the whole series.
 * @example seriesValues('plasma', 'mk7', 'ng/mL', simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90 }), 24, 1)).length // => 25
 */
export function seriesValues(
  kind: SeriesKind,
  compound: CompoundId,
  units: ConcentrationUnits,
  arrays: CurveArrays,
): Float64Array {
  if (kind === 'plasma' || kind === 'plasmaWithoutFat') {
    const factor = unitFactor(compound, units);
    return factor === 1 ? arrays.plasmaNgPerMl : arrays.plasmaNgPerMl.map((v) => v * factor);
  }
  const mass = molarMass(compound);
  const tissue = kind === 'bone' ? arrays.boneNgPerMl : arrays.arteryNgPerMl;
  return seriesCarboxylation(tissue, TISSUE_PRESET[kind], mass).map((x) => x * 100);
}

export interface ScenarioView {
  scenario: Scenario;
  horizonH: number;
  units: ConcentrationUnits;
  /** The shared output grid (h). */
  timeH: Float64Array;
  regimens: RegimenView[];
  /** Every series, plasma panel first, in regimen order. */
  series: ViewSeries[];
  /** Dose marks of every included regimen, in time order. */
  doseMarks: DoseMark[];
  /** Axis titles with units, identical on screen, projector and export. */
  axisTitles: { time: string; plasma: string; tissue: string };
  /** Measured levels inside the run, as points over the curves (empty without a calendar). */
  measured: MeasuredPoint[];
  /** 'calendar': label the time axis with dates and clock times of `calendar`; 'days': days since the start. */
  timeAxis: 'days' | 'calendar';
  /** The calendar the doses and measured levels are placed with, or null. */
  calendar: Schedule | null;
  /** Factor all exposure is scaled by (1 = the typical person). */
  personalFactor: number;
}

/** The time-axis title: days since the start, or dates and clock times in the calendar's zone. */
export function timeAxisTitle(
  timeAxis: 'days' | 'calendar',
  calendar: Schedule | null,
  tr: Translator = ENGLISH,
): string {
  return timeAxis === 'calendar' && calendar
    ? tr.t('axis.timeCalendar', { zone: calendar.start.timeZone })
    : tr.t('axis.time');
}

/**
 * A time-axis tick label: "Mon 23 Mar" at midnight and "Mon 23 Mar 08:00" otherwise on the calendar axis,
 * else days since the start ("3", "3.5").
 * @example timeTickLabel(48, 'days', null) // => '2'
 */
export function timeTickLabel(
  timeH: number,
  timeAxis: 'days' | 'calendar',
  calendar: Schedule | null,
  locale = 'en-GB',
): string {
  if (timeAxis !== 'calendar' || !calendar)
    return formatNumberIn(locale, Math.round((timeH / 24) * 100) / 100, { fraction: 2, grouping: false });
  const wall = hToWallTime(calendar, timeH);
  const [y, m, d] = wall.date.split('-').map(Number) as [number, number, number];
  // English dates day first ("Thu 26 Mar"), as the axis has always written them.
  const day = formatDayIn(locale.startsWith('en') ? 'en-GB' : locale, Date.UTC(y, m - 1, d));
  return wall.time === '00:00' ? day : `${day} ${wall.time}`;
}

/** Dose marks of a calendar-scheduled regimen, numbered from 1 in time order. */
export function scheduledDoseMarks(doses: readonly ScheduledDose[], regimenIndex: number): DoseMark[] {
  return doses.map((d, k) => ({
    regimenIndex,
    number: k + 1,
    regularIndex: null,
    extraIndex: null,
    timeH: d.timeH,
    amountUg: d.amountUg,
    fatG: d.fatG,
    missed: d.missed,
    doseId: d.id,
    plannedTimeH: d.plannedTimeH,
  }));
}

/** "ng/mL" -> "ng_per_ml", "nmol/L" -> "nmol_per_l". */
export function unitSlug(units: ConcentrationUnits): string {
  return units === 'ng/mL' ? 'ng_per_ml' : 'nmol_per_l';
}

/** Factor from ng/mL to the display units for a compound: nmol/L = ng/mL * 1000 / (g/mol). */
export function unitFactor(compound: CompoundId, units: ConcentrationUnits): number {
  return units === 'ng/mL' ? 1 : 1000 / molarMass(compound);
}

/** The value-axis title of the plasma panel: it names the quantity and unit, never one compound. */
export function plasmaAxisTitle(units: ConcentrationUnits, tr: Translator = ENGLISH): string {
  return tr.t('axis.plasma', { units });
}

/** The tissue panel's value-axis title. */
export function tissueAxisTitle(tr: Translator = ENGLISH): string {
  return tr.t('axis.tissue');
}

export const TISSUE_AXIS_TITLE = tissueAxisTitle();
export const TIME_AXIS_TITLE = ENGLISH.t('axis.time');

/** The same regimen with all fat removed: regular doses and extra doses are all taken fasted. */
export function withoutFat(regimen: Regimen): Regimen {
  return { ...regimen, fatG: 0, extraDoses: regimen.extraDoses.map((d) => ({ ...d, fatG: 0 })) };
}

/**
 * Dose marks of one regimen, regular and extra, in time order and numbered from 1 as the UI shows them.
 * @example doseMarks(makeRegimen({ compound: 'mk7', doseUg: 90 }), 0, 72).map((d) => d.number) // => [1, 2, 3]
 */
export function doseMarks(regimen: Regimen, regimenIndex: number, horizonH: number): DoseMark[] {
  // doseEvents keeps extra doses in the order given; recover each one's index by identity of its slot.
  let extraSeen = 0;
  const extraOrder = regimen.extraDoses
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.timeH < horizonH)
    .sort((a, b) => a.d.timeH - b.d.timeH);
  return doseEvents(regimen, horizonH).map((e, k) => {
    const extraIndex = e.index === null ? (extraOrder[extraSeen++]?.i ?? null) : null;
    return {
      regimenIndex,
      number: k + 1,
      regularIndex: e.index,
      extraIndex,
      timeH: e.timeH,
      amountUg: e.amountUg,
      fatG: e.fatG,
      missed: e.missed,
    };
  });
}

/**
 * Simulates a scenario into everything a chart, a table or a file shows: per regimen the curve as taken,
 * its without-fat twin, tissue carboxylation and dose marks, with units and axis titles. Any number of
 * regimens per compound. Pure and deterministic.
 * @example scenarioView(defaultScenario()).series.map((s) => s.key) // => ['r0', 'r1', 'r2', 'r0-bone', 'r0-artery', 'r1-bone', 'r1-artery', 'r2-bone', 'r2-artery']
 */
export function scenarioView(scenario: Scenario, options: ScenarioViewOptions = {}): ScenarioView {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  const { units, visible } = scenario.display;
  const includeTissue = options.tissue ?? scenario.display.showTissue;
  const includeTwin = options.withoutFat ?? scenario.display.compareFat;
  const all = options.regimens === 'all';
  const run = options.simulate ?? simulate;
  const tr = options.tr ?? ENGLISH;
  const perCompound = new Map<CompoundId, number>();
  for (const r of scenario.regimens) perCompound.set(r.compound, (perCompound.get(r.compound) ?? 0) + 1);

  const seen = new Map<CompoundId, number>();
  const regimens: RegimenView[] = [];
  scenario.regimens.forEach((source, index) => {
    const ordinal = seen.get(source.compound) ?? 0;
    seen.set(source.compound, ordinal + 1);
    if (!all && !visible.includes(source.compound)) return;
    // Doses as taken: from the calendar schedule when there is one, scaled by the personal factor. The regimen
    // the metrics use is the regular schedule those doses follow (a calendar pattern's interval equivalent).
    const { scheduled, intervalEquivalent } = regimenDoses(scenario, source, horizonH);
    const regimen = intervalEquivalent ?? toRegimen(source);
    const base = source.label ?? COMPOUND_PRESETS[source.compound].label;
    const label =
      source.label === undefined && (perCompound.get(source.compound) ?? 0) > 1
        ? tr.t('view.regimenOfCompound', { label: base, n: index + 1 })
        : base;
    const fasted = includeTwin ? withoutFat(regimen) : null;
    const result = run(regimenRunInput(scenario, source, horizonH, stepH));
    regimens.push({
      index,
      compound: source.compound,
      // A personal factor is named with the curve ("MK-7, fitted ×0.35"): legends, captions and tables read it here.
      label: labelWithFactor(label, scenario.personal, tr),
      ordinalInCompound: ordinal,
      regimen,
      result,
      withoutFat: fasted && {
        regimen: fasted,
        result: run(regimenRunInput(scenario, source, horizonH, stepH, { withoutFat: true })),
      },
      doses: scheduled ? scheduledDoseMarks(scheduled, index) : doseMarks(regimen, index, horizonH),
      maxDailyIntakeUg: maxDailyIntakeUg(
        result.intakes.map((i) => ({ timeH: i.dose.timeH, amountUg: i.dose.amountUg })),
      ),
      intakeCount: result.intakes.length,
    });
  });

  const slug = unitSlug(units);
  // Columns carry the regimen number only when a compound has several regimens: "mk7_…", "r2_mk7_…".
  const prefix = (r: RegimenView) => ((perCompound.get(r.compound) ?? 0) > 1 ? `r${r.index + 1}_` : '');
  const plasma: ViewSeries[] = [];
  const tissue: ViewSeries[] = [];
  for (const r of regimens) {
    const common = { regimenIndex: r.index, compound: r.compound, timeH: r.result.timeH };
    plasma.push({
      ...common,
      key: `r${r.index}`,
      kind: 'plasma',
      panel: 'plasma',
      label: r.label,
      unit: units,
      column: `${prefix(r)}${r.compound}_plasma_${slug}`,
      values: seriesValues('plasma', r.compound, units, r.result),
    });
    if (r.withoutFat) {
      plasma.push({
        ...common,
        key: `r${r.index}-nofat`,
        kind: 'plasmaWithoutFat',
        panel: 'plasma',
        label: tr.t('view.noFat', { label: r.label }),
        unit: units,
        column: `${prefix(r)}${r.compound}_nofat_plasma_${slug}`,
        values: seriesValues('plasmaWithoutFat', r.compound, units, r.withoutFat.result),
      });
    }
    if (includeTissue) {
      tissue.push({
        ...common,
        key: `r${r.index}-bone`,
        kind: 'bone',
        panel: 'tissue',
        label: tr.t('view.bone', { label: r.label }),
        unit: '%',
        column: `${prefix(r)}${r.compound}_bone_carboxylated_pct`,
        values: seriesValues('bone', r.compound, units, r.result),
      });
      tissue.push({
        ...common,
        key: `r${r.index}-artery`,
        kind: 'artery',
        panel: 'tissue',
        label: tr.t('view.artery', { label: r.label }),
        unit: '%',
        column: `${prefix(r)}${r.compound}_artery_carboxylated_pct`,
        values: seriesValues('artery', r.compound, units, r.result),
      });
    }
  }

  const timeH = regimens[0]?.result.timeH ?? outputTimes(scenario);
  const calendar = scenario.calendar ?? null;
  const measured = measuredPoints(scenario.measured ?? [], calendar, units, horizonH);
  const timeAxis = scenario.display.timeAxis ?? 'days';
  return {
    scenario,
    horizonH,
    units,
    timeH,
    regimens,
    series: withPersonalFactor([...plasma, ...tissue], scenario.personal),
    doseMarks: regimens.flatMap((r) => r.doses).sort((a, b) => a.timeH - b.timeH),
    axisTitles: {
      time: timeAxisTitle(timeAxis, calendar, tr),
      plasma: plasmaAxisTitle(units, tr),
      tissue: tissueAxisTitle(tr),
    },
    measured,
    timeAxis: calendar ? timeAxis : 'days',
    calendar,
    personalFactor: scenario.personal?.factor ?? 1,
  };
}

/** The last measured points built, by their inputs: a slider step changes none of them. */
let measuredCache: {
  levels: readonly MeasuredLevel[];
  calendar: Schedule | null;
  units: ConcentrationUnits;
  horizonH: number;
  points: MeasuredPoint[];
} | null = null;

/**
 * The measured levels inside the run as points in the view's units, placed by wall-clock time in the calendar's
 * zone (none without a calendar). Placing 10,000 levels takes tens of ms, so the last result is kept while its
 * levels, calendar, units and horizon are the same objects and values (the page redraws on every slider step).
 */
function measuredPoints(
  levels: readonly MeasuredLevel[],
  calendar: Schedule | null,
  units: ConcentrationUnits,
  horizonH: number,
): MeasuredPoint[] {
  const c = measuredCache;
  if (c && c.levels === levels && c.calendar === calendar && c.units === units && c.horizonH === horizonH)
    return c.points;
  const points: MeasuredPoint[] = calendar
    ? levels
        .map((level, i) => ({
          index: i,
          compound: level.compound,
          timeH: wallTimeToH(calendar, level.date, level.time),
          value: measuredNgPerMl(level) * unitFactor(level.compound, units),
          entered: { value: level.value, unit: level.unit },
        }))
        .filter((p) => p.timeH >= 0 && p.timeH <= horizonH)
    : [];
  measuredCache = { levels, calendar, units, horizonH, points };
  return points;
}

/**
 * Series scaled by a personal factor say so in their CSV column ("mk7_plasma_ng_per_ml_personal_x0.35"), as
 * their labels do (the regimen's label); the typical person's (factor 1) are unchanged.
 */
function withPersonalFactor(series: ViewSeries[], personal: Scenario['personal']): ViewSeries[] {
  if (factorWords(personal) === null) return series;
  return series.map((s) => ({ ...s, column: columnWithFactor(s.column, personal) }));
}

function outputTimes(scenario: Scenario): Float64Array {
  // No regimen shown: still give the views a time axis.
  const regimen = toRegimen({ ...scenario.regimens[0]!, doseUg: 0 });
  return simulateRegimen(regimen, scenario.horizonDays * 24, scenario.stepMin / 60).timeH;
}

/** Highest peak over the given series, and the lowest of their peaks (ignoring all-zero series). */
export function peakRange(series: readonly ViewSeries[]): { maxPeak: number; minPeak: number } {
  let maxPeak = 0;
  let minPeak = Infinity;
  for (const s of series) {
    let peak = 0;
    for (let i = 0; i < s.values.length; i++) if (s.values[i]! > peak) peak = s.values[i]!;
    if (peak > maxPeak) maxPeak = peak;
    if (peak > 0 && peak < minPeak) minPeak = peak;
  }
  return { maxPeak, minPeak: minPeak === Infinity ? 0 : minPeak };
}

/** Decades shown below the lowest visible peak on a log axis. */
export const LOG_DECADES_BELOW_LOWEST_PEAK = 2;

/**
 * The floor of a log axis, from the data: a power of ten two decades below the lowest visible peak, so every
 * visible curve shows its shape. Values below it are drawn at it. 1e-3 when nothing positive is shown.
 * @example logAxisFloor(scenarioView(defaultScenario()).series) // => 1e-7
 */
export function logAxisFloor(series: readonly ViewSeries[]): number {
  const { minPeak } = peakRange(series);
  if (!(minPeak > 0)) return 1e-3;
  return Number(`1e${Math.floor(Math.log10(minPeak)) - LOG_DECADES_BELOW_LOWEST_PEAK}`);
}
