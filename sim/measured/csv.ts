import Papa from 'papaparse';
import { ENGLISH, type Translator } from '../i18n/translator';
import { oneLine } from '../text/oneLine';
import { asSentence } from '../text/sentence';
import type { CompoundId } from '../model/types';
import { MAX_MEASURED_LEVELS } from '../scenario/limits';
import { measuredOverCap } from '../scenario/work';
import { formatClock, parseClock, parseDate } from '../schedule/zonedTime';
import { MAX_MEASURED_VALUE, parseMeasuredUnit, type MeasuredLevel, type MeasuredUnit } from './measured';

export type CsvResult =
  { ok: true; levels: MeasuredLevel[]; delimiter: string } | { ok: false; error: string };

const CANDIDATES = ['\t', ';', ','] as const;

/** Fields per line when split on a delimiter, ignoring delimiters inside double quotes. */
function fieldCount(line: string, delimiter: string): number {
  let count = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter of a small CSV, chosen here rather than by Papa Parse (which can miss ';' when a file ends
 * with a blank line): the first of tab, semicolon, comma that splits every non-blank line into the same
 * number (at least 2) of fields. Tab and semicolon come first because a file that uses them may hold
 * decimal commas. Null when none fits.
 * @example detectDelimiter('when;value\n2026-03-23 08:00;1,2\n\n') // => ';'
 */
export function detectDelimiter(text: string): string | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => fieldCount(l, d));
    if (counts[0]! >= 2 && counts.every((c) => c === counts[0])) return d;
  }
  return null;
}

/** The longest row text a refusal quotes: enough to recognise the row, never a wall of text. */
const QUOTED_ROW_CHARS = 60;

/**
 * Why no delimiter fits, as the first row that breaks the pattern: the delimiter that splits the first
 * non-blank line into at least 2 fields and the most other lines into as many (ties: tab, semicolon, comma),
 * and the first line with another count. Rows are numbered as a spreadsheet numbers them (blank lines count).
 * Null when no delimiter splits the first line.
 * @example firstOddRow('date;value\n2026-03-23 08:00;1,2\n2026-03-24 08:00,1.4\n') // => { row: 3, count: 1, first: 1, expected: 2, delimiter: ';', text: '2026-03-24 08:00,1.4' }
 */
export function firstOddRow(
  text: string,
): { row: number; count: number; first: number; expected: number; delimiter: string; text: string } | null {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line, row: i + 1 }))
    .filter(({ line }) => line.trim() !== '');
  if (lines.length < 2) return null;
  let best: { delimiter: string; agreeing: number; counts: number[] } | null = null;
  for (const d of CANDIDATES) {
    const counts = lines.map(({ line }) => fieldCount(line, d));
    if (counts[0]! < 2) continue;
    const agreeing = counts.filter((c) => c === counts[0]).length;
    if (!best || agreeing > best.agreeing) best = { delimiter: d, agreeing, counts };
  }
  if (!best) return null;
  const { delimiter, counts } = best;
  const odd = counts.findIndex((c) => c !== counts[0]);
  if (odd < 0) return null;
  return {
    row: lines[odd]!.row,
    count: counts[odd]!,
    first: lines[0]!.row,
    expected: counts[0]!,
    delimiter,
    text: lines[odd]!.line.trim(),
  };
}

/** A delimiter's name in the messages' selects. */
const delimiterName = (d: string): string => (d === '\t' ? 'tab' : d === ';' ? 'semicolon' : 'comma');

/**
 * A number as people write it: "1.25", "1,25" (decimal comma), " 0.4 ". Null for anything else, including
 * "1,2,3", thousands separators and units inside the cell.
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!/^[+]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * A number as parseDecimal reads it, or with a leading minus: "-1,5" is -1.5, "-0" is 0. Null for anything
 * else.
 * @example signedDecimal('-1') // => -1
 */
