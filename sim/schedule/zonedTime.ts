/**
 * Local wall-clock time in a named IANA time zone <-> elapsed time, with the platform's time-zone database
 * (Intl.DateTimeFormat). No Date parsing of strings: every date is 'YYYY-MM-DD' and every clock time 'HH:MM'.
 *
 * Rule (see README "Time zones"): a dose is taken at a wall-clock time in the schedule's zone, so the
 * simulation's hours between two 08:00 doses are 23 across the spring change and 25 across the autumn one.
 * A wall time that does not exist (spring gap) moves forward by the gap; one that happens twice (autumn
 * overlap) is the earlier instant. This is Temporal's 'compatible' disambiguation.
 */

const MS_PER_MIN = 60_000;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the platform knows the IANA zone name, e.g. 'Europe/Berlin' or 'UTC'. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Parses 'YYYY-MM-DD' into [year, month 1-12, day]; null when malformed or not a real date. */
export function parseDate(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return [y, mo, d];
}

/** Parses 'HH:MM' (00:00-23:59) into minutes after midnight; null when malformed. */
export function parseClock(time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** Minutes after midnight -> 'HH:MM'. */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The calendar date n days after a date: addDays('2026-03-28', 2) === '2026-03-30'. */
export function addDays(date: string, days: number): string {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  return dateOfDay(day + days);
}

/**
 * Offset of the zone from UTC at an instant (minutes, + east), asked of Intl directly: 'Europe/Berlin' in
 * summer gives 120. About 2-5 µs a call; zoneOffsetMin answers from a cache and uses this on change days only.
 */
export function zoneOffsetMinIntl(epochMs: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / MS_PER_MIN);
}

/** Per zone: the offset at each UTC midnight asked so far (key: days since 1970). */
const midnightOffsets = new Map<string, Map<number, number>>();
/** Midnights cached per zone before the zone's table is cleared (a ten-year schedule needs about 3,700). */
const MAX_CACHED_MIDNIGHTS = 100_000;
let offsetCache = true;

/**
 * Turns the offset cache off (true: on, the default) so scripts/bench-files.ts can time the uncached path
 * against the cached one in one run. Both give the same offsets (tests/sim/zonedTimeCache.test.ts).
 */
export function setZoneOffsetCaching(enabled: boolean): void {
  offsetCache = enabled;
  midnightOffsets.clear();
  changeInstants.clear();
}

function midnightOffset(day: number, timeZone: string): number {
  let table = midnightOffsets.get(timeZone);
  if (!table) {
    table = new Map();
    midnightOffsets.set(timeZone, table);
  }
  let offset = table.get(day);
  if (offset === undefined) {
    if (table.size >= MAX_CACHED_MIDNIGHTS) table.clear();
    offset = zoneOffsetMinIntl(day * MS_PER_DAY, timeZone);
    table.set(day, offset);
  }
  return offset;
}

/**
 * Offset of the zone from UTC at an instant (minutes, + east): 'Europe/Berlin' in summer gives 120.
 * The offset changes at most once in a UTC day (clock changes are months apart, the closest in the time-zone
 * database weeks apart), so when the zone shows the same offset at the UTC midnights before and after the
 * instant, that offset holds all day and comes from a cache of midnights; on a day it changes (two a year,
 * at any minute: Lord Howe changes by 30 minutes at 02:00 local) the change instant is found once by
 * bisection and cached, and the instant is compared with it.
 */
export function zoneOffsetMin(epochMs: number, timeZone: string): number {
  if (!offsetCache || !Number.isFinite(epochMs)) return zoneOffsetMinIntl(epochMs, timeZone);
  const day = Math.floor(epochMs / MS_PER_DAY);
  const before = midnightOffset(day, timeZone);
  const after = midnightOffset(day + 1, timeZone);
  if (before === after) return before;
  const change = changeInstant(day, before, timeZone);
  // Before the change instant the old offset holds; from it on, the new one (or whatever Intl says, if the
  // day held something other than one change).
  if (change === null) return zoneOffsetMinIntl(epochMs, timeZone);
  return epochMs < change ? before : after;
}

