import {
  doseBioavailability,
  COMPOUND_PRESETS,
  formatSignificant,
  presetParameters,
  SOURCES,
  TISSUE_PRESET,
  type ScenarioView,
} from '../../../sim';
import { csvLine } from '../../../sim/text/csvCell';
import { disposition } from '../../../sim/model/disposition';
import { ByteWriter } from '../../../sim/text/csvBytes';
import { scenarioTitle } from '../../../sim/scenario/describe';
import {
  hToWallTime,
  MEAL_KINDS,
  wallTimeToH,
  type RegimenSchedule,
  type Schedule,
} from '../../../sim/schedule';
import { formatAmount, regimenCaption } from './caption';
import { sourcesOf } from './figureSpec';

export interface CsvMeta {
  appVersion: string;
  /** Output points per series; default the view's own time grid (give it for a streamed view's skeleton). */
  outputPoints?: number;
}

/**
 * Two files per CSV export, both UTF-8 with a byte-order mark (so Excel reads "µg" and "½" right) and CRLF:
 * - `<name>.csv`: the data only, one header row then one row per output point, so `read_csv` and every
 *   spreadsheet open it with no options;
 * - `<name>.parameters.csv`: what was simulated, as a tidy table (regimen, quantity, value, unit, basis).
 * The parameters are a second file rather than '#' lines because comment lines break plain `read_csv`
 * and spreadsheets, and a table of a different shape cannot share the data's columns.
 */
export const BOM = '\uFEFF';

/** Rows per chunk: small enough that the UI can show progress between chunks of a long export. */
export const CSV_ROWS_PER_CHUNK = 20_000;
/** RFC 4180's line ending; spreadsheets on every platform read it. */
const NEWLINE = '\r\n';

/**
 * A value with 7 significant digits and a decimal point (never a locale comma): "0.1234567", "1.5e-7". The
 * command line's formatter (sim/significant.ts) at 7 digits, not its 10: a ten-year minute-step file is
 * already ~300 MB, and 7 digits is beyond any spreadsheet use of an educational model.
 */
export function formatValue(value: number): string {
  return formatSignificant(value, VALUE_DIGITS);
}

/**
 * Times are written with at most 6 decimals (`String(Number(t.toFixed(6)))`), so minute steps stay distinct over
 * ten years. Fixed decimals rather than significant digits: "0.016667" and "87599.983333" read as clock steps in
 * a spreadsheet; the command line prints time_h only, with its 10 significant digits.
 */
const TIME_DECIMALS = 6;
/** Significant digits of a data value (formatValue). */
const VALUE_DIGITS = 7;

export function csvHeader(view: ScenarioView): string[] {
  return ['time_h', 'time_days', ...view.series.map((s) => s.column)];
}

/** A column added after the view's series, on the same time grid (the population bands). */
export interface CsvExtraColumn {
  name: string;
  values: Float64Array;
}

/** The start of the data CSV: byte-order mark, then the header row (with any extra columns' names). */
export function csvHeaderText(view: ScenarioView, extraNames: readonly string[] = []): string {
  return `${BOM}${csvLine([...csvHeader(view), ...extraNames])}${NEWLINE}`;
}

/**
 * Data rows [from, to) of the time grid and one array per series (whole series, or a streamed block), written
 * as bytes: time_h, time_days, then each series' value. Digits straight into the buffer (sim/text/csvBytes.ts),
 * the same text as formatValue and the 6-decimal time, byte for byte.
 */
export function csvRowsBytes(
  out: ByteWriter,
  timeH: Float64Array,
  columns: readonly Float64Array[],
  from: number,
  to: number,
): void {
  // Numeric cells never need quoting (digits, '.', '-', 'e'), so rows are joined directly.
  for (let i = from; i < to; i++) {
    const t = timeH[i]!;
    out.fixed(t, TIME_DECIMALS);
    out.byte(COMMA);
    out.fixed(t / 24, TIME_DECIMALS);
    for (const values of columns) {
      out.byte(COMMA);
      out.significant(values[i]!, VALUE_DIGITS);
    }
    out.byte(CR);
    out.byte(LF);
  }
}

/** The same rows as text (the whole-view export and tests; the streamed export keeps the bytes). */
export function csvRowsText(
  timeH: Float64Array,
  columns: readonly Float64Array[],
  from: number,
  to: number,
): string {
  const out = new ByteWriter();
  csvRowsBytes(out, timeH, columns, from, to);
  return new TextDecoder().decode(out.take());
}

