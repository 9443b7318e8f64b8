import { useCallback, useMemo, useReducer } from 'react';
import { defaultScenario, type Scenario } from '../../../sim';
import { scenarioReducer, type ScenarioAction } from './scenarioReducer';

/**
 * Undo-ready state: the scenario now, the ones before and the ones undone. Slider drags produce many
 * steps; `coalesceKey` lets consecutive edits of the same control merge into one undo step.
 */
export interface ScenarioHistory {
  past: Scenario[];
  present: Scenario;
  future: Scenario[];
  /** Key of the last recorded edit; an edit with the same key replaces `present` without a new undo step. */
  lastKey: string | null;
}

export type StoreAction =
  | { type: 'edit'; action: ScenarioAction; coalesceKey?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Replace without an undo step (session restore, file open). */
  | { type: 'reset'; scenario: Scenario };

const MAX_UNDO = 200;

export function historyReducer(state: ScenarioHistory, action: StoreAction): ScenarioHistory {
  switch (action.type) {
    case 'edit': {
      const next = scenarioReducer(state.present, action.action);
      if (next === state.present) return state;
      const key = action.coalesceKey ?? null;
      if (key !== null && key === state.lastKey) return { ...state, present: next, future: [] };
      return {
        past: [...state.past, state.present].slice(-MAX_UNDO),
        present: next,
        future: [],
        lastKey: key,
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        lastKey: null,
      };
    }
    case 'redo': {
      const [next, ...future] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future, lastKey: null };
    }
    case 'reset':
      return { past: [], present: action.scenario, future: [], lastKey: null };
  }
}

export function initialHistory(scenario: Scenario = defaultScenario()): ScenarioHistory {
  return { past: [], present: scenario, future: [], lastKey: null };
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
    (action: ScenarioAction, coalesceKey?: string) => send({ type: 'edit', action, coalesceKey }),
    [],
  );
  const undo = useCallback(() => send({ type: 'undo' }), []);
  const redo = useCallback(() => send({ type: 'redo' }), []);
  const reset = useCallback((scenario: Scenario) => send({ type: 'reset', scenario }), []);
  return useMemo(
    () => ({
      scenario: state.present,
      dispatch,
      undo,
      redo,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
      reset,
    }),
    [state, dispatch, undo, redo, reset],
  );
}
