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
  const p = parseDate(date);
  if (!p) throw new RangeError(`not a date: ${date}`);
  return new Date(Date.UTC(p[0], p[1] - 1, p[2]) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from date a to date b (b - a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseDate(a);
  const pb = parseDate(b);
  if (!pa || !pb) throw new RangeError(`not a date: ${pa ? b : a}`);
  return Math.round((Date.UTC(pb[0], pb[1] - 1, pb[2]) - Date.UTC(pa[0], pa[1] - 1, pa[2])) / MS_PER_DAY);
}

/** Day of the week of a calendar date: 0 Sunday ... 6 Saturday (the same everywhere: it is a date). */
export function weekday(date: string): number {
  const p = parseDate(date);
  if (!p) throw new RangeError(`not a date: ${date}`);
  return new Date(Date.UTC(p[0], p[1] - 1, p[2])).getUTCDay();
}

/** Offset of the zone from UTC at an instant (minutes, + east): 'Europe/Berlin' in summer gives 120. */
export function zoneOffsetMin(epochMs: number, timeZone: string): number {
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

/**
 * The instant (ms since 1970 UTC) of a wall-clock time in a zone. Tries the offsets in force a day before
 * and a day after; a candidate is valid when the zone really shows that wall time then. Two valid: the
 * earlier (autumn overlap). None: the wall time falls in the spring gap and moves forward by it.
 * @example zonedToEpochMs('2026-03-29', 8 * 60, 'Europe/Berlin') === Date.UTC(2026, 2, 29, 6)
 */
export function zonedToEpochMs(date: string, minutes: number, timeZone: string): number {
  const p = parseDate(date);
  if (!p) throw new RangeError(`not a date: ${date}`);
  const wallAsUtc = Date.UTC(p[0], p[1] - 1, p[2]) + minutes * MS_PER_MIN;
  const before = zoneOffsetMin(wallAsUtc - MS_PER_DAY, timeZone);
  const after = zoneOffsetMin(wallAsUtc + MS_PER_DAY, timeZone);
  const valid = [before, after]
    .map((offset) => wallAsUtc - offset * MS_PER_MIN)
    .filter((t) => zoneOffsetMin(t, timeZone) * MS_PER_MIN === wallAsUtc - t);
  if (valid.length > 0) return Math.min(...valid);
  // Spring gap: read the wall time with the offset before the change, landing after the gap.
  return wallAsUtc - before * MS_PER_MIN;
}

/** The wall-clock date, time (minutes after midnight) and weekday of an instant in a zone. */
export function epochToZoned(epochMs: number, timeZone: string): { date: string; minutes: number } {
  const local = epochMs + zoneOffsetMin(epochMs, timeZone) * MS_PER_MIN;
  const date = new Date(Math.floor(local / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
  return { date, minutes: Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MIN) };
}
