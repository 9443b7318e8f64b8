import Papa from 'papaparse';
import {
  doseBioavailability,
  COMPOUND_PRESETS,
  formatSignificant,
  presetParameters,
  SOURCES,
  TISSUE_PRESET,
  type ScenarioView,
} from '../../../sim';
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
  return formatSignificant(value, 7);
}

/**
 * A time with at most 6 decimals, so minute steps stay distinct over ten years. Fixed decimals rather than
 * significant digits: "0.016667" and "87599.983333" read as clock steps in a spreadsheet; the command line
 * prints time_h only, with its 10 significant digits.
 */
function formatTime(value: number): string {
  return String(Number(value.toFixed(6)));
}

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
  return `${BOM}${Papa.unparse([[...csvHeader(view), ...extraNames]], { newline: NEWLINE })}${NEWLINE}`;
}

/**
 * Data rows [from, to) of the time grid and one array per series (whole series, or a streamed block):
 * time_h, time_days, then each series' value.
 */
export function csvRowsText(
  timeH: Float64Array,
  columns: readonly Float64Array[],
  from: number,
  to: number,
): string {
  // Numeric cells never need quoting (digits, '.', '-', 'e'), so rows are joined directly.
  let text = '';
  for (let i = from; i < to; i++) {
    const t = timeH[i]!;
    let row = `${formatTime(t)},${formatTime(t / 24)}`;
    for (const values of columns) row += `,${formatValue(values[i]!)}`;
    text += row + NEWLINE;
  }
  return text;
}

export interface CsvChunk {
  text: string;
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

/**
 * The parameters file: one row per quantity. Doses are numbered as the app numbers them (1-based, per
 * regimen, in time order over regular and extra doses), so "missed_doses 29" is the marker labelled "Dose 29".
 */
export function parameterRows(view: ScenarioView, meta: CsvMeta): string[][] {
  const { scenario } = view;
  const rows: string[][] = [
    ['', 'app', `K2 Kinetics ${meta.appVersion}`, '', 'educational model, not medical advice'],
    ['', 'scenario', scenario.name, '', ''],
    ['', 'regimen_in_words', regimenCaption(scenario), '', ''],
    ['', 'horizon', formatAmount(scenario.horizonDays), 'days', ''],
    ['', 'step', formatAmount(scenario.stepMin), 'min', ''],
    ['', 'output_points', String(meta.outputPoints ?? view.timeH.length), '', ''],
    ['', 'concentration_units', view.units, '', ''],
  ];
  for (const r of view.regimens) {
    const source = scenario.regimens[r.index]!;
    const preset = COMPOUND_PRESETS[r.compound];
    const pk = presetParameters(r.compound, source.overrides);
    const basis = (key: 'kaPerH' | 'tHalfH' | 'volumeL' | 'lagH') =>
      source.overrides[key] !== undefined ? 'user' : preset[key].basis;
    const name = `${r.index + 1}: ${r.label}`;
    const missed = r.doses.filter((d) => d.missed).map((d) => d.number);
    const extra = r.doses.filter((d) => d.extraIndex !== null).map((d) => d.number);
    rows.push(
      [name, 'compound', r.compound, '', ''],
      [name, 'dose', String(source.doseUg), 'µg', 'user'],
      [name, 'interval', String(source.intervalH), 'h', 'user'],
      [name, 'first_dose', String(source.firstDoseH), 'h', 'user'],
      [name, 'dose_count', source.doseCount === null ? 'all' : String(source.doseCount), '', 'user'],
      [name, 'meal_fat', String(source.fatG), 'g', 'user'],
      [name, 'missed_doses', missed.join(' ') || 'none', 'dose numbers', 'user'],
      [name, 'extra_doses', extra.join(' ') || 'none', 'dose numbers', 'user'],
      [name, 'ka', String(pk.kaPerH), '1/h', basis('kaPerH')],
      [name, 't_half', String(pk.tHalfH), 'h', basis('tHalfH')],
      [name, 'volume', String(pk.volumeL), 'L', basis('volumeL')],
      [name, 'lag', String(pk.lagH), 'h', basis('lagH')],
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
  }
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

/** The parameters CSV: BOM, header, rows; text cells quoted by Papa where needed. */
export function buildParametersCsv(view: ScenarioView, meta: CsvMeta): string {
  return `${BOM}${Papa.unparse([[...PARAMETER_COLUMNS], ...parameterRows(view, meta)], { newline: NEWLINE })}${NEWLINE}`;
}
