import { useCallback, useMemo, useState } from 'react';
import { ControlPanel } from './controls/ControlPanel';
import { DocumentControls } from './files/DocumentControls';
import PlasmaChart from './charts/PlasmaChart';
import { TissueChart } from './charts/TissueChart';
import { scheduleDoses, simulateVisible, toDrawn } from './curves/curves';
import { tissueCurves } from './curves/tissue';
import { MetricsTable } from './metrics/MetricsTable';
import { useMetrics } from './metrics/useMetrics';
import { useSessionPersistence } from './session/useSessionPersistence';
import { ModelDisclaimer, SourcesPanel } from './sources/SourcesPanel';
import { useScenarioStore } from './state/store';
import { PresentationLauncher } from './presentation/PresentationLauncher';
import { AnticoagulantCaution } from './caution/AnticoagulantCaution';
import { compoundsOnScreen } from './caution/cautions';
import { PopulationSwitch } from './population/PopulationSwitch';
import { usePopulationBands } from './population/usePopulationBands';
import { SensitivitySection } from './sensitivity/SensitivitySection';
import { PresetPicker } from './presets/PresetPicker';

/** Layout only: header, controls on the left, charts and numbers on the right. */
export function App() {
  const store = useScenarioStore();
  const { scenario, dispatch } = store;
  useSessionPersistence(scenario, store.reset);

  const simulated = useMemo(() => simulateVisible(scenario), [scenario]);
  const units = scenario.display.units;
  const curves = useMemo(() => simulated.map((c) => toDrawn(c, units)), [simulated, units]);
  const tissue = useMemo(() => tissueCurves(simulated), [simulated]);
  // Markers depend on the schedule only, not the dose amount: a Dose drag leaves them untouched.
  const first = scenario.regimens[0];
  const doseKey = `${scenario.horizonDays}|${first?.intervalH}|${first?.firstDoseH}|${first?.doseCount}|${first?.missedDoses.join(',')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const doses = useMemo(() => scheduleDoses(scenario), [doseKey]);
  const metrics = useMetrics(scenario);
  const [showVariation, setShowVariation] = useState(false);
  const population = usePopulationBands(scenario, showVariation);
  const toggleDose = useCallback(
    (index: number) => dispatch({ type: 'toggleMissedDose', index }),
    [dispatch],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>K2 Kinetics</h1>
        <p className="subtitle">
          How vitamin K2 (MK-4, MK-7) and K1 rise and fall in the blood: an educational model
        </p>
        <div className="header-actions">
          <DocumentControls store={store} />
          <PresentationLauncher scenario={scenario} />
        </div>
      </header>
      <main className="app-main">
        <aside className="sidebar">
          <PresetPicker scenario={scenario} dispatch={dispatch} />
          <ControlPanel scenario={scenario} dispatch={dispatch} />
          <PopulationSwitch checked={showVariation} onChange={setShowVariation} state={population} />
          <ModelDisclaimer />
        </aside>
        <div className="content">
          <AnticoagulantCaution compounds={compoundsOnScreen(scenario)} />
          <PlasmaChart
            curves={curves}
            units={units}
            axis={scenario.display.axis}
            horizonDays={scenario.horizonDays}
            doses={doses}
            onToggleDose={toggleDose}
          />
          {scenario.display.showTissue && <TissueChart curves={tissue} horizonDays={scenario.horizonDays} />}
          <MetricsTable report={metrics.report} stale={metrics.stale} />
          <SensitivitySection scenario={scenario} />
          <SourcesPanel />
        </div>
      </main>
    </div>
  );
}
