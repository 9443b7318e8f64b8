import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { COMPOUND_IDS, COMPOUND_PRESETS, scenarioWork, workOverCap, type Scenario } from '../../../sim';
import type { ScenarioAction } from '../state/scenarioReducer';
import { scenarioReducer, sharedSettings } from '../state/scenarioReducer';
import { COMPOUND_COLORS } from '../theme/palette';
import { DOSE_BOUNDS, DURATION_BOUNDS, FAT_BOUNDS, INTERVAL_BOUNDS } from '../controls/bounds';
import { SliderField } from '../controls/SliderField';
import { currentTranslator, useT, type AppTranslator } from '../i18n';

export interface ControlPanelProps {
  scenario: Scenario;
  dispatch: (action: ScenarioAction, coalesceKey?: string) => void;
}

// Memoised: a step of one slider re-renders that slider, not the other three (each has two inputs to update).
const Slider = memo(SliderField);

/** Sliders for the shared regimen, compound toggles and display options. */
export function ControlPanel({ scenario, dispatch }: ControlPanelProps) {
  const tr = useT();
  const shared = sharedSettings(scenario);
  // The work caps' check reads the scenario when it runs, so the sliders' props stay the same between steps.
  const latest = useRef(scenario);
  useLayoutEffect(() => {
    latest.current = scenario;
  });
  // The work caps (doses, output points) of the scenario this edit would make: the same check as files and CLI.
  const overCap = useCallback(
    (action: ScenarioAction): string | null =>
      workOverCap(scenarioWork(scenarioReducer(latest.current, action)), tr),
    [tr],
  );
  const fields = useMemo(
    () => ({
      setDose: (doseUg: number, g: string | undefined) => dispatch({ type: 'setDose', doseUg }, g),
      setInterval: (intervalH: number, g: string | undefined) =>
        dispatch({ type: 'setInterval', intervalH }, g),
      checkInterval: (intervalH: number) => overCap({ type: 'setInterval', intervalH }),
      setDuration: (horizonDays: number, g: string | undefined) =>
        dispatch({ type: 'setDuration', horizonDays }, g),
      checkDuration: (horizonDays: number) => overCap({ type: 'setDuration', horizonDays }),
      setFat: (fatG: number, g: string | undefined) => dispatch({ type: 'setFat', fatG }, g),
    }),
    [dispatch, overCap],
  );
  return (
    <section className="control-panel" aria-label={tr.t('controls.region')}>
      <h2 className="panel-title">{tr.t('controls.regimen')}</h2>
      <Slider bounds={DOSE_BOUNDS} value={shared.doseUg} onChange={fields.setDose} />
      <Slider
        bounds={INTERVAL_BOUNDS}
        value={shared.intervalH}
        onChange={fields.setInterval}
        check={fields.checkInterval}
        hint={tr.t('controls.intervalHint')}
      />
      <Slider
        bounds={DURATION_BOUNDS}
        value={scenario.horizonDays}
        onChange={fields.setDuration}
        check={fields.checkDuration}
      />
      <Slider bounds={FAT_BOUNDS} value={shared.fatG} onChange={fields.setFat} hint={fatHint(scenario, tr)} />
      <DisplayOptions display={scenario.display} dispatch={dispatch} />
    </section>
  );
}

/** Compound toggles, the fat comparison, axis and units: their inputs stay untouched while a slider moves. */
const DisplayOptions = memo(function DisplayOptions({
  display,
  dispatch,
}: {
  display: Scenario['display'];
  dispatch: ControlPanelProps['dispatch'];
}) {
  const tr = useT();
  return (
    <>
      <fieldset className="toggle-group">
        <legend>{tr.t('controls.compounds')}</legend>
        <div className="chips">
          {COMPOUND_IDS.map((id) => {
            const on = display.visible.includes(id);
            return (
              <label
                key={id}
                className={on ? 'chip on' : 'chip'}
                style={{ ['--chip-color' as string]: COMPOUND_COLORS[id] }}
              >
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => dispatch({ type: 'toggleCompound', compound: id })}
                />
                <span className="chip-swatch" aria-hidden="true" />
                {COMPOUND_PRESETS[id].label}
              </label>
            );
          })}
        </div>
      </fieldset>

      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={display.compareFat}
          onChange={(e) => dispatch({ type: 'setCompareFat', compareFat: e.currentTarget.checked })}
        />
        <span className="switch-track" aria-hidden="true" />
        {tr.t('controls.compareFat')}
      </label>

      <fieldset className="segmented">
        <legend>{tr.t('controls.axis')}</legend>
        {(['linear', 'log'] as const).map((axis) => (
          <label key={axis} className={display.axis === axis ? 'seg on' : 'seg'}>
            <input
              type="radio"
              name="axis"
              checked={display.axis === axis}
              onChange={() => dispatch({ type: 'setAxis', axis })}
            />
            {tr.t(axis === 'linear' ? 'controls.linear' : 'controls.log')}
          </label>
        ))}
      </fieldset>

      <fieldset className="segmented">
        <legend>{tr.t('controls.units')}</legend>
        {(['ng/mL', 'nmol/L'] as const).map((units) => (
          <label key={units} className={display.units === units ? 'seg on' : 'seg'}>
            <input
              type="radio"
              name="units"
              checked={display.units === units}
              onChange={() => dispatch({ type: 'setUnits', units })}
            />
            {units}
          </label>
        ))}
      </fieldset>
    </>
  );
});

/**
 * The Meal fat hint. Doses that follow a calendar pattern take their meal's fat (breakfast, dinner…, set in
 * the Doses panel), not this slider's: the hint names those compounds, so a slider that moves nothing for
 * them is explained where it is moved.
 */
export function fatHint(scenario: Scenario, tr: AppTranslator = currentTranslator()): string {
  const fitted = tr.t('fat.fitted');
  const patterned = scenario.calendar
    ? [...new Set(scenario.regimens.filter((r) => r.schedule).map((r) => COMPOUND_PRESETS[r.compound].label))]
    : [];
  if (patterned.length === 0) return tr.t('fat.hint', { fitted });
  if (scenario.regimens.every((r) => r.schedule)) return tr.t('fat.allPattern', { fitted });
  return tr.t('fat.except', { names: tr.list(patterned), fitted });
}
