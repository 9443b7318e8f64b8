import { COMPOUND_IDS, COMPOUND_PRESETS, SOURCES, SOURCE_IDS, TISSUE_PRESET } from '../../../sim';
import { CONTESTED_RANGES } from '../../../sim/presets/contested';
import { formatNumber } from '../plot/format';
import { presetRows, structureSentences } from './presetRows';

const ROWS = presetRows();
const STRUCTURE = structureSentences();

/** Where each preset number comes from, the citations, and what the model leaves out. */
export function SourcesPanel() {
  return (
    <section className="card sources-panel" id="sources" aria-labelledby="sources-title" tabIndex={-1}>
      <h2 id="sources-title">Where the numbers come from</h2>
      <p className="chart-note">
        <span className="basis published">published</span> values are printed in a cited paper;{' '}
        <span className="basis estimate">estimate</span> values are derived for this model (the note says
        how).
      </p>
      <h3>Compartments</h3>
      <ul data-testid="compartments">
        {STRUCTURE.map((x) => (
          <li key={x.compound}>
            <strong>{x.compound}:</strong> {x.text}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="metrics params" data-testid="parameters-table">
          <thead>
            <tr>
              <th scope="col">Compound / part</th>
              <th scope="col">Parameter</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Basis</th>
              <th scope="col">Sources</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r, i) => (
              <tr key={r.key}>
                <td>{r.group}</td>
                <td>{r.parameter}</td>
                <td>{formatNumber(r.value)}</td>
                <td>{r.unit}</td>
                <td>
                  <span className={`basis ${r.basis}`}>{r.basis}</span>
                </td>
                <td>{r.sources.join(', ') || '–'}</td>
                {/* The fat-effect parameters share one note: print it once. */}
                <td className="note">{i > 0 && ROWS[i - 1]!.note === r.note ? '(as above)' : r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Carriers</h3>
      <ul>
        {COMPOUND_IDS.map((id) => (
          <li key={id}>
            <strong>{COMPOUND_PRESETS[id].longName}:</strong> {COMPOUND_PRESETS[id].carrier}
          </li>
        ))}
      </ul>
      <h3>Where studies disagree</h3>
      <ul data-testid="contested-ranges">
        {CONTESTED_RANGES.map((c) => (
          <li key={c.id}>
            {c.explanation} <em>Sources:</em> {c.sources.map((id) => SOURCES[id].short).join(', ')}. The chart
            says so beside any {COMPOUND_PRESETS[c.compound].label} curve at these doses.
          </li>
        ))}
      </ul>
      <h3>Tissue model</h3>
      <p>
        <span className="basis illustrative">illustrative</span> {TISSUE_PRESET.note}
      </p>
      <h3>References</h3>
      <ol className="references">
        {SOURCE_IDS.map((id) => (
          <li key={id}>
            <strong>{SOURCES[id].short}.</strong> {SOURCES[id].full} <em>Used for:</em> {SOURCES[id].usedFor}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Always visible: what the model is and is not. */
export function ModelDisclaimer() {
  return (
    <aside className="disclaimer" aria-label="About this model">
      <strong>Educational model, not dosing advice.</strong> Linear kinetics for an average adult, one
      compartment for MK-4 and MK-7, two for K1; bone and artery compartments are illustrative; no
      enterohepatic second peak (a later meal can cause one); people vary a lot. Anyone taking warfarin or
      another vitamin K antagonist must talk to their doctor before taking vitamin K.
    </aside>
  );
}