/** Per zone: the instant of the clock change on each UTC day that has one (null: not one clean change). */
const changeInstants = new Map<string, Map<number, number | null>>();

/**
 * The first instant (whole second, as the time-zone database writes changes) of a UTC day at which the zone no
 * longer shows its offset of the day's start, by bisection over the day: 17 Intl calls once per change day
 * instead of one per dose. Null when the offset just before that instant is not the day's starting offset.
 */
function changeInstant(day: number, before: number, timeZone: string): number | null {
  let table = changeInstants.get(timeZone);
  if (!table) {
    table = new Map();
    changeInstants.set(timeZone, table);
  }
  const known = table.get(day);
  if (known !== undefined) return known;
  let lo = day * MS_PER_DAY; // shows `before`
  let hi = lo + MS_PER_DAY; // shows another offset
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffsetMinIntl(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  const change = zoneOffsetMinIntl(hi - 1000, timeZone) === before ? hi : null;
  if (table.size >= MAX_CACHED_MIDNIGHTS) table.clear();
  table.set(day, change);
  return change;
}

/**
 * The instant (ms since 1970 UTC) of a wall-clock time in a zone. Tries the offsets in force a day before
 * and a day after; a candidate is valid when the zone really shows that wall time then. Two valid: the
 * earlier (autumn overlap). None: the wall time falls in the spring gap and moves forward by it.
 * @example zonedToEpochMs('2026-03-29', 8 * 60, 'Europe/Berlin') // => Date.UTC(2026, 2, 29, 6)
 */
export function zonedToEpochMs(date: string, minutes: number, timeZone: string): number {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  return wallToEpochMs(day * MS_PER_DAY + minutes * MS_PER_MIN, timeZone);
}

/** zonedToEpochMs for a wall time given as if it were UTC (ms): the date's UTC midnight plus the clock time. */
export function wallToEpochMs(wallAsUtc: number, timeZone: string): number {
  const before = zoneOffsetMin(wallAsUtc - MS_PER_DAY, timeZone);
  const after = zoneOffsetMin(wallAsUtc + MS_PER_DAY, timeZone);
  const first = wallAsUtc - before * MS_PER_MIN;
  const firstValid = zoneOffsetMin(first, timeZone) === before;
  if (before === after) {
    if (firstValid) return first;
  } else {
    const second = wallAsUtc - after * MS_PER_MIN;
    const secondValid = zoneOffsetMin(second, timeZone) === after;
    if (firstValid && secondValid) return Math.min(first, second);
    if (firstValid) return first;
    if (secondValid) return second;
  }
  // Spring gap: read the wall time with the offset before the change, landing after the gap.
  return first;
}

/** The wall-clock date, time (minutes after midnight) and weekday of an instant in a zone. */
export function epochToZoned(epochMs: number, timeZone: string): { date: string; minutes: number } {
  const local = epochMs + zoneOffsetMin(epochMs, timeZone) * MS_PER_MIN;
  const day = Math.floor(local / MS_PER_DAY);
  return { date: dateOfDay(day), minutes: Math.floor((local - day * MS_PER_DAY) / MS_PER_MIN) };
}

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date, or null when it is not a real date (days_from_civil,
 * H. Hinnant, "chrono-compatible low-level date algorithms": integer arithmetic, no Date object).
 * @example dayNumber('1970-01-02') // => 1
 */
export function dayNumber(date: string): number | null {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return null;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  // Years before 100 are refused, as parseDate refuses them (Date.UTC reads 0-99 as 1900-1999).
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The 'YYYY-MM-DD' date of a day number (days since 1970-01-01; civil_from_days, the inverse of dayNumber).
 * Outside years 0-9999 it is what Date's toISOString writes ('+010000-01-01'), which parseDate refuses.
 * @example dateOfDay(0) // => '1970-01-01'
 */
export function dateOfDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Weekday of a day number: 0 Sunday ... 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
