import { useState } from 'react';
import { getBridge } from '../bridge';
import { fileSlug } from '../files/documentState';
import { tornadoFigureSvg } from './TornadoFigure';
import { COMPOUND_PRESETS, type Scenario } from '../../../sim';
import { formatNumber } from '../plot/format';
import { TORNADO_COLORS, TornadoChart } from './TornadoChart';
import { tornadoHeading, tornadoPanels } from './tornadoModel';
import { useSensitivity } from './useSensitivity';
import './sensitivity.css';

/** "Regimen 2: MK-7 90 µg every 24 h" for the regimen picker. */
function regimenName(scenario: Scenario, index: number): string {
  const r = scenario.regimens[index]!;
  const label = r.label ? `${r.label}: ` : '';
  return `${label}${COMPOUND_PRESETS[r.compound].label} ${formatNumber(r.doseUg)} µg every ${formatNumber(r.intervalH)} h`;
}

/** The regimen shown first: the first visible MK-7 one (the supplement most people ask about), else the first visible. */
export function defaultRegimenIndex(scenario: Scenario): number {
  const visible = (i: number) => scenario.display.visible.includes(scenario.regimens[i]!.compound);
  const indices = scenario.regimens.map((_, i) => i).filter(visible);
  return indices.find((i) => scenario.regimens[i]!.compound === 'mk7') ?? indices[0] ?? 0;
}

/**
 * "Sensitivity": a tornado chart of Cmax, AUC and trough for one regimen as each parameter moves alone across
 * its cited range, with the ranges and their sources in a table (the chart's text alternative too). Computed
 * only while open.
 */
export function SensitivitySection({ scenario }: { scenario: Scenario }) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const regimenIndex = Math.min(chosen ?? defaultRegimenIndex(scenario), scenario.regimens.length - 1);
  const state = useSensitivity(scenario, regimenIndex, open);
  const compound = scenario.regimens[regimenIndex]!.compound;
  const panels = state.result ? tornadoPanels(state.result, compound, scenario.display.units) : null;
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    if (!panels) return;
    const content = tornadoFigureSvg({
      panels,
      compound,
      regimenText: `${regimenName(scenario, regimenIndex)}, ${formatNumber(scenario.horizonDays)} days`,
    });
    const result = await getBridge().saveExport({
      kind: 'svg',
      suggestedName: `${fileSlug(scenario.name)}-sensitivity.svg`,
      content,
    });
    if (!result.ok) setSaved(`Could not save the SVG: ${result.error}`);
    else
      setSaved(result.data.canceled ? 'Export canceled.' : `Saved ${result.data.path.split(/[\\/]/).pop()}.`);
  };
  return (
    <section className="card sensitivity-card" aria-labelledby="sensitivity-title" data-testid="sensitivity">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="sensitivity-title">Sensitivity: which parameter matters most</h2>
        </summary>
        {scenario.regimens.length > 1 && (
          <label className="sensitivity-regimen">
            Regimen{' '}
            <select value={regimenIndex} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
              {scenario.regimens.map((_, i) => (
                <option key={i} value={i}>
                  {regimenName(scenario, i)}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="chart-note">
          {tornadoHeading(compound)}, the others kept typical. Bars run from the typical value (black line) to
          the value with the parameter at the{' '}
          <span className="tornado-key" style={{ background: TORNADO_COLORS.low }} /> low end and the{' '}
          <span className="tornado-key" style={{ background: TORNADO_COLORS.high }} /> high end of its range.
          Hover a bar for its range and sources.
        </p>
        {state.error && (
          <p className="chart-note field-error">Could not compute the sensitivity: {state.error}</p>
        )}
        {!panels && !state.error && <p className="chart-note">Computing…</p>}
        {panels && (
          <div className="tornado-grid" aria-busy={state.stale} data-testid="tornado">
            {panels.map((p) => (
              <TornadoChart key={p.metric} panel={p} />
            ))}
          </div>
        )}
        {panels && (
          <p className="tornado-export">
            <button type="button" className="doc-button" onClick={() => void save()}>
              Save sensitivity chart (SVG)
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
            <summary>The ranges, their sources and every number</summary>
            <div className="table-scroll">
              <table className="metrics params">
                <thead>
                  <tr>
                    <th scope="col">Parameter</th>
                    <th scope="col">Range</th>
                    {panels.map((p) => (
                      <th scope="col" key={p.metric}>
                        {p.axisTitle}: low → high end
                      </th>
                    ))}
                    <th scope="col">Sources</th>
                    <th scope="col">Basis of the range</th>
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
                      <td>{row.sources.join(', ')}</td>
                      <td className="note">{row.note}</td>
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
