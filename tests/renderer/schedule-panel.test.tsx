import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fatHint } from '../../renderer/src/regimen/ControlPanel';
import { MeasuredPanel } from '../../renderer/src/measured/MeasuredPanel';
import { DosesPanel } from '../../renderer/src/schedule/DosesPanel';
import {
  mealForFat,
  nextDoseSlot,
  addDoseBlocker,
  scheduleWithAddedDose,
  patternChoice,
  scheduledRows,
  scheduleForChoice,
  type DoseRegimen,
} from '../../renderer/src/schedule/doseList';
import { DEFAULT_MEAL_FAT_G, scheduleAfterInterval, scheduleSchema } from '../../sim/schedule';
import { weekScenario } from '../sim/scheduleWeek';
import { defaultScenario } from '../../sim';

const calendar = scheduleSchema.parse({
  start: { date: '2026-03-23', time: '08:00', timeZone: 'Europe/Berlin' },
});
const regimen = (schedule: DoseRegimen['schedule']): DoseRegimen => ({
  index: 1,
  compound: 'mk7',
  label: 'MK-7',
  doseUg: 180,
  intervalH: 24,
  fatG: 15,
  schedule,
  plainInterval: true,
});

describe('dose list logic', () => {
  it('a pattern choice keeps clock times and edits; "sliders" goes back to the regular interval', () => {
    const once = scheduleForChoice('once', null, calendar.start, 'breakfast')!;
    expect(once.pattern).toEqual({ days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] });
    const edited = { ...once, edits: [{ key: '2026-03-24#0', missed: true }] };
    const twice = scheduleForChoice('twice', edited, calendar.start, 'breakfast')!;
    expect(twice.pattern.slots.map((s) => s.time)).toEqual(['08:00', '20:00']);
    expect(twice.edits).toEqual(edited.edits);
    expect(patternChoice(twice)).toBe('twice');
    expect(patternChoice(scheduleForChoice('weekdays', twice, calendar.start, 'none'))).toBe('weekdays');
    expect(scheduleForChoice('sliders', twice, calendar.start, 'none')).toBeNull();
  });

  it('the slider fat picks the nearest meal, 0 g none', () => {
    expect(mealForFat(0, DEFAULT_MEAL_FAT_G)).toBe('none');
    expect(mealForFat(15, DEFAULT_MEAL_FAT_G)).toBe('breakfast');
    expect(mealForFat(30, DEFAULT_MEAL_FAT_G)).toBe('dinner');
  });

  it('"Add dose" goes the day after the last dose, at the first slot, when that is inside the run', () => {
    const everyOther = scheduleForChoice('everyOtherDay', null, calendar.start, 'breakfast')!;
    const rows = scheduledRows(calendar, regimen(everyOther), 5.5 * 24);
    expect(rows.map((r) => r.date)).toEqual(['2026-03-23', '2026-03-25', '2026-03-27']);
    // 2026-03-28 08:00 is 120 h after the start, inside a 132 h run.
    expect(nextDoseSlot(calendar, everyOther, rows, 5.5 * 24)).toEqual({
      date: '2026-03-28',
      time: '08:00',
      meal: 'breakfast',
    });
  });

  it('"Add dose" stays inside the run: 4 h after the last dose, else on it (it was added past the end, unseen)', () => {
    const once = scheduleForChoice('once', null, calendar.start, 'breakfast')!;
    const rows = scheduledRows(calendar, regimen(once), 3 * 24);
    // A 72 h run ends at 2026-03-26 08:00: the next day's 08:00 is its end, not in it; 12:00 on the 25th is.
    expect(nextDoseSlot(calendar, once, rows, 3 * 24)).toEqual({
      date: '2026-03-25',
      time: '12:00',
      meal: 'breakfast',
    });
    // A run ending 2 h after the last dose: the dose goes on the last one (a double the user can move).
    expect(nextDoseSlot(calendar, once, rows, 2 * 24 + 2)).toEqual({
      date: '2026-03-25',
      time: '08:00',
      meal: 'breakfast',
    });
  });

  it('"Add dose" from the sliders: 24 h becomes once a day with the same dose times plus one; 36 h or chart edits refuse in words', () => {
    const sliders = { ...regimen(null), doseUg: 90 };
    const utc = scheduleSchema.parse({ start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' } });
    const next = scheduleWithAddedDose(utc, sliders, 30 * 24)!;
    const rows = scheduledRows(utc, { ...sliders, schedule: next }, 30 * 24);
    // The sliders give doses at 0, 24, ..., 696 h (30 doses); the pattern keeps each, and adds one in the run.
    const regular = rows.filter((r) => r.addedIndex === null).map((r) => r.timeH);
    expect(regular).toEqual(Array.from({ length: 30 }, (_, k) => 24 * k));
    const added = rows.filter((r) => r.addedIndex !== null);
    expect(added.map((r) => [r.date, r.time, r.amountUg])).toEqual([['2026-04-21', '12:00', 90]]);
    expect(addDoseBlocker(sliders)).toBeNull();
    expect(addDoseBlocker({ ...sliders, intervalH: 36 })).toBe(
      'every 36 h has no daily pattern: pick a pattern first to add single doses',
    );
    expect(scheduleWithAddedDose(utc, { ...sliders, intervalH: 36 }, 30 * 24)).toBeNull();
    expect(addDoseBlocker({ ...sliders, plainInterval: false })).toMatch(/would be lost/);
  });
});

describe('panels render with their names (wiring only: the browser test exercises them)', () => {
  it('Doses region with one row per dose and the named inputs and buttons', () => {
    const once = scheduleForChoice('once', null, calendar.start, 'breakfast')!;
    const html = renderToStaticMarkup(
      <DosesPanel
        calendar={calendar}
        proposedCalendar={calendar}
        regimens={[regimen(once)]}
        horizonH={72}
        timeAxis="days"
        onTimeAxis={() => {}}
        onChange={() => {}}
      />,
    );
    expect(html).toContain('aria-label="Doses"');
    expect(html.match(/aria-label="Dose time"/g)).toHaveLength(3);
    expect(html.match(/aria-label="Amount"/g)).toHaveLength(3);
    expect(html.match(/aria-label="Meal fat"/g)).toHaveLength(3);
    expect(html).toContain('>Add dose</button>');
  });

  it('My measured levels region with its buttons', () => {
    const html = renderToStaticMarkup(
      <MeasuredPanel
        levels={[{ date: '2026-03-25', time: '09:00', value: 1.2, unit: 'ng/mL', compound: 'mk7' }]}
        proposedDate="2026-03-23"
        timeZone="Europe/Berlin"
        factor={1}
        fit={null}
        onLevels={() => {}}
        onFit={() => null}
        onReset={() => {}}
      />,
    );
    expect(html).toContain('aria-label="My measured levels"');
    for (const name of ['Add measured level', 'Fit personal factor', 'Reset to typical person']) {
      expect(html).toContain(`>${name}</button>`);
    }
  });
});

describe('the Interval slider and a calendar schedule', () => {
  it('12 h keeps the edits and makes it twice a day; 8 h goes back to the regular interval', () => {
    const once = {
      ...scheduleForChoice('once', null, calendar.start, 'breakfast')!,
      edits: [{ key: '2026-03-24#0', missed: true }],
    };
    const twice = scheduleAfterInterval(once, 12)!;
    expect(twice.pattern.slots.map((s) => s.time)).toEqual(['08:00', '20:00']);
    expect(twice.edits).toEqual(once.edits);
    expect(scheduleAfterInterval(once, 48)!.pattern.days).toBe('everyOtherDay');
    expect(scheduleAfterInterval(once, 8)).toBeNull();
  });
});

describe('the Meal fat hint', () => {
  it('names the compounds whose doses follow a pattern (they take their meal’s fat, not the slider’s)', () => {
    const week = weekScenario(); // MK-7 and MK-4 on patterns, K1 not
    expect(fatHint(week)).toContain('changes nothing now'); // both of its regimens follow a pattern
    const withK1 = { ...week, regimens: [...week.regimens, defaultScenario().regimens[2]!] };
    expect(fatHint(withK1)).toContain('except MK-7 and MK-4: doses from a pattern take their meal');
    // Without a calendar the schedules are not used, and the slider applies to every dose.
    expect(fatHint({ ...week, calendar: undefined })).toBe(
      'Fat in the meal taken with each dose. The fat effect is fitted only up to 35 g.',
    );
  });
});
