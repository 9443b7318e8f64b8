import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { ControlPanel } from './regimen/ControlPanel';
import { DocumentControls } from './files/DocumentControls';
import { MAX_NAME_CHARS, type DoseMark, type Scenario } from '../../sim';
import { describeScenario, isUserNamed } from '../../sim/scenario/describe';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { useScenarioView } from './view/useScenarioView';
import { ViewMetrics } from './view/ViewMetrics';
import { WorkProgress } from './view/WorkProgress';
import { ViewChart } from './view/ViewChart';
import { useSessionPersistence } from './session/useSessionPersistence';
import { ModelDisclaimer, SourcesPanel } from './sources/SourcesPanel';
import { useScenarioStore } from './state/store';
import { PresentationLauncher } from './presentation/PresentationLauncher';
import { ProfileSwitch } from './theme/ProfileSwitch';
import { moveScheduledMark, toggleScheduledMark } from './schedule/chartEdits';
import { AnticoagulantCaution } from './caution/AnticoagulantCaution';
import { compoundsOnScreen } from './caution/cautions';
import { PopulationSwitch } from './population/PopulationSwitch';
import { usePopulationBands } from './population/usePopulationBands';
import { useVariationShown } from './population/variationSwitch';
import type { SensitivityExportKind } from './sensitivity/SensitivitySection';
import { loadExport } from './export/loadExport';
import { DEFAULT_DENSITY, DEFAULT_PRESET } from './export/presets';
import { PresetPicker } from './presets/PresetPicker';
import { FirstSteps } from './start/FirstSteps';
import { PhonePanel } from './start/PhonePanel';
import { AfterFirstPaint } from './start/AfterFirstPaint';
import { LanguageSwitch, useT } from './i18n';

// Below the first chart and in chunks of their own, so the first chart waits for neither their code nor their drawing.
const ScheduleSection = lazy(() =>
  import('./schedule/ScheduleSection').then((m) => ({ default: m.ScheduleSection })),
);
const SensitivitySection = lazy(() =>
  import('./sensitivity/SensitivitySection').then((m) => ({ default: m.SensitivitySection })),
);

// Elements without props, made once: a slider step's render of App passes them by and they stay untouched (they
// still follow their own state and the language).
const LANGUAGE_SWITCH = <LanguageSwitch />;
const PROFILE_SWITCH = <ProfileSwitch />;

