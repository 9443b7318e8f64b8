import { formatNumber } from '../plot/format';
import { useT } from '../i18n';
import { bandsMeaning, variationRows } from './variationSources';
import type { PopulationBandsState } from './usePopulationBands';

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
  const tr = useT();
  const status = !checked
    ? null
    : state.refused
      ? state.refused
      : state.error
        ? tr.t('population.error', { error: state.error })
        : state.result === null || state.stale
          ? tr.t('population.simulating')
          : tr.t('population.done', {
              n: tr.num(state.subjects),
              ms: formatNumber(Math.round(state.elapsedMs ?? 0)),
            });
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
        {tr.t('population.switch')}
      </label>
      {checked && (
        <>
          <p className="chart-note">{bandsMeaning(state.subjects, tr)}</p>
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
            <summary>{tr.t('population.sources')}</summary>
            <table className="metrics params">
              <thead>
                <tr>
                  <th scope="col">{tr.t('population.colParameter')}</th>
                  <th scope="col">{tr.t('population.colCv')}</th>
                  <th scope="col">{tr.t('population.colBasis')}</th>
                  <th scope="col">{tr.t('population.colSources')}</th>
                  <th scope="col">{tr.t('population.colNote')}</th>
                </tr>
              </thead>
              <tbody>
                {variationRows(tr).map((r) => (
                  <tr key={r.parameter}>
                    <td>{r.label}</td>
                    <td>{r.cvPercent}%</td>
                    <td>
                      <span className={`basis ${r.basis}`}>{r.basis}</span>
                    </td>
                    <td translate="no">{r.sources.join(', ')}</td>
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
