import { memo, useMemo } from 'react';
import { COMPOUND_IDS, COMPOUND_PRESETS, SOURCES, SOURCE_IDS, TISSUE_PRESET, unitName } from '../../../sim';
import { CONTESTED_RANGES } from '../../../sim/presets/contested';
import { formatNumber } from '../plot/format';
import { presetRows, structureSentences } from './presetRows';
import { useT } from '../i18n';

/**
 * Column widths the table's automatic layout would otherwise squeeze: Japanese may break between any two
 * characters, so a parameter name wrapped every two or three of them, "MK-4" at its hyphen and a basis badge
 * one character a line.
 */
const GROUP_COL = { minWidth: '4.5em' } as const;
const PARAMETER_COL = { minWidth: '11em' } as const;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * Where each preset number comes from, the citations, and what the model leaves out. Memoised: it has no props,
 * so an edit re-renders it only when the language changes (useT), not on every slider step.
 */
export const SourcesPanel = memo(function SourcesPanel() {
  const tr = useT();
  const basis = (b: string) => tr.t('basis.name', { basis: b });
  // Names and sentences in the UI's language, built again only when it changes.
  const ROWS = useMemo(() => presetRows(tr), [tr]);
  const STRUCTURE = useMemo(() => structureSentences(tr), [tr]);
  return (
    <section className="card sources-panel" id="sources" aria-labelledby="sources-title" tabIndex={-1}>
      <h2 id="sources-title">{tr.t('sources.title')}</h2>
      <p className="chart-note">
        {tr.t('sources.basisNote', { published: basis('published'), estimate: basis('estimate') })}{' '}
        {tr.t('sources.englishNote')}
      </p>
      <h3>{tr.t('sources.compartments')}</h3>
      {/* The structure in the UI's language; the notes and the papers' findings below stay in English, as cited (lang="en"). */}
      <ul data-testid="compartments">
        {STRUCTURE.map((x) => (
          <li key={x.compound}>
            <strong>{x.compound}:</strong> {x.text}
          </li>
        ))}
      </ul>
      {/* A scrolling box is a keyboard stop (its columns scroll without a mouse on a phone). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="sources-title">
        <table className="metrics params" data-testid="parameters-table">
          <thead>
            <tr>
              <th scope="col" style={GROUP_COL}>
                {tr.t('sources.colGroup')}
              </th>
              <th scope="col" style={PARAMETER_COL}>
                {tr.t('sources.colParameter')}
              </th>
              <th scope="col">{tr.t('sources.colValue')}</th>
              <th scope="col">{tr.t('sources.colUnit')}</th>
              <th scope="col">{tr.t('sources.colBasis')}</th>
              <th scope="col">{tr.t('sources.colSources')}</th>
              <th scope="col">{tr.t('sources.colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r, i) => (
              <tr key={r.key}>
                <td>{r.group}</td>
                <td>{r.parameter}</td>
                <td>{formatNumber(r.value)}</td>
                <td>{unitName(r.unit, tr)}</td>
                <td style={NO_WRAP}>
                  <span className={`basis ${r.basis}`}>{basis(r.basis)}</span>
                </td>
                <td translate="no">{r.sources.join(', ') || '–'}</td>
                {/* The fat-effect parameters share one note: print it once. */}
                {i > 0 && ROWS[i - 1]!.note === r.note ? (
                  <td className="note">{tr.t('sources.asAbove')}</td>
                ) : (
                  <td className="note" lang="en">
                    {r.note}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{tr.t('sources.carriers')}</h3>
      <ul lang="en">
        {COMPOUND_IDS.map((id) => (
          <li key={id}>
            <strong>{COMPOUND_PRESETS[id].longName}:</strong> {COMPOUND_PRESETS[id].carrier}
          </li>
        ))}
      </ul>
      <h3>{tr.t('sources.disagree')}</h3>
      <ul data-testid="contested-ranges">
        {CONTESTED_RANGES.map((c) => (
          <li key={c.id}>
            <span lang="en">{c.explanation}</span> <em>{tr.t('sources.sourcesLabel')}</em>{' '}
            <span translate="no">{c.sources.map((id) => SOURCES[id].short).join(', ')}</span>.{' '}
            {tr.t('sources.chartSays', { label: COMPOUND_PRESETS[c.compound].label })}
          </li>
        ))}
      </ul>
      <h3>{tr.t('sources.tissue')}</h3>
      <p>
        <span className="basis illustrative">{basis('illustrative')}</span>{' '}
        <span lang="en">{TISSUE_PRESET.note}</span>
      </p>
      <h3>{tr.t('sources.references')}</h3>
      <ol className="references">
        {SOURCE_IDS.map((id) => (
          <li key={id}>
            <strong translate="no">{SOURCES[id].short}.</strong> <span lang="en">{SOURCES[id].full}</span>{' '}
            <em>{tr.t('sources.usedFor')}</em> <span lang="en">{SOURCES[id].usedFor}</span>
          </li>
        ))}
      </ol>
    </section>
  );
});

/** Always visible: what the model is and is not. Memoised like SourcesPanel. */
export const ModelDisclaimer = memo(function ModelDisclaimer() {
  const tr = useT();
  return (
    <aside className="disclaimer" aria-label={tr.t('disclaimer.region')}>
      <strong>{tr.t('disclaimer.strong')}</strong> {tr.t('disclaimer.text')}
    </aside>
  );
});