/** Layout only: header, controls on the left, charts and numbers on the right. */
export function App() {
  const tr = useT();
  const store = useScenarioStore();
  const { scenario, dispatch } = store;
  // A `#scenario=` link opens as an undoable edit over the restored session.
  const openScenario = useCallback(
    (opened: Scenario) => dispatch({ type: 'replaceScenario', scenario: opened }),
    [dispatch],
  );
  const sessionRestored = useSessionPersistence(scenario, store.reset, openScenario);

  // Every curve, twin, tissue series and dose mark comes from sim's scenarioView, as in the export: here
  // when the work is small, in a worker (with progress and Cancel) when it is large, so the page never
  // freezes. Meanwhile the last finished view stays on screen.
  const viewState = useScenarioView(scenario);
  const view = viewState.status === 'ready' ? viewState.view : viewState.previous;
  // Depends on `reset` alone (the store object is new with every edit), so the sections below keep their props.
  const { reset } = store;
  const goBack = useCallback((lastGood: typeof scenario | null) => lastGood && reset(lastGood), [reset]);
  // What is below the first chart follows one render later (React's deferred value): a slider step redraws the
  // controls, the chart and the schedule in its own frame, then the tissue chart, numbers and sensitivity in the next
  // task, before the frame is painted when there is time (an interrupted one is redone with the newest edit).
  const later = useDeferredValue(scenario);
  const laterViewState = useDeferredValue(viewState);
  const [showVariation, setShowVariation] = useVariationShown();
  // The Sensitivity section's regimen, shared with the Export menu's sensitivity chart entries.
  const [sensitivityChoice, setSensitivityChoice] = useState<number | null>(null);
  const population = usePopulationBands(scenario, showVariation);
  // The section's own save buttons: the Export menu's export at the default preset, loaded on first use.
  const saveSensitivity = useCallback(
    async (kind: SensitivityExportKind, regimenIndex: number) => {
      const { runExport } = await loadExport();
      const outcome = await runExport(kind, later, {
        preset: DEFAULT_PRESET,
        density: DEFAULT_DENSITY,
        sensitivityRegimen: regimenIndex,
      });
      return outcome.message;
    },
    [later],
  );
  const toggleDose = useCallback(
    (mark: DoseMark) => {
      // A calendar-schedule dose is marked missed in its schedule.
      const scheduled = toggleScheduledMark(scenario, mark);
      if (scheduled) return dispatch({ type: 'replaceScenario', scenario: scheduled });
      // Extra doses are added or removed, not missed. Only this regimen's dose changes.
      if (mark.regularIndex === null) return;
      dispatch({ type: 'toggleMissedDose', regimenIndex: mark.regimenIndex, doseIndex: mark.regularIndex });
    },
    [dispatch, scenario],
  );
  const moveDose = useCallback(
    (mark: DoseMark, timeH: number) => {
      const moved = moveScheduledMark(scenario, mark, timeH);
      if (moved) dispatch({ type: 'replaceScenario', scenario: moved });
    },
    [dispatch, scenario],
  );

  const setName = useCallback((name: string) => dispatch({ type: 'setName', name }), [dispatch]);

  const laterView = laterViewState.status === 'ready' ? laterViewState.view : laterViewState.previous;
  // The Doses and measured-levels panels hold number boxes: they follow the scenario itself, not the deferred
  // one, so a value typed and committed shows in its box at once (a deferred box showed the old value first).
  const schedule = useMemo(
    () => (
      <ErrorBoundary what="the dose schedule and measured levels" onGoBack={goBack}>
        <Suspense fallback={null}>
          <ScheduleSection scenario={scenario} dispatch={dispatch} />
        </Suspense>
      </ErrorBoundary>
    ),
    [scenario, goBack, dispatch],
  );
  // The same elements while `later` holds still: React skips these sections in a slider step's own render (the
  // schedule between them is its own element, so its change at every step does not make these new).
  const tissueChart = useMemo(
    () =>
      laterView &&
      later.display.showTissue && (
        <ErrorBoundary what="the tissue chart" onGoBack={goBack}>
          <ViewChart view={laterView} panel="tissue" height={290} />
        </ErrorBoundary>
      ),
    [later, laterView, goBack],
  );
  const numbersAndSources = useMemo(
    () => (
      <>
        <ErrorBoundary what="the numbers table" onGoBack={goBack}>
          <ViewMetrics scenario={later} viewState={laterViewState} />
        </ErrorBoundary>
        <ErrorBoundary what="the sensitivity chart" onGoBack={goBack}>
          <Suspense fallback={null}>
            <SensitivitySection
              scenario={later}
              chosen={sensitivityChoice}
              onChoose={setSensitivityChoice}
              onSave={saveSensitivity}
            />
          </Suspense>
        </ErrorBoundary>
        <SourcesPanel />
      </>
    ),
    [later, laterViewState, goBack, sensitivityChoice, saveSensitivity],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>K2 Kinetics</h1>
        <p className="subtitle">{tr.t('app.subtitle')}</p>
        {LANGUAGE_SWITCH}
        <ScenarioName name={isUserNamed(scenario) ? scenario.name : ''} described={later} onName={setName} />
        <FirstSteps scenario={scenario} dispatch={dispatch} />
        <PhonePanel id="header-actions" className="header-actions" label={tr.t('phone.menu')}>
          <DocumentControls
            store={store}
            sensitivityRegimen={sensitivityChoice}
            sessionRestored={sessionRestored}
          />
          <PresentationLauncher scenario={scenario} />
          {PROFILE_SWITCH}
        </PhonePanel>
      </header>
      <main className="app-main">
        <PhonePanel id="controls" as="aside" className="sidebar" label={tr.t('phone.controls')}>
          <PresetPicker scenario={scenario} dispatch={dispatch} />
          <ControlPanel scenario={scenario} dispatch={dispatch} />
          <PopulationSwitch checked={showVariation} onChange={setShowVariation} state={population} />
          <ModelDisclaimer />
        </PhonePanel>
        <div className="content">
          <WorkProgress state={viewState} />
          {view && (
            <ErrorBoundary what="the plasma chart" onGoBack={goBack}>
              <ViewChart
                view={view}
                panel="plasma"
                height={380}
                onToggleDose={toggleDose}
                onMoveDose={moveDose}
                bands={showVariation ? population.result : null}
              />
            </ErrorBoundary>
          )}
          {/* Right under the curves it qualifies, so a projected chart stays above the fold at 1024 × 768. */}
          <AnticoagulantCaution compounds={compoundsOnScreen(scenario)} />
          {/* Below the first chart: drawn once it is on screen, so a cold start does not wait for them. */}
          <AfterFirstPaint>
            {tissueChart}
            {schedule}
            {numbersAndSources}
          </AfterFirstPaint>
        </div>
      </main>
    </div>
  );
}

/**
 * The scenario's name as the user typed it (committed on Enter or leaving the box: one undo step; the reducer
 * trims it and names an empty one "Untitled"); empty until then, with the title the app gives it (what the
 * scenario holds, sim/scenario/describe) as the placeholder, so a changed schedule is never titled by an old
 * name. The title follows the deferred scenario: a slider step does not wait for its sentence.
 */
const ScenarioName = memo(function ScenarioName({
  name,
  described,
  onName,
}: {
  name: string;
  described: Scenario;
  onName: (name: string) => void;
}) {
  const tr = useT();
  const [draft, setDraft] = useState<string | null>(null);
  // Not in the first render either: the first chart does not wait for this sentence.
  const shown = useDeferredValue(described, null);
  const title = useMemo(() => (shown ? describeScenario(shown, tr) : ''), [shown, tr]);
  const commit = () => {
    if (draft !== null && draft !== name) onName(draft);
    setDraft(null);
  };
  return (
    <label className="scenario-name">
      <span>{tr.t('app.scenario')}</span>
      <input
        type="text"
        value={draft ?? name}
        placeholder={title}
        title={name === '' ? tr.t('app.titledBy', { title }) : undefined}
        maxLength={MAX_NAME_CHARS}
        aria-label={tr.t('app.scenarioNameLabel')}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
});