const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

export interface CsvChunk {
  text: string;
  rowsDone: number;
  rowsTotal: number;
}

/** A piece of the streamed data CSV as UTF-8 bytes (what a Blob, a file or a worker transfer takes). */
export interface CsvByteChunk {
  bytes: Uint8Array<ArrayBuffer>;
  rowsDone: number;
  rowsTotal: number;
}

/** The data CSV in pieces (BOM and header first), so a long export can yield to the UI between pieces. */
export function* csvChunks(
  view: ScenarioView,
  rowsPerChunk = CSV_ROWS_PER_CHUNK,
  extra: readonly CsvExtraColumn[] = [],
): Generator<CsvChunk> {
  const rowsTotal = view.timeH.length;
  // Extra columns (population bands) must be on the view's grid: one value per row.
  if (extra.some((e) => e.values.length !== rowsTotal))
    throw new Error('extra CSV columns are not on the grid');
  yield {
    text: csvHeaderText(
      view,
      extra.map((e) => e.name),
    ),
    rowsDone: 0,
    rowsTotal,
  };
  const columns = [...view.series.map((s) => s.values), ...extra.map((e) => e.values)];
  for (let from = 0; from < rowsTotal; from += rowsPerChunk) {
    const to = Math.min(rowsTotal, from + rowsPerChunk);
    yield { text: csvRowsText(view.timeH, columns, from, to), rowsDone: to, rowsTotal };
  }
}

/** The whole data CSV as one string. */
export function buildCsv(view: ScenarioView): string {
  let text = '';
  for (const chunk of csvChunks(view)) text += chunk.text;
  return text;
}

export const PARAMETER_COLUMNS = ['regimen', 'quantity', 'value', 'unit', 'basis'] as const;

const yes = (flag: boolean | undefined) => (flag ? 'yes' : 'no');

/**
 * The parameters file: one row per quantity, enough to rebuild the scenario (tests/renderer/parameters-rebuild
 * reads it back): the calendar (start date, time, zone, each meal's fat), per regimen its pattern or interval,
 * every edited, added or missed dose with its time, amount and meal fat, the measured levels and the personal
 * factor, then the model parameters with their basis. Interval doses are numbered as the app numbers them
 * (1-based, per regimen, in time order over regular and extra doses), so "missed_doses 29" is the marker
 * labelled "Dose 29". Rows about one dose or one level name it in the first column ("1: MK-7, dose
 * 2026-03-24 08:00", "measured 2").
 */
