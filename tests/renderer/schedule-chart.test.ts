import { describe, expect, it } from 'vitest';
import { scenarioView } from '../../sim/view/scenarioView';
import { panelModel } from '../../renderer/src/plot/model';
import { moveScheduledMark, toggleScheduledMark } from '../../renderer/src/schedule/chartEdits';
import { weekScenario } from '../sim/scheduleWeek';

describe('chart edits of scheduled doses', () => {
  const scenario = weekScenario();
  const view = scenarioView(scenario);
  const marks = view.regimens.find((r) => r.compound === 'mk7')!.doses;
  const friday = marks.find((m) => m.doseId === '2026-03-27#0/0')!;

  it('dragging Friday 08:00 to 14:30 records a 390-minute late dose, and the view shows it there', () => {
    const moved = moveScheduledMark(scenario, friday, friday.timeH + 6.5)!;
    const edit = moved.regimens[0]!.schedule!.edits.find((e) => e.key === '2026-03-27#0');
    expect(edit).toMatchObject({ moveMin: 390, amountUg: 90, fatG: 40 });
    const after = scenarioView(moved).regimens[0]!.doses.find((m) => m.doseId === friday.doseId)!;
    expect(after.timeH).toBe(friday.timeH + 6.5);
    expect(after.plannedTimeH).toBe(friday.plannedTimeH);
  });

  it('a click marks a scheduled dose missed and back; interval marks are left to the reducer', () => {
    const missed = toggleScheduledMark(scenario, friday)!;
    expect(scenarioView(missed).regimens[0]!.doses.find((m) => m.doseId === friday.doseId)!.missed).toBe(
      true,
    );
    const back = toggleScheduledMark(missed, { ...friday, missed: true })!;
    expect(back.regimens[0]!.schedule!.edits).toEqual(scenario.regimens[0]!.schedule!.edits);
    expect(toggleScheduledMark(scenario, { ...friday, doseId: null })).toBeNull();
  });

  it('the plasma panel carries the measured points and calendar ticks at local midnights', () => {
    const model = panelModel(view, 'plasma');
    expect(model.measured?.map((m) => m.t * 24)).toEqual(view.measured.map((m) => m.timeH));
    expect(model.xLabel?.(16 / 24)).toBe('Tue 24 Mar');
    expect(model.xTicks?.(20).slice(0, 2)).toEqual([16 / 24, 40 / 24]);
    expect(
      panelModel(scenarioView({ ...scenario, display: { ...scenario.display, timeAxis: 'days' } }), 'plasma')
        .xLabel,
    ).toBeUndefined();
  });
});
