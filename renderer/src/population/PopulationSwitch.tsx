import { formatNumber } from '../plot/format';
import { bandsMeaning, variationRows } from './variationSources';
import type { PopulationBandsState } from './usePopulationBands';

const ROWS = variationRows();

/**
 * "Show variation between people": the switch, what the bands mean, where the spreads come from, and the
 * worker's status (computing, refused for too much work, or how long the last run took).
 */
export function PopulationSwitch({
  checked,
  onChange,
  state,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  state: PopulationBandsState;
}) {
  const status = !checked
    ? null
    : state.refused
      ? state.refused
      : state.error
        ? `Could not compute the variation: ${state.error}`
        : state.result === null || state.stale
          ? 'Simulating people…'
          : `${state.subjects.toLocaleString('en')} people simulated in ${formatNumber(Math.round(state.elapsedMs ?? 0))} ms.`;
  return (
    <div className="population-switch" data-testid="population-switch">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span className="switch-track" aria-hidden="true" />
        Show variation between people
      </label>
      {checked && (
        <>
          <p className="chart-note">{bandsMeaning(state.subjects)}</p>
          <p
            className={state.refused || state.error ? 'chart-note field-error' : 'chart-note'}
            role="status"
            data-testid="population-status"
            data-elapsed-ms={
              state.result !== null && !state.stale ? (state.elapsedMs ?? undefined) : undefined
            }
          >
            {status}
          </p>
          <details className="variation-sources">
            <summary>How much people differ, and the sources</summary>
            <table className="metrics params">
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Between-person CV</th>
                  <th scope="col">Basis</th>
                  <th scope="col">Sources</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map((r) => (
                  <tr key={r.parameter}>
                    <td>{r.label}</td>
                    <td>{r.cvPercent}%</td>
                    <td>
                      <span className={`basis ${r.basis}`}>{r.basis}</span>
                    </td>
                    <td>{r.sources.join(', ')}</td>
                    <td className="note">{r.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
