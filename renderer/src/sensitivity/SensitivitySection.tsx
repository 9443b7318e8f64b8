import { useState } from 'react';
import type { Scenario } from '../../../sim';
import { formatNumber } from '../plot/format';
import { regimenName, sensitivityRegimen } from './regimenChoice';
import { TORNADO_COLORS, TornadoChart } from './TornadoChart';
import { tornadoHeading, tornadoPanels } from './tornadoModel';
import { useSensitivity } from './useSensitivity';
import './sensitivity.css';
import { useT } from '../i18n';

/**
 * "Sensitivity": a tornado chart of Cmax, AUC and trough for one regimen as each parameter moves alone across
 * its cited range, with the ranges and their sources in a table (the chart's text alternative too). Computed
 * only while open.
 */
/** The export entries of the sensitivity chart. */
export type SensitivityExportKind = 'sensitivity-png' | 'sensitivity-svg';

export function SensitivitySection({
  scenario,
  chosen,
  onChoose,
  onSave,
}: {
  scenario: Scenario;
  /** The regimen picked in this section (null: the default); the Export menu exports the same one. */
  chosen: number | null;
  onChoose: (index: number) => void;
  /** Saves this regimen's chart as the Export menu does; resolves to the sentence to show. */
  onSave: (kind: SensitivityExportKind, regimenIndex: number) => Promise<string>;
}) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const regimenIndex = sensitivityRegimen(scenario, chosen);
  const state = useSensitivity(scenario, regimenIndex, open);
  const compound = scenario.regimens[regimenIndex]!.compound;
  const panels = state.result ? tornadoPanels(state.result, compound, scenario.display.units, tr) : null;
  const [saved, setSaved] = useState<string | null>(null);
  // The same export as the Export menu's "Sensitivity chart" entries (the App wires it: export sits above).
  const save = async (kind: SensitivityExportKind): Promise<void> => {
    try {
      setSaved(await onSave(kind, regimenIndex));
    } catch (e) {
      setSaved(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card sensitivity-card" aria-labelledby="sensitivity-title" data-testid="sensitivity">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="sensitivity-title">{tr.t('sens.title')}</h2>
        </summary>
        {scenario.regimens.length > 1 && (
          <label className="sensitivity-regimen">
            {tr.t('sens.regimen')}{' '}
            <select value={regimenIndex} onChange={(e) => onChoose(Number(e.currentTarget.value))}>
              {scenario.regimens.map((_, i) => (
                <option key={i} value={i}>
                  {regimenName(scenario, i)}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="chart-note">
          {/* The two colour keys sit where the language puts the words "low end" and "high end". */}
          {tr
            .t('tornado.note', { heading: tornadoHeading(compound, tr), low: '⟦low⟧', high: '⟦high⟧' })
            .split(/(⟦low⟧|⟦high⟧)/)
            .map((part, k) =>
              part === '⟦low⟧' || part === '⟦high⟧' ? (
                <span
                  key={k}
                  className="tornado-key"
                  style={{ background: part === '⟦low⟧' ? TORNADO_COLORS.low : TORNADO_COLORS.high }}
                />
              ) : (
                part
              ),
            )}
        </p>
        {state.error && (
          <p className="chart-note field-error">{tr.t('sens.error', { error: state.error })}</p>
        )}
        {!panels && !state.error && <p className="chart-note">{tr.t('sens.computing')}</p>}
        {panels && (
          <div className="tornado-grid" aria-busy={state.stale} data-testid="tornado">
            {panels.map((p) => (
              <TornadoChart key={p.metric} panel={p} />
            ))}
          </div>
        )}
        {panels && (
          <p className="tornado-export">
            <button type="button" className="doc-button" onClick={() => void save('sensitivity-png')}>
              {tr.t('sens.savePng')}
            </button>{' '}
            <button type="button" className="doc-button" onClick={() => void save('sensitivity-svg')}>
              {tr.t('sens.saveSvg')}
            </button>{' '}
            {saved && (
              <span className="chart-note" role="status">
                {saved}
              </span>
            )}
          </p>
        )}
        {panels && (
          <details className="tornado-table">
            <summary>{tr.t('sens.ranges')}</summary>
            <div className="table-scroll">
              <table className="metrics params">
                <thead>
                  <tr>
                    <th scope="col">{tr.t('sens.colParameter')}</th>
                    <th scope="col">{tr.t('sens.colRange')}</th>
                    {panels.map((p) => (
                      <th scope="col" key={p.metric}>
                        {tr.t('sens.colLowHigh', { title: p.axisTitle })}
                      </th>
                    ))}
                    <th scope="col">{tr.t('sens.colSources')}</th>
                    <th scope="col">{tr.t('sens.colBasis')}</th>
                  </tr>
                </thead>
                <tbody>
                  {panels[0]!.rows.map((row) => (
                    <tr key={row.parameter}>
                      <th scope="row">{row.label}</th>
                      <td>{row.rangeText}</td>
                      {panels.map((p) => {
                        const r = p.rows.find((x) => x.parameter === row.parameter);
                        return (
                          <td key={p.metric}>
                            {r ? `${formatNumber(r.atLow)} → ${formatNumber(r.atHigh)}` : '–'}
                          </td>
                        );
                      })}
                      <td translate="no">{row.sources.join(', ')}</td>
                      {/* The range's derivation cites its sources: in English, as the Sources panel's notes. */}
                      <td className="note" lang="en">
                        {row.note}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </details>
    </section>
  );
}
