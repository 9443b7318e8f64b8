/**
 * The cached zone offsets (sim/schedule/zonedTime.ts) against Intl asked directly for every instant, on the
 * days the clocks change (Lord Howe's 30-minute change included) and at random instants, and the integer
 * date arithmetic (dayNumber, dateOfDay) against Date. Independent truth: the platform's time-zone database
 * through Intl.DateTimeFormat, and Date's own calendar.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayNumber,
  epochToZoned,
  expandSchedule,
  setZoneOffsetCaching,
  weekdayOfDay,
  zonedToEpochMs,
  zoneOffsetMin,
  zoneOffsetMinIntl,
} from '../../sim/schedule';

const DAY_MS = 86_400_000;
const ZONES = [
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/New_York',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'Antarctica/Troll',
  'Pacific/Apia',
  'Asia/Kolkata',
  'America/St_Johns',
  'UTC',
];

/** UTC days (since 1970) on which the zone's offset at midnight differs from the next midnight's. */
function changeDays(zone: string, fromDay: number, toDay: number): number[] {
  const days: number[] = [];
  let previous = zoneOffsetMinIntl(fromDay * DAY_MS, zone);
  for (let day = fromDay; day < toDay; day++) {
    const next = zoneOffsetMinIntl((day + 1) * DAY_MS, zone);
    if (next !== previous) days.push(day);
    previous = next;
  }
  return days;
}

afterEach(() => setZoneOffsetCaching(true));

describe('cached zone offsets equal Intl', () => {
  it.each(ZONES)(
    '%s: every 5 minutes of each change day and the days around it (2011-2013, 2026-2027)',
    (zone) => {
      const ranges: [number, number][] = [
        [dayNumber('2011-01-01')!, dayNumber('2013-01-01')!],
        [dayNumber('2026-01-01')!, dayNumber('2028-01-01')!],
      ];
      let changes = 0;
      for (const [from, to] of ranges) {
        for (const day of changeDays(zone, from, to)) {
          changes++;
          for (let ms = (day - 1) * DAY_MS; ms < (day + 2) * DAY_MS; ms += 5 * 60_000) {
            expect(zoneOffsetMin(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(
              zoneOffsetMinIntl(ms, zone),
            );
          }
        }
      }
      if (zone === 'UTC' || zone === 'Asia/Kolkata') expect(changes).toBe(0);
      else expect(changes).toBeGreaterThanOrEqual(2);
    },
  );

  it('at 3,000 seeded random instants from 1900 to 2100 in every zone', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 3000; i++) {
      const zone = ZONES[i % ZONES.length]!;
      const ms = Math.floor(from + random() * (to - from));
      expect(zoneOffsetMin(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(
        zoneOffsetMinIntl(ms, zone),
      );
    }
  });

  it('wall times across the Lord Howe and Berlin changes map to the same instants cached and uncached', () => {
    for (const [zone, dates] of [
      ['Australia/Lord_Howe', ['2026-04-04', '2026-04-05', '2026-10-03', '2026-10-04']],
      ['Europe/Berlin', ['2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25']],
    ] as const) {
      for (const date of dates) {
        for (let minutes = 0; minutes < 1440; minutes += 15) {
          setZoneOffsetCaching(false);
          const direct = zonedToEpochMs(date, minutes, zone);
          const wallDirect = epochToZoned(direct, zone);
          setZoneOffsetCaching(true);
          expect(zonedToEpochMs(date, minutes, zone), `${zone} ${date} ${minutes}`).toBe(direct);
          expect(epochToZoned(direct, zone)).toEqual(wallDirect);
        }
      }
    }
    // Lord Howe springs forward 30 minutes at 02:00 local: 02:15 does not exist and moves to 02:45 (+11:00).
    expect(zonedToEpochMs('2026-10-04', 2 * 60 + 15, 'Australia/Lord_Howe')).toBe(
      Date.UTC(2026, 9, 3, 15, 45),
    );
  });

  it('a ten-year three-slot Lord Howe schedule expands to the same doses cached and uncached', () => {
    const calendar = {
      start: { date: '2026-01-05', time: '08:00', timeZone: 'Australia/Lord_Howe' },
      mealFatG: { breakfast: 15, lunch: 20, dinner: 25, snack: 5, none: 0 },
    };
    const cs = {
      compound: 'mk7' as const,
      amountUg: 90,
      pattern: {
        days: 'daily' as const,
        slots: ['01:45', '02:15', '08:00'].map((time) => ({ time, meal: 'breakfast' as const })),
      },
      edits: [],
      added: [],
    };
    setZoneOffsetCaching(false);
    const direct = expandSchedule({ ...calendar }, { ...cs }, 3660 * 24);
    setZoneOffsetCaching(true);
    const cached = expandSchedule({ ...calendar }, { ...cs }, 3660 * 24);
    expect(cached.length).toBe(direct.length);
    expect(cached).toEqual(direct);
  });
});

describe('integer dates equal Date', () => {
  it('dayNumber and dateOfDay round-trip every day of 1996-2032 and every 37th from 0100 to 9999, as Date', () => {
    const days: number[] = [];
    for (let day = dayNumber('1996-01-01')!; day <= dayNumber('2032-12-31')!; day++) days.push(day);
    for (let day = dayNumber('0100-01-01')!; day <= dayNumber('9999-12-31')!; day += 37) days.push(day);
    for (const day of days) {
      const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
      expect(dateOfDay(day)).toBe(iso);
      expect(dayNumber(iso)).toBe(day);
      expect(weekdayOfDay(day)).toBe(new Date(day * DAY_MS).getUTCDay());
    }
    expect(days.length).toBeGreaterThan(100_000);
  });

  it('refuses what is not a date, as parseDate does', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '0099-01-01',
      '2026-1-01',
      'abcd-ef-gh',
      '',
    ])
      expect(dayNumber(bad), bad).toBeNull();
    expect(dayNumber('2024-02-29')).not.toBeNull();
    // Past 9999 it writes what addDays wrote before (Date's ISO text, cut to ten characters), which no reader accepts.
    expect(dateOfDay(dayNumber('9999-12-31')! + 1)).toBe('+010000-01');
  });
});
