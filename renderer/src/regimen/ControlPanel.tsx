import { COMPOUND_IDS, COMPOUND_PRESETS, scenarioWork, workOverCap, type Scenario } from '../../../sim';
import type { ScenarioAction } from '../state/scenarioReducer';
import { scenarioReducer, sharedSettings } from '../state/scenarioReducer';
import { COMPOUND_COLORS } from '../theme/palette';
import { DOSE_BOUNDS, DURATION_BOUNDS, FAT_BOUNDS, INTERVAL_BOUNDS } from '../controls/bounds';
import { SliderField } from '../controls/SliderField';

export interface ControlPanelProps {
  scenario: Scenario;
  dispatch: (action: ScenarioAction, coalesceKey?: string) => void;
}

/** Sliders for the shared regimen, compound toggles and display options. */
export function ControlPanel({ scenario, dispatch }: ControlPanelProps) {
  const shared = sharedSettings(scenario);
  const { display } = scenario;
  // The work caps (doses, output points) of the scenario this edit would make: the same check as files and CLI.
  const capCheck =
    (toAction: (value: number) => ScenarioAction) =>
    (value: number): string | null =>
      workOverCap(scenarioWork(scenarioReducer(scenario, toAction(value))));
  return (
    <section className="control-panel" aria-label="Scenario controls">
      <h2 className="panel-title">Regimen</h2>
      <SliderField
        bounds={DOSE_BOUNDS}
        value={shared.doseUg}
        onChange={(doseUg, g) => dispatch({ type: 'setDose', doseUg }, g)}
      />
      <SliderField
        bounds={INTERVAL_BOUNDS}
        value={shared.intervalH}
        onChange={(intervalH, g) => dispatch({ type: 'setInterval', intervalH }, g)}
        check={capCheck((intervalH) => ({ type: 'setInterval', intervalH }))}
        hint="24 h = once a day. Changing it clears missed doses."
      />
      <SliderField
        bounds={DURATION_BOUNDS}
        value={scenario.horizonDays}
        onChange={(horizonDays, g) => dispatch({ type: 'setDuration', horizonDays }, g)}
        check={capCheck((horizonDays) => ({ type: 'setDuration', horizonDays }))}
      />
      <SliderField
        bounds={FAT_BOUNDS}
        value={shared.fatG}
        onChange={(fatG, g) => dispatch({ type: 'setFat', fatG }, g)}
        hint={fatHint(scenario)}
      />

      <fieldset className="toggle-group">
        <legend>Compounds</legend>
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
        Compare with and without fat
      </label>

      <fieldset className="segmented">
        <legend>Concentration axis</legend>
        {(['linear', 'log'] as const).map((axis) => (
          <label key={axis} className={display.axis === axis ? 'seg on' : 'seg'}>
            <input
              type="radio"
              name="axis"
              checked={display.axis === axis}
              onChange={() => dispatch({ type: 'setAxis', axis })}
            />
            {axis === 'linear' ? 'Linear' : 'Log'}
          </label>
        ))}
      </fieldset>

      <fieldset className="segmented">
        <legend>Units</legend>
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
    </section>
  );
}

/**
 * The Meal fat hint. Doses that follow a calendar pattern take their meal's fat (breakfast, dinner…, set in
 * the Doses panel), not this slider's: the hint names those compounds, so a slider that moves nothing for
 * them is explained where it is moved.
 */
export function fatHint(scenario: Scenario): string {
  const fitted = 'The fat effect is fitted only up to 35 g.';
  const patterned = scenario.calendar
    ? [...new Set(scenario.regimens.filter((r) => r.schedule).map((r) => COMPOUND_PRESETS[r.compound].label))]
    : [];
  if (patterned.length === 0) return `Fat in the meal taken with each dose. ${fitted}`;
  if (scenario.regimens.every((r) => r.schedule)) {
    return `Every dose follows a pattern and takes its meal's fat (Doses panel): this slider changes nothing now. ${fitted}`;
  }
  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(patterned);
  return `Fat in the meal taken with each dose, except ${names}: doses from a pattern take their meal's fat (Doses panel). ${fitted}`;
}
