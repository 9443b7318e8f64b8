import { useCallback, useMemo, useReducer } from 'react';
import { defaultScenario, type Scenario } from '../../../sim';
import { createHistory, record, redo, undo, type History } from './history';
import { scenarioReducer, type ScenarioAction } from './scenarioReducer';

/** Undo-ready state: the scenario now, the ones before and the ones undone (see history.ts). */
export type ScenarioHistory = History<Scenario>;

export type StoreAction =
  /** `coalesceKey`: a slider gesture ("Dose#3") that merges however slow; `atMs` when the edit happened. */
  | { type: 'edit'; action: ScenarioAction; coalesceKey?: string; atMs: number }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Replace without an undo step (session restore). */
  | { type: 'reset'; scenario: Scenario };

/** Value edits that merge when repeated quickly (arrow keys on a slider, typing in a number box). */
const CONTROL_EDITS = new Set<ScenarioAction['type']>(['setDose', 'setInterval', 'setDuration', 'setFat']);

export function historyReducer(state: ScenarioHistory, action: StoreAction): ScenarioHistory {
  switch (action.type) {
    case 'edit': {
      const next = scenarioReducer(state.present, action.action);
      if (action.coalesceKey !== undefined) {
        return record(state, next, {
          coalesceKey: action.coalesceKey,
          atMs: action.atMs,
          windowMs: Infinity,
        });
      }
      const key = CONTROL_EDITS.has(action.action.type) ? action.action.type : null;
      return record(state, next, { coalesceKey: key, atMs: action.atMs });
    }
    case 'undo':
      return undo(state);
    case 'redo':
      return redo(state);
    case 'reset':
      return createHistory(action.scenario);
  }
}

export function initialHistory(scenario: Scenario = defaultScenario()): ScenarioHistory {
  return createHistory(scenario);
}

export interface ScenarioStore {
  scenario: Scenario;
  dispatch: (action: ScenarioAction, coalesceKey?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  reset: (scenario: Scenario) => void;
}

/** The app's one store: a scenario with undo/redo around scenarioReducer. */
export function useScenarioStore(initial?: Scenario): ScenarioStore {
  const [state, send] = useReducer(historyReducer, initial, initialHistory);
  const dispatch = useCallback(
    (action: ScenarioAction, coalesceKey?: string) =>
      send({ type: 'edit', action, coalesceKey, atMs: performance.now() }),
    [],
  );
  const undoEdit = useCallback(() => send({ type: 'undo' }), []);
  const redoEdit = useCallback(() => send({ type: 'redo' }), []);
  const reset = useCallback((scenario: Scenario) => send({ type: 'reset', scenario }), []);
  return useMemo(
    () => ({
      scenario: state.present,
      dispatch,
      undo: undoEdit,
      redo: redoEdit,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
      reset,
    }),
    [state, dispatch, undoEdit, redoEdit, reset],
  );
}