export function signedDecimal(text: string): number | null {
  const t = text.trim();
  if (!t.startsWith('-')) return parseDecimal(t);
  const magnitude = parseDecimal(t.slice(1));
  return magnitude === null ? null : magnitude === 0 ? 0 : -magnitude;
}

/**
 * A date and time as people write them: "2026-03-23 08:00", "2026-03-23T08:00:00", "23.03.2026 08:00"
 * (seconds are dropped). Slash dates are refused: 03/04 is March 4 in one country and April 3 in another.
 */
export function parseDateTime(text: string): { date: string; time: string } | null {
  const t = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(t);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ ,]+(\d{1,2}):(\d{2})(:\d{2})?$/.exec(t);
  let date: string;
  let clock: string;
  if (iso) {
    date = iso[1]!;
    clock = `${iso[2]!.padStart(2, '0')}:${iso[3]}`;
  } else if (dotted) {
    date = `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
    clock = `${dotted[4]!.padStart(2, '0')}:${dotted[5]}`;
  } else return null;
  const minutes = parseClock(clock);
  if (parseDate(date) === null || minutes === null) return null;
  return { date, time: formatClock(minutes) };
}

interface Columns {
  dateTime: number | null;
  date: number | null;
  time: number | null;
  value: number;
  unit: number | null;
}

function columnsFromHeader(header: string[]): Columns | null {
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(h.trim().toLowerCase()));
    return i < 0 ? null : i;
  };
  const value = find(/value|level|conc|result|wert|ng\/ml|nmol/);
  const dateTime = find(/date.?time|datetime|when|timestamp|zeitpunkt/);
  const date = dateTime === null ? find(/date|datum|day/) : null;
  const time = dateTime === null ? find(/time|zeit|clock/) : null;
  const unit = find(/unit|einheit/);
  if (value === null) return null;
  if (dateTime !== null) return { dateTime, date: null, time: null, value, unit };
  // One column named "date" or "time" may hold both; two columns hold the date and the time.
  if (date !== null && time !== null) return { dateTime: null, date, time, value, unit };
  const single = date ?? time;
  return single === null ? null : { dateTime: single, date: null, time: null, value, unit };
}

/**
 * Parses lab results from CSV text, with Papa Parse after detecting the delimiter ourselves. Accepts a header
 * row (columns named like "date", "time" or "date time", "value", "unit", in any order) or none (then
 * date-time, value[, unit] or date, time, value[, unit]); decimal commas; blank lines; a unit column or the
 * given default unit. Errors name the row as the user sees it in a spreadsheet, e.g.
 * "Row 4: '1,2,3' is not a number.", in `tr`'s language (the app passes the UI's). Nothing is returned unless every
 * row is good.
 * @example parseMeasuredCsv('date;value\n2026-03-23 08:00;1,2', { unit: 'ng/mL', compound: 'mk7' }).levels // => [{ date: '2026-03-23', time: '08:00', value: 1.2, unit: 'ng/mL', compound: 'mk7' }]
 */
export function parseMeasuredCsv(
  text: string,
  defaults: {
    unit: MeasuredUnit;
    compound: CompoundId;
    /** Levels the scenario already holds: the import may add up to MAX_MEASURED_LEVELS minus these. */
    existing?: number;
  },
  tr: Translator = ENGLISH,
): CsvResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: tr.t('csv.empty') };
  // Counted before any row is read: a file the scenario could not hold (and so not save) is refused at once.
  const existing = defaults.existing ?? 0;
  const counted = dataRowCount(body);
  if (existing + counted > MAX_MEASURED_LEVELS)
    return { ok: false, error: sentence(measuredOverCap(existing + counted, tr)) };
  const delimiter = detectDelimiter(body);
  if (delimiter === null) {
    // Name the row that differs (a file mixing separators, or decimal commas in a comma-separated file).
    const odd = firstOddRow(body);
    if (!odd) return { ok: false, error: tr.t('csv.columns') };
    return {
      ok: false,
      error: tr.t('csv.rowFields', {
        row: odd.row,
        count: odd.count,
        first: odd.first,
        expected: odd.expected,
        sep: delimiterName(odd.delimiter),
        text: oneLine(odd.text, QUOTED_ROW_CHARS),
      }),
    };
  }
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const rows = parsed.data
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { ok: false, error: tr.t('csv.noRows') };

  const first = rows[0]!.cells;
  const looksLikeHeader = !first.some((c) => parseDateTime(c) !== null || parseDate(c.trim()) !== null);
  let columns: Columns;
  if (looksLikeHeader) {
    const fromHeader = columnsFromHeader(first);
    if (!fromHeader) {
      return {
        ok: false,
        error: tr.t('csv.header', { row: rows[0]!.row, header: first.join(delimiter) }),
      };
    }
    columns = fromHeader;
    rows.shift();
  } else {
    const split = first.length >= 3 && parseClock(first[1]!.trim().padStart(5, '0')) !== null;
    columns = split
      ? { dateTime: null, date: 0, time: 1, value: 2, unit: first.length > 3 ? 3 : null }
      : { dateTime: 0, date: null, time: null, value: 1, unit: first.length > 2 ? 2 : null };
  }

  const levels: MeasuredLevel[] = [];
  for (const { cells, row } of rows) {
    const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
    const whenText =
      columns.dateTime !== null ? cell(columns.dateTime) : `${cell(columns.date)} ${cell(columns.time)}`;
    const when = parseDateTime(whenText);
    if (!when) {
      return {
        ok: false,
        error: tr.t('csv.notDate', { row, text: whenText.trim() }),
      };
    }
    // "-1" is a number, refused for what it says: a level below 0 (0 itself is a level below detection).
    const signed = signedDecimal(cell(columns.value));
    if (signed === null)
      return { ok: false, error: tr.t('csv.notNumber', { row, text: cell(columns.value) }) };
    if (signed < 0) return { ok: false, error: tr.t('csv.negative', { row, value: tr.num(signed) }) };
    const value = signed;
    if (value > MAX_MEASURED_VALUE) {
      return {
        ok: false,
        error: tr.t('csv.tooHigh', { row, value: tr.num(value), max: tr.num(MAX_MEASURED_VALUE) }),
      };
    }
    let unit = defaults.unit;
    if (columns.unit !== null && cell(columns.unit) !== '') {
      const u = parseMeasuredUnit(cell(columns.unit));
      if (!u) return { ok: false, error: tr.t('csv.unit', { row, text: cell(columns.unit) }) };
      unit = u;
    }
    levels.push({ ...when, value, unit, compound: defaults.compound });
  }
  if (levels.length === 0) return { ok: false, error: tr.t('csv.headerOnly') };
  if (existing + levels.length > MAX_MEASURED_LEVELS)
    return { ok: false, error: sentence(measuredOverCap(existing + levels.length, tr)) };
  return { ok: true, levels, delimiter };
}

/** "this scenario ..." -> "This scenario ....": a cap's words as a message of their own. */
const sentence = (words: string) => asSentence(`${words[0]!.toUpperCase()}${words.slice(1)}`);

/**
 * Rows of values in a CSV without parsing it: its non-blank lines, less the first when it does not start with
 * a digit (a header; every date and time a row may hold starts with one). One pass over the text.
 * @example dataRowCount('when;value\n2026-03-23 08:00;1,2\n\n') // => 1
 */
export function dataRowCount(text: string): number {
  let rows = 0;
  let lineHasText = false;
  let firstLineIsHeader: boolean | null = null;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (lineHasText) rows++;
      lineHasText = false;
    } else if (!lineHasText && c !== 32 && c !== 9) {
      lineHasText = true;
      // The first visible character of the first non-blank line: a digit (or a quoted digit) starts a row.
      if (firstLineIsHeader === null) {
        const d = c === 34 ? text.charCodeAt(i + 1) : c;
        firstLineIsHeader = !(d >= 48 && d <= 57);
      }
    }
  }
  return firstLineIsHeader ? rows - 1 : rows;
}
