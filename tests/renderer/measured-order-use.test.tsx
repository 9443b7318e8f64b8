/**
 * My measured levels lists the levels by date and time (each row still the level it shows, so a removal or an
 * edit reaches it), marks the levels a fit leaves out with the reason, and the factor's sentence says how many
 * levels the fit used. The levels and the scenario are the user's walkthrough (tests/sim/fit-level-use.test.ts
 * checks the uses against the model).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { levelOrder, MeasuredPanel } from '../../renderer/src/measured/MeasuredPanel';
import { measuredLevelUses } from '../../sim/fit/levels';
import { fitScenarioFactor } from '../../sim/fit/scenarioFit';
import type { MeasuredLevel } from '../../sim/measured/measured';
import { makeRegimen } from '../../sim/regimen/regimen';
import { scheduleSchema } from '../../sim/schedule';

const calendar = scheduleSchema.parse({ start: { date: '2026-12-03', time: '08:00', timeZone: 'UTC' } });
const level = (date: string, time: string, value: number): MeasuredLevel => ({
  date,
  time,
  value,
  unit: 'ng/mL',
  compound: 'mk7',
});
// As imported: not in time order.
const levels = [
  level('2026-12-10', '09:00', 1),
  level('2026-12-12', '09:00', 0),
  level('2020-01-08', '08:00', 1.5),
  level('2027-06-01', '08:00', 2),
];
const scenario = {
  calendar,
  regimens: [makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 })],
  measured: levels,
  horizonDays: 30,
  stepMin: 60,
};

const render = (props: Partial<Parameters<typeof MeasuredPanel>[0]> = {}) =>
  renderToStaticMarkup(
    <MeasuredPanel
      levels={levels}
      proposedDate="2026-12-03"
      timeZone="UTC"
      factor={1}
      fit={null}
      onLevels={() => {}}
      onFit={() => null}
      onReset={() => {}}
      {...props}
    />,
  );
const rows = (html: string) => [...html.matchAll(/<tr aria-rowindex[^]*?<\/tr>/g)].map((m) => m[0]);

describe('the list in time order', () => {
  it('orders by date and time, equal moments in the order they were added', () => {
    expect(levelOrder(levels)).toEqual([2, 0, 1, 3]);
    const twins = [
      level('2026-12-10', '09:00', 1),
      level('2026-12-01', '23:59', 2),
      level('2026-12-10', '09:00', 3),
    ];
    expect(levelOrder(twins)).toEqual([1, 0, 2]);
  });

  it('each row shows its own level: date, value and the Remove button named after them', () => {
    const shown = rows(render());
    expect(shown.map((r) => /value="(\d{4}-\d\d-\d\dT\d\d:\d\d)"/.exec(r)![1])).toEqual([
      '2020-01-08T08:00',
      '2026-12-10T09:00',
      '2026-12-12T09:00',
      '2027-06-01T08:00',
    ]);
    expect(shown.map((r) => /aria-label="Measured value"[^>]*value="([^"]*)"/.exec(r)![1])).toEqual([
      '1.5',
      '1',
      '0',
      '2',
    ]);
    expect(shown[0]).toContain('aria-label="Remove level 1 (2020-01-08 08:00)"');
    expect(shown[3]).toContain('aria-label="Remove level 4 (2027-06-01 08:00)"');
  });
});

describe('the levels a fit leaves out', () => {
  it('are marked with the reason under their date, which the date box names as its description', () => {
    const levelUses = (ls: readonly MeasuredLevel[]) => measuredLevelUses({ ...scenario, measured: ls }).uses;
    const shown = rows(render({ levelUses }));
    expect(shown.map((r) => /class="measured-use" id="[^"]+">([^<]*)</.exec(r)?.[1] ?? null)).toEqual([
      'Not used for the fit: before the run starts',
      null,
      'Not used for the fit: 0, below detection',
      'Not used for the fit: after the run ends',
    ]);
    expect(shown.map((r) => r.includes('class="measured-left-out"'))).toEqual([true, false, true, true]);
    const described = /aria-describedby="([^"]+)"/.exec(shown[0]!)![1]!;
    expect(shown[0]).toContain(`id="${described}">Not used for the fit`);
    // Without a way to tell (nothing known) nothing is marked.
    expect(render()).not.toContain('Not used for the fit');
  });

  it('are asked for the shown page only, in its order', () => {
    const many = Array.from({ length: 120 }, (_, k) =>
      level(k % 2 ? '2026-12-20' : '2026-12-05', '09:00', k),
    );
    const asked: number[][] = [];
    render({
      levels: many,
      levelUses: (ls) => {
        asked.push(ls.map((l) => l.value));
        return ls.map(() => 'used');
      },
    });
    // The first page: 50 of the 60 levels of 5 December (even values, in the order added), asked once.
    expect(asked).toEqual([Array.from({ length: 50 }, (_, k) => 2 * k)]);
  });

  it("the factor's sentence says how many levels the fit used and why it left out the others", () => {
    const result = fitScenarioFactor(scenario);
    if (!result.ok) throw new Error(result.error);
    const html = render({ factor: result.fit.factor, fit: result.fit });
    expect(html).toMatch(
      /Personal factor ×[\d.]+ \(one level: no interval\), from 1 level, which it matches exactly\. One factor for every compound[^<]* The fit used 1 of the 4 levels\. Left out: 1 level dated before the run starts, 1 level dated after the run ends and 1 level of 0, below detection \(the fit compares logarithms\)\.<\/p>/,
    );
    // A fit saved before fits counted what they left out says nothing it cannot know.
    const { leftOut: _unknown, ...older } = result.fit;
    expect(render({ factor: result.fit.factor, fit: older })).not.toContain('The fit used');
  });
});
