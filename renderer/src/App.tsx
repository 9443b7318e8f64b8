import { useMemo } from 'react';
import { ControlPanel } from './controls/ControlPanel';
import { DocumentControls } from './files/DocumentControls';
import PlasmaChart from './charts/PlasmaChart';
import { scheduleDoses, simulateVisible, toDrawn } from './curves/curves';
import { useSessionPersistence } from './session/useSessionPersistence';
import { useScenarioStore } from './state/store';
import { PresentationLauncher } from './presentation/PresentationLauncher';

/** Layout only: header, controls on the left, charts and numbers on the right. */
export function App() {
  const store = useScenarioStore();
  const { scenario, dispatch } = store;
  useSessionPersistence(scenario, store.reset);

  const simulated = useMemo(() => simulateVisible(scenario), [scenario]);
  const units = scenario.display.units;
  const curves = useMemo(() => simulated.map((c) => toDrawn(c, units)), [simulated, units]);
  const doses = useMemo(() => scheduleDoses(scenario), [scenario]);

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
          <ControlPanel scenario={scenario} dispatch={dispatch} />
        </aside>
        <div className="content">
          <PlasmaChart
            curves={curves}
            units={units}
            axis={scenario.display.axis}
            horizonDays={scenario.horizonDays}
            doses={doses}
            onToggleDose={(index) => dispatch({ type: 'toggleMissedDose', index })}
          />
        </div>
      </main>
    </div>
  );
}
