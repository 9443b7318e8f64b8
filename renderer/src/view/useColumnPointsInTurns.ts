import { useEffect, useMemo, useReducer } from 'react';
import type { ScenarioView } from '../../../sim/view/scenarioView';
import { withColumnPointsUpTo, type PanelModel } from '../plot/model';

/**
 * How many series values one task may read to take curves' points per pixel column: about 6 ms here, and as
 * many curves' paths set in the DOM (their text parsed by the browser). A slider step's few curves read a
 * fraction of it; a file of 24 regimens (72 curves of 250,000 points, 4.5 million values through their envelopes
 * and 1.5 MB of path text, 35-55 ms and more in one go) is drawn over about nine tasks. The plasma and tissue
 * charts' turns can fall in one task (React renders both pending updates together), so each is kept small.
 */
const VALUES_PER_TURN = 500_000;

/**
 * The panel model with its lines' points per pixel column (plot/model.ts withColumnPoints), taken in turns of
 * VALUES_PER_TURN values so no task blocks the page for long: lines not yet taken have no points, and `complete`
 * is false until the last turn, each turn in a task of its own right after the last.
 */
export function useColumnPointsInTurns(
  model: PanelModel,
  view: ScenarioView,
  plotWidthPx: number,
): { drawn: PanelModel; complete: boolean } {
  // A new model starts at turn 0 (rendered before any advance names it); an advance for a model moves to its
  // next turn. The lines taken in earlier turns are cached per series (columnPoints).
  const [turns, advance] = useReducer(
    (state: { model: PanelModel; turn: number }, of: PanelModel) =>
      of === state.model ? { model: of, turn: state.turn + 1 } : { model: of, turn: 1 },
    { model, turn: 0 },
  );
  const turn = turns.model === model ? turns.turn : 0;
  const { model: drawn, pending } = useMemo(
    () => withColumnPointsUpTo(model, view, plotWidthPx, (turn + 1) * VALUES_PER_TURN),
    [model, view, plotWidthPx, turn],
  );
  useEffect(() => {
    if (pending === 0) return;
    const timer = setTimeout(() => advance(model), 0);
    return () => clearTimeout(timer);
  }, [model, pending, turn]);
  return { drawn, complete: pending === 0 };
}