export function parameterRows(view: ScenarioView, meta: CsvMeta): string[][] {
  const { scenario } = view;
  const calendar = scenario.calendar;
  const rows: string[][] = [
    ['', 'app', `K2 Kinetics ${meta.appVersion}`, '', 'educational model, not medical advice'],
    ['', 'scenario', scenarioTitle(scenario), '', ''],
    ['', 'regimen_in_words', regimenCaption(scenario), '', ''],
    ['', 'horizon', formatAmount(scenario.horizonDays), 'days', ''],
    ['', 'step', formatAmount(scenario.stepMin), 'min', ''],
    ['', 'output_points', String(meta.outputPoints ?? view.timeH.length), '', ''],
    ['', 'concentration_units', view.units, '', ''],
    ...personalRows(scenario),
  ];
  if (calendar) {
    rows.push(
      ['', 'start_date', calendar.start.date, '', 'user'],
      ['', 'start_time', calendar.start.time, '', 'user'],
      ['', 'time_zone', calendar.start.timeZone, 'IANA', 'user'],
      ...MEAL_KINDS.map((meal) => ['', `meal_fat_${meal}`, String(calendar.mealFatG[meal]), 'g', 'user']),
    );
  }
  // Every regimen, shown or not, so the file rebuilds the whole scenario; 'shown' says which the chart draws.
  scenario.regimens.forEach((source, index) => {
    const r = view.regimens.find((v) => v.index === index);
    const preset = COMPOUND_PRESETS[source.compound];
    const pk = presetParameters(source.compound, source.overrides);
    const basis = (key: 'kaPerH' | 'tHalfH' | 'volumeL' | 'lagH') =>
      source.overrides[key] !== undefined ? 'user' : preset[key].basis;
    const name = `${index + 1}: ${source.label ?? preset.label}`;
    rows.push(
      [name, 'compound', source.compound, '', ''],
      [name, 'shown', yes(r !== undefined), '', 'user'],
      [name, 'dose', String(source.doseUg), 'µg', 'user'],
    );
    if (source.label !== undefined) rows.push([name, 'label', source.label, '', 'user']);
    if (calendar && source.schedule) {
      rows.push(...scheduleRows(name, calendar, source.schedule));
    } else {
      const missed = r ? r.doses.filter((d) => d.missed).map((d) => d.number) : [];
      const extra = r ? r.doses.filter((d) => d.extraIndex !== null).map((d) => d.number) : [];
      rows.push(
        [name, 'interval', String(source.intervalH), 'h', 'user'],
        [name, 'first_dose', String(source.firstDoseH), 'h', 'user'],
        [name, 'dose_count', source.doseCount === null ? 'all' : String(source.doseCount), '', 'user'],
        [name, 'meal_fat', String(source.fatG), 'g', 'user'],
        [name, 'missed_doses', missed.join(' ') || 'none', 'dose numbers', 'user'],
        [name, 'missed_regular_doses', source.missedDoses.join(' ') || 'none', '0-based', 'user'],
        [name, 'extra_doses', extra.join(' ') || 'none', 'dose numbers', 'user'],
      );
      source.extraDoses.forEach((d, k) => {
        const dose = `${name}, extra dose ${k + 1}`;
        rows.push(
          [dose, 'time', String(d.timeH), 'h', 'user'],
          [dose, 'amount', String(d.amountUg), 'µg', 'user'],
          [dose, 'meal_fat', String(d.fatG), 'g', 'user'],
        );
      });
    }
    // With a peripheral compartment (K1) t½ and V are the central ones, not the curve's: named so, with the
    // exchange rates and the two half-lives the curve falls with.
    const central = pk.peripheral ? '_central' : '';
    rows.push(
      [name, 'ka', String(pk.kaPerH), '1/h', basis('kaPerH')],
      [name, `t_half${central}`, String(pk.tHalfH), 'h', basis('tHalfH')],
      [name, `volume${central}`, String(pk.volumeL), 'L', basis('volumeL')],
      [name, 'lag', String(pk.lagH), 'h', basis('lagH')],
    );
    if (pk.peripheral) {
      const d = disposition(pk);
      rows.push(
        [name, 'k12', String(pk.peripheral.k12PerH), '1/h', 'estimate'],
        [name, 'k21', String(pk.peripheral.k21PerH), '1/h', 'estimate'],
        [name, 'half_life_fast', formatValue(Math.LN2 / d.alphaPerH), 'h', 'model'],
        [name, 'half_life_slow', formatValue(Math.LN2 / d.betaPerH), 'h', 'model'],
      );
    }
    if (source.overrides.f !== undefined)
      rows.push([name, 'f_fixed', String(source.overrides.f), 'fraction', 'user']);
    rows.push(
      [
        name,
        'f_with_meal',
        formatValue(doseBioavailability(pk, source.doseUg, source.fatG)),
        'fraction',
        'model',
      ],
      [name, 'f_fasted', formatValue(doseBioavailability(pk, source.doseUg, 0)), 'fraction', 'model'],
      [name, 'molar_mass', String(preset.molarMassGPerMol.value), 'g/mol', preset.molarMassGPerMol.basis],
    );
  });
  (scenario.measured ?? []).forEach((level, k) => {
    const entity = `measured ${k + 1}`;
    rows.push(
      [entity, 'compound', level.compound, '', 'user'],
      [entity, 'date', level.date, '', 'user'],
      [entity, 'time', level.time, '', 'user'],
      [entity, 'level', String(level.value), level.unit, 'user'],
    );
  });
  if (view.series.some((s) => s.panel === 'tissue')) {
    for (const [tissue, p] of [
      ['bone (osteocalcin)', TISSUE_PRESET.bone],
      ['artery (MGP)', TISSUE_PRESET.artery],
    ] as const) {
      rows.push(
        [tissue, 'ke0', formatValue(p.ke0PerH), '1/h', 'illustrative'],
        [tissue, 'baseline', String(p.baselineFraction), 'fraction', 'illustrative'],
        [tissue, 'max', String(p.maxFraction), 'fraction', 'illustrative'],
        [tissue, 'ec50', String(p.ec50NmolPerL), 'nmol/L', 'illustrative'],
      );
    }
  }
  rows.push([
    '',
    'sources',
    sourcesOf(view)
      .map((id) => SOURCES[id].short)
      .join('; '),
    '',
    '',
  ]);
  return rows;
}

