import { useState, type ChangeEvent } from 'react';
import { MAX_SCENARIO_BYTES, parseScenarioText, type Scenario } from '../../../sim';
import { readPickedFile } from '../bridge/readPickedFile';
import { useScenarioView } from './useScenarioView';
import { WorkProgress } from './WorkProgress';

/**
 * A bare page (index.html#view-probe) that opens a scenario file and shows its view through
 * useScenarioView and <WorkProgress>, without the rest of the app: the end-to-end heartbeat test measures
 * the hook here until App.tsx uses it. Not linked from the app.
 */
export function ViewProbe() {
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [message, setMessage] = useState('Choose a scenario file.');
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const read = await readPickedFile(file, MAX_SCENARIO_BYTES, 'file for a scenario');
    const parsed = read.ok ? parseScenarioText(read.text) : { ok: false as const, error: read.error };
    if (!parsed.ok) return setMessage(`Could not open “${file.name}”: ${parsed.error}`);
    setScenario(parsed.scenario);
    setMessage(`Opened “${file.name}”.`);
  };
  return (
    <main style={{ padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Scenario view probe</h1>
      <input
        type="file"
        aria-label="Scenario file"
        data-testid="probe-file-input"
        onChange={(e) => void onFile(e)}
      />
      <p>{message}</p>
      {scenario && <ProbeView scenario={scenario} />}
    </main>
  );
}

function ProbeView({ scenario }: { scenario: Scenario }) {
  const state = useScenarioView(scenario);
  return (
    <>
      <WorkProgress state={state} />
      {state.status === 'ready' && (
        <p role="img" aria-label={`Plasma concentration, ${scenario.horizonDays.toLocaleString('en')} days`}>
          Chart ready: {state.view.series.length} series of {state.view.timeH.length.toLocaleString('en')}{' '}
          points, {state.view.doseMarks.length.toLocaleString('en')} dose marks.
        </p>
      )}
    </>
  );
}
