import './presets.css';
import { useState } from 'react';
import type { Scenario } from '../../../sim';
import type { ScenarioAction } from '../state/scenarioReducer';
import { presetScenario, SCENARIO_PRESETS, type PresetId } from './scenarioPresets';
import { useT } from '../i18n';

/**
 * "Presets": replaces the scenario with a ready one for the current duration (one undoable step). Choosing is
 * the action; the select then returns to its prompt, so the same preset can be chosen again.
 */
export function PresetPicker({
  scenario,
  dispatch,
}: {
  scenario: Scenario;
  dispatch: (action: ScenarioAction) => void;
}) {
  const tr = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="preset-picker">
      <label>
        {tr.t('presets.label')}{' '}
        <select
          value=""
          onChange={(e) => {
            const id = e.currentTarget.value as PresetId;
            if (!id) return;
            const built = presetScenario(id, scenario.horizonDays);
            setError(built.error);
            if (built.scenario) dispatch({ type: 'replaceScenario', scenario: built.scenario });
          }}
        >
          <option value="">{tr.t('presets.choose')}</option>
          {SCENARIO_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {tr.t('presets.name', { id: p.id.replace(/-/g, '_') })}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="chart-note field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