/**
 * The personal factor and the fit it came from: "personal_factor 0.35 factor fitted to 4 measured levels",
 * its 95% interval, and "1 typical person" when there is none.
 */
function personalRows(scenario: ScenarioView['scenario']): string[][] {
  const personal = scenario.personal;
  const factor = personal?.factor ?? 1;
  const fit = personal?.fit ?? null;
  const basis = fit
    ? `fitted to ${fit.n} measured level${fit.n === 1 ? '' : 's'}`
    : factor === 1
      ? 'typical person'
      : 'user';
  const rows = [['', 'personal_factor', String(factor), 'factor', basis]];
  if (fit?.ci95)
    rows.push(['', 'personal_factor_ci95', fit.ci95.map(formatValue).join(' '), 'factor', 'fit']);
  return rows;
}

/**
 * A calendar regimen's pattern, then every dose the user changed (missed, double, moved, other amount, meal
 * or fat, deleted) with its planned and taken time, amount and meal fat, then every dose added by hand.
 */
function scheduleRows(name: string, calendar: Schedule, schedule: RegimenSchedule): string[][] {
  const { pattern } = schedule;
  const rows: string[][] = [
    [name, 'pattern_days', pattern.days, '', 'user'],
    ...pattern.slots.map((slot, i) => [
      name,
      `pattern_slot_${i + 1}`,
      `${slot.time} ${slot.meal}`,
      '',
      'user',
    ]),
  ];
  for (const edit of schedule.edits) {
    const [date, slotText] = edit.key.split('#') as [string, string];
    const slot = pattern.slots[Number(slotText)];
    const plannedH = slot ? wallTimeToH(calendar, date, slot.time) : null;
    const dose = `${name}, dose ${date} ${slot?.time ?? `slot ${Number(slotText) + 1}`}`;
    const meal = edit.meal ?? slot?.meal ?? 'none';
    rows.push([dose, 'key', edit.key, '', 'user']);
    if (edit.deleted) rows.push([dose, 'deleted', 'yes', '', 'user']);
    if (edit.missed) rows.push([dose, 'missed', 'yes', '', 'user']);
    if (edit.moveMin !== undefined && edit.moveMin !== 0) {
      rows.push([dose, 'moved', String(edit.moveMin), 'min', 'user']);
      if (plannedH !== null) {
        const taken = hToWallTime(calendar, plannedH + edit.moveMin / 60);
        rows.push([dose, 'taken_at', `${taken.date} ${taken.time}`, '', 'user']);
      }
    }
    if (edit.copies !== undefined && edit.copies !== 1)
      rows.push([dose, 'copies', String(edit.copies), 'units', 'user']);
    if (edit.amountUg !== undefined)
      rows.push([dose, 'amount', String(edit.amountUg), 'µg per unit', 'user']);
    if (edit.meal !== undefined) rows.push([dose, 'meal', edit.meal, '', 'user']);
    if (edit.fatG !== undefined) rows.push([dose, 'meal_fat', String(edit.fatG), 'g', 'user']);
    else if (edit.meal !== undefined)
      rows.push([dose, 'meal_fat', String(calendar.mealFatG[meal]), 'g', 'meal']);
  }
  schedule.added.forEach((added, k) => {
    const dose = `${name}, added dose ${k + 1}`;
    rows.push(
      [dose, 'date', added.date, '', 'user'],
      [dose, 'time', added.time, '', 'user'],
      [dose, 'meal', added.meal, '', 'user'],
    );
    if (added.amountUg !== undefined) rows.push([dose, 'amount', String(added.amountUg), 'µg', 'user']);
    if (added.fatG !== undefined) rows.push([dose, 'meal_fat', String(added.fatG), 'g', 'user']);
    else rows.push([dose, 'meal_fat', String(calendar.mealFatG[added.meal]), 'g', 'meal']);
    if (added.missed) rows.push([dose, 'missed', 'yes', '', 'user']);
  });
  return rows;
}

/**
 * The parameters CSV: BOM, header, rows. Every cell goes through csvLine: text that a spreadsheet would run as
 * a formula (a scenario named "=HYPERLINK(…)") gets a ' prefix, numbers stay numbers, and cells are quoted as
 * RFC 4180 needs.
 */
export function buildParametersCsv(view: ScenarioView, meta: CsvMeta): string {
  const lines = [[...PARAMETER_COLUMNS], ...parameterRows(view, meta)].map(csvLine);
  return `${BOM}${lines.join(NEWLINE)}${NEWLINE}`;
}
