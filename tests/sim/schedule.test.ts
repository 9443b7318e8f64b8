import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEAL_FAT_G,
  deleteDose,
  duplicateDose,
  expandSchedule,
  hToWallTime,
  moveDose,
  scheduleSchema,
  setDoseAmount,
  setDoseFat,
  setDoseMeal,
  setMissed,
  wallTimeToH,
  zonedToEpochMs,
  type CompoundSchedule,
  type Schedule,
} from '../../sim/schedule/index';

/**
 * Expected instants are written by hand from the published rules (EU: clocks go forward at 01:00 UTC on the
 * last Sunday of March and back at 01:00 UTC on the last Sunday of October; CET = UTC+1, CEST = UTC+2;
 * US Eastern: EST = UTC-5, EDT = UTC-4, change at 02:00 local on the second Sunday of March), not computed
 * by the code under test.
 */
const H = 3_600_000;

function schedule(date: string, time: string, timeZone: string): Schedule {
  return scheduleSchema.parse({ start: { date, time, timeZone } });
}

function daily(times: [string, 'breakfast' | 'dinner' | 'none'][], days = 'daily'): CompoundSchedule {
  return {
    compound: 'mk7',
    amountUg: 180,
    pattern: {
      days: days as CompoundSchedule['pattern']['days'],
      slots: times.map(([time, meal]) => ({ time, meal })),
    },
    edits: [],
    added: [],
  };
}

