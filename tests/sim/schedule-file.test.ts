import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, serializeScenario } from '../../sim/scenario/parse';
import { scenarioView, timeAxisTitle, timeTickLabel } from '../../sim/view/scenarioView';
import { migrateV2ToV3 } from '../../sim/scenario/migrations';
import { weekScenario } from './scheduleWeek';

describe('scenario file version 3', () => {
  it('restores calendar, schedules, edits, meals, axis choice, measured levels and the factor exactly', () => {
    const scenario = weekScenario();
    const text = serializeScenario(scenario);
    const parsed = parseScenarioText(text);
    expect(parsed).toEqual({ ok: true, scenario, migratedFrom: null });
    // Saving what was opened and opening it again gives the same text, byte for byte.
    const saved = parsed.ok ? serializeScenario(parsed.scenario) : '';
    const reopened = parseScenarioText(saved);
    expect(reopened.ok && serializeScenario(reopened.scenario)).toBe(saved);
  });

  it('migration v2 -> v3 changes no curve: a version-2 file gives the same view as before', () => {
    const v2 = JSON.parse(readFileSync(new URL('../fixtures/valid.k2.json', import.meta.url), 'utf8'));
    expect(v2.version).toBe(2);
    const migrated = migrateV2ToV3(v2);
    expect(migrated).toEqual({ ...v2, version: 3 });
    expect(v2.version).toBe(2); // pure: the input is untouched
    const parsed = parseScenarioText(JSON.stringify(v2));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!parsed.ok) return;
    // Independent of the migration: the same regimens written as a v3 file by hand.
    const byHand = parseScenarioText(JSON.stringify({ ...v2, version: 3 }));
    expect(byHand.ok && scenarioView(byHand.scenario).series.map((s) => Array.from(s.values))).toEqual(
      scenarioView(parsed.scenario).series.map((s) => Array.from(s.values)),
    );
  });

  it('names a schedule or measured levels without a calendar, and a bad zone', () => {
    const { calendar: _c, ...noCalendar } = weekScenario();
    const parsed = parseScenarioText(JSON.stringify(noCalendar));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(
      /^Regimen 1 \(MK-7\): the dose schedule needs a start date and time/,
    );
    const badZone = weekScenario();
    badZone.calendar!.start.timeZone = 'Mars/Olympus';
    const zone = parseScenarioText(JSON.stringify(badZone));
    expect(!zone.ok && zone.error).toBe('Time zone must be a time zone name such as Europe/Berlin or UTC');
  });

  it('the view takes doses from the schedule, scales by the factor and places measured points by wall time', () => {
    const scenario = weekScenario();
    const view = scenarioView(scenario);
    const mk7 = view.regimens.find((r) => r.compound === 'mk7')!;
    // Monday 08:00, Tuesday missed, Wednesday two units, Thursday 19:00 (11 h late), Friday 90 µg, Saturday added.
    expect(mk7.doses.slice(0, 7).map((d) => [d.timeH, d.missed, d.amountUg])).toEqual([
      [0, false, 180],
      [24, true, 180],
      [48, false, 180],
      [48, false, 180],
      [83, false, 180],
      [96, false, 90],
      [120, false, 180],
    ]);
    // 09:15 CET on day 2; 07:45 CEST on 30 March = 05:45 UTC, 166.75 h after 07:00 UTC on the 23rd.
    expect(view.measured.map((m) => m.timeH)).toEqual([49.25, 166.75]);
    expect(view.timeAxis).toBe('calendar');
    expect(view.axisTitles.time).toBe('Date and time (Europe/Berlin)');
    const typical = scenarioView({ ...scenario, personal: { factor: 1, fit: null } });
    const a = view.series.find((s) => s.key === 'r0')!.values;
    const b = typical.series.find((s) => s.key === 'r0')!.values;
    b.forEach((v, i) => expect(Math.abs(a[i]! - 1.3 * v)).toBeLessThanOrEqual(1e-12 * Math.max(1, v)));
  });
});

describe('time axis labels', () => {
  it('days since the start, or wall-clock dates in the calendar zone (across the spring change)', () => {
    const { calendar } = weekScenario();
    expect(timeTickLabel(48, 'days', calendar!)).toBe('2');
    expect(timeTickLabel(36, 'days', null)).toBe('1.5');
    expect(timeTickLabel(0, 'calendar', calendar!)).toBe('Mon 23 Mar 08:00');
    // 144 h after 08:00 CET (07:00 UTC) on Monday is 07:00 UTC on Sunday 29 March = 09:00 summer time.
    expect(timeTickLabel(144, 'calendar', calendar!)).toBe('Sun 29 Mar 09:00');
    expect(timeTickLabel(16, 'calendar', calendar!)).toBe('Tue 24 Mar');
    expect(timeAxisTitle('calendar', calendar!)).toBe('Date and time (Europe/Berlin)');
    expect(timeAxisTitle('calendar', null)).toBe('Time (days)');
  });
});
