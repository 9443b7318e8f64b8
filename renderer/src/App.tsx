import { useCallback, useMemo, useState } from 'react';
import { ControlPanel } from './controls/ControlPanel';
import { DocumentControls } from './files/DocumentControls';
import { MAX_NAME_CHARS, scenarioView, type DoseMark } from '../../sim';
import { ViewChart } from './plot/ViewChart';
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
import { useVariationShown } from './population/variationSwitch';
import { SensitivitySection } from './sensitivity/SensitivitySection';
import { PresetPicker } from './presets/PresetPicker';

/** Layout only: header, controls on the left, charts and numbers on the right. */
export function App() {
  const store = useScenarioStore();
  const { scenario, dispatch } = store;
  useSessionPersistence(scenario, store.reset);

  // Every curve, twin, tissue series and dose mark comes from sim's scenarioView, as in the export.
  const view = useMemo(() => scenarioView(scenario), [scenario]);
  const metrics = useMetrics(scenario);
  const [showVariation, setShowVariation] = useVariationShown();
  const population = usePopulationBands(scenario, showVariation);
  const toggleDose = useCallback(
    (mark: DoseMark) => {
      // Extra doses are added or removed, not missed. Only this regimen's dose changes.
      if (mark.regularIndex === null) return;
      dispatch({ type: 'toggleMissedDose', regimenIndex: mark.regimenIndex, doseIndex: mark.regularIndex });
    },
    [dispatch],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>K2 Kinetics</h1>
        <p className="subtitle">
          How vitamin K2 (MK-4, MK-7) and K1 rise and fall in the blood: an educational model
        </p>
        <ScenarioName name={scenario.name} onName={(name) => dispatch({ type: 'setName', name })} />
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
          <ViewChart
            view={view}
            panel="plasma"
            height={380}
            onToggleDose={toggleDose}
            bands={showVariation ? population.result : null}
          />
          {scenario.display.showTissue && <ViewChart view={view} panel="tissue" height={290} />}
          <MetricsTable report={metrics.report} stale={metrics.stale} />
          <SensitivitySection scenario={scenario} />
          <SourcesPanel />
        </div>
      </main>
    </div>
  );
}

/**
 * The scenario's editable name, used by Save, the exports and added scenes. Edited as a draft and committed on
 * Enter or leaving the box (one undo step; the reducer trims it and names an empty one "Untitled").
 */
function ScenarioName({ name, onName }: { name: string; onName: (name: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== name) onName(draft);
    setDraft(null);
  };
  return (
    <label className="scenario-name">
      <span>Scenario</span>
      <input
        type="text"
        value={draft ?? name}
        maxLength={MAX_NAME_CHARS}
        aria-label="Scenario name (used by Save, exports and added scenes)"
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}