describe('schedule: wall-clock doses in a named zone across daylight-saving changes', () => {
  it('08:00 every day in Berlin across the spring change (2026-03-29): 23 h between Saturday and Sunday', () => {
    const s = schedule('2026-03-27', '08:00', 'Europe/Berlin');
    const start = Date.UTC(2026, 2, 27, 7); // 08:00 CET
    const expected = [
      Date.UTC(2026, 2, 27, 7),
      Date.UTC(2026, 2, 28, 7),
      Date.UTC(2026, 2, 29, 6), // 08:00 CEST
      Date.UTC(2026, 2, 30, 6),
      Date.UTC(2026, 2, 31, 6),
      // The lost hour lets a sixth 08:00 dose (April 1, 06:00 UTC) fall inside 120 elapsed hours.
      Date.UTC(2026, 3, 1, 6),
    ].map((ms) => (ms - start) / H);
    const doses = expandSchedule(s, daily([['08:00', 'breakfast']]), 5 * 24);
    expect(doses.map((d) => d.timeH)).toEqual(expected);
    expect(expected).toEqual([0, 24, 47, 71, 95, 119]);
    expect(doses.map((d) => d.time)).toEqual(Array(6).fill('08:00'));
    expect(doses.map((d) => d.date)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
  });

  it('08:00 every day in Berlin across the autumn change (2026-10-25): 25 h between Saturday and Sunday', () => {
    const s = schedule('2026-10-23', '08:00', 'Europe/Berlin');
    const start = Date.UTC(2026, 9, 23, 6); // 08:00 CEST
    const expected = [
      Date.UTC(2026, 9, 23, 6),
      Date.UTC(2026, 9, 24, 6),
      Date.UTC(2026, 9, 25, 7), // 08:00 CET
      Date.UTC(2026, 9, 26, 7),
    ].map((ms) => (ms - start) / H);
    expect(expandSchedule(s, daily([['08:00', 'breakfast']]), 4 * 24).map((d) => d.timeH)).toEqual(expected);
    expect(expected).toEqual([0, 24, 49, 73]);
  });

  it('twice a day (08:00 and 20:00) in New York across the US spring change (2026-03-08)', () => {
    const s = schedule('2026-03-07', '08:00', 'America/New_York');
    const start = Date.UTC(2026, 2, 7, 13); // 08:00 EST
    const expected = [
      Date.UTC(2026, 2, 7, 13),
      Date.UTC(2026, 2, 8, 1), // 20:00 EST on the 7th
      Date.UTC(2026, 2, 8, 12), // 08:00 EDT
      Date.UTC(2026, 2, 9, 0),
      Date.UTC(2026, 2, 9, 12), // 47 h: inside the 48 h horizon thanks to the lost hour
    ].map((ms) => (ms - start) / H);
    const doses = expandSchedule(
      s,
      daily([
        ['08:00', 'breakfast'],
        ['20:00', 'dinner'],
      ]),
      48,
    );
    expect(doses.map((d) => d.timeH)).toEqual(expected);
    expect(doses.map((d) => d.meal)).toEqual(['breakfast', 'dinner', 'breakfast', 'dinner', 'breakfast']);
  });

  it('UTC never changes: every interval is 24 h', () => {
    const s = schedule('2026-03-27', '08:00', 'UTC');
    expect(expandSchedule(s, daily([['08:00', 'none']]), 5 * 24).map((d) => d.timeH)).toEqual([
      0, 24, 48, 72, 96,
    ]);
  });

  it('a wall time in the spring gap moves forward by the gap; one in the autumn overlap is the earlier', () => {
    // 02:30 on 2026-03-29 does not exist in Berlin: it becomes 03:30 CEST = 01:30 UTC.
    expect(zonedToEpochMs('2026-03-29', 150, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 02:30 on 2026-10-25 happens twice: first at 02:30 CEST = 00:30 UTC.
    expect(zonedToEpochMs('2026-10-25', 150, 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(zonedToEpochMs('2026-07-01', 0, 'Europe/Berlin')).toBe(Date.UTC(2026, 5, 30, 22));
  });

  it('wall time <-> hours round-trips across the change', () => {
    const s = schedule('2026-03-27', '08:00', 'Europe/Berlin');
    expect(wallTimeToH(s, '2026-03-29', '19:00')).toBe(
      (Date.UTC(2026, 2, 29, 17) - Date.UTC(2026, 2, 27, 7)) / H,
    );
    expect(hToWallTime(s, 58)).toEqual({ date: '2026-03-29', time: '19:00' });
  });
});

describe('schedule: patterns', () => {
  it('every other day counts from the start date', () => {
    const s = schedule('2026-03-02', '09:00', 'UTC');
    const doses = expandSchedule(s, daily([['09:00', 'breakfast']], 'everyOtherDay'), 7 * 24);
    expect(doses.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-08']);
  });

  it('weekdays only skips Saturday and Sunday (2026-03-27 is a Friday)', () => {
    const s = schedule('2026-03-27', '08:00', 'Europe/Berlin');
    const doses = expandSchedule(s, daily([['08:00', 'breakfast']], 'weekdays'), 5 * 24);
    expect(doses.map((d) => d.date)).toEqual(['2026-03-27', '2026-03-30', '2026-03-31', '2026-04-01']);
  });

  it('a slot earlier than the start time on the first day is not taken', () => {
    const s = schedule('2026-03-02', '12:00', 'UTC');
    const doses = expandSchedule(s, daily([['08:00', 'breakfast']]), 48);
    expect(doses.map((d) => d.timeH)).toEqual([20, 44]);
  });

  it('meal fat comes from the editable meal defaults', () => {
    const s = {
      ...schedule('2026-03-02', '08:00', 'UTC'),
      mealFatG: { ...DEFAULT_MEAL_FAT_G, breakfast: 32 },
    };
    expect(expandSchedule(s, daily([['08:00', 'breakfast']]), 24)[0]?.fatG).toBe(32);
  });
});

describe('schedule: single-dose edits', () => {
  // The week of the issue: start Monday 2026-03-23 08:00 with breakfast; Tuesday missed; a double dose on
  // Wednesday; Thursday at 19:00 with dinner.
  const s = schedule('2026-03-23', '08:00', 'Europe/Berlin');
  const base = daily([['08:00', 'breakfast']]);
  const at = (cs: CompoundSchedule, date: string) => {
    const d = expandSchedule(s, cs, 7 * 24).find((x) => x.date === date || x.key?.startsWith(date));
    if (!d) throw new Error(`no dose on ${date}`);
    return d;
  };
  let week = base;
  week = setMissed(week, at(week, '2026-03-24'), true);
  week = duplicateDose(week, at(week, '2026-03-25'));
  week = moveDose(week, at(week, '2026-03-26'), 3 * 24 + 11, { date: '2026-03-26', time: '19:00' });
  week = setDoseMeal(week, at(week, '2026-03-26'), 'dinner');

  it('builds the week: missed, double, late with dinner', () => {
    const doses = expandSchedule(s, week, 5 * 24);
    expect(doses.map((d) => [d.date, d.time, d.missed, d.meal, d.fatG])).toEqual([
      ['2026-03-23', '08:00', false, 'breakfast', 15],
      ['2026-03-24', '08:00', true, 'breakfast', 15],
      ['2026-03-25', '08:00', false, 'breakfast', 15],
      ['2026-03-25', '08:00', false, 'breakfast', 15],
      ['2026-03-26', '19:00', false, 'dinner', 25],
      ['2026-03-27', '08:00', false, 'breakfast', 15],
    ]);
    expect(doses.map((d) => d.timeH)).toEqual([0, 24, 48, 48, 83, 96]);
    expect(new Set(doses.map((d) => d.id)).size).toBe(doses.length);
  });

  it('edits survive a change of the regimen amount; a per-dose amount does not follow it', () => {
    let edited = setDoseAmount(week, at(week, '2026-03-27'), 50);
    edited = { ...edited, amountUg: 90 };
    const doses = expandSchedule(s, edited, 5 * 24);
    expect(doses.map((d) => d.amountUg)).toEqual([90, 90, 90, 90, 90, 50]);
    expect(doses.map((d) => d.missed)).toEqual([false, true, false, false, false, false]);
  });

  it('delete removes one unit of a double dose, then the dose; undoing an edit leaves no trace', () => {
    const wed = at(week, '2026-03-25');
    const single = deleteDose(week, wed);
    expect(expandSchedule(s, single, 5 * 24).filter((d) => d.date === '2026-03-25')).toHaveLength(1);
    const none = deleteDose(single, wed);
    expect(expandSchedule(s, none, 5 * 24).filter((d) => d.date === '2026-03-25')).toHaveLength(0);
    const tue = at(week, '2026-03-24');
    expect(setMissed(week, tue, false).edits.find((e) => e.key === tue.key)).toBeUndefined();
  });

  it('meal fat per dose overrides the meal default', () => {
    const fat = setDoseFat(base, at(base, '2026-03-23'), 40);
    expect(expandSchedule(s, fat, 24)[0]?.fatG).toBe(40);
  });

  it('the schema names a bad time zone, date and clock time', () => {
    expect(() =>
      scheduleSchema.parse({ start: { date: '2026-02-30', time: '08:00', timeZone: 'UTC' } }),
    ).toThrow(/YYYY-MM-DD/);
    expect(() =>
      scheduleSchema.parse({ start: { date: '2026-02-03', time: '24:00', timeZone: 'UTC' } }),
    ).toThrow(/HH:MM/);
    expect(() =>
      scheduleSchema.parse({ start: { date: '2026-02-03', time: '08:00', timeZone: 'Mars/Olympus' } }),
    ).toThrow(/time zone name/);
  });
});

describe('schedule: the interval sliders as calendar patterns', () => {
  it('12 h is twice a day, 24 h daily, 48 h every other day, 8 h has no wall-clock pattern', async () => {
    const { patternFromInterval } = await import('../../sim/schedule/index');
    expect(patternFromInterval(12, '08:00', 'breakfast')).toEqual({
      days: 'daily',
      slots: [
        { time: '08:00', meal: 'breakfast' },
        { time: '20:00', meal: 'dinner' },
      ],
    });
    expect(patternFromInterval(24, '07:15', 'none')).toEqual({
      days: 'daily',
      slots: [{ time: '07:15', meal: 'none' }],
    });
    expect(patternFromInterval(48, '07:15', 'none')?.days).toBe('everyOtherDay');
    expect(patternFromInterval(8, '07:15', 'none')).toBeNull();
  });
});

describe('schedule: calendar axis ticks', () => {
  it('local midnights, 23 h apart across the spring change, thinned to the allowed count', async () => {
    const { calendarTickTimesH } = await import('../../sim/schedule/index');
    const s = schedule('2026-03-27', '08:00', 'Europe/Berlin');
    // Midnight of the 28th is 16 h after 08:00 on the 27th; 29th +24; 30th +23 (the lost hour).
    expect(calendarTickTimesH(s, 4 * 24, 10)).toEqual([16, 40, 63, 87]);
    expect(calendarTickTimesH(s, 4 * 24, 2)).toEqual([16, 63]);
    expect(calendarTickTimesH(s, 60 * 24, 10).length).toBeLessThanOrEqual(10);
  });
});
