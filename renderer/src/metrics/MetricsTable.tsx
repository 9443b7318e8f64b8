import { DETECTION_LIMIT_NG_PER_ML } from '../../../sim';
import { formatNumber } from '../plot/format';
import { useT } from '../i18n';
import { plainSentence, type MetricsReport } from './computeMetrics';
import { MetricNotes } from './MetricNotes';

/** Per-curve numbers with units in the headers, and one plain-language sentence under them. */
export function MetricsTable({
  report,
  stale,
  error = null,
}: {
  report: MetricsReport | null;
  stale: boolean;
  error?: string | null;
}) {
  const tr = useT();
  if (!report) {
    return (
      <section className="card metrics-card" aria-label={tr.t('metrics.region')}>
        <h2>{tr.t('metrics.title')}</h2>
        {error ? (
          <p className="chart-note" role="alert">
            {tr.t('metrics.error', { error })}
          </p>
        ) : (
          <p className="chart-note">{tr.t('metrics.computing')}</p>
        )}
      </section>
    );
  }
  const u = report.units;
  const aucUnit = u === 'ng/mL' ? 'ng·h/mL' : 'nmol·h/L';
  return (
    // A keyboard stop: on a phone the card scrolls sideways (styles.css), and a box that scrolls must be reachable by keys.
    <section className="card metrics-card" aria-label={tr.t('metrics.region')} aria-busy={stale} tabIndex={0}>
      <h2>{tr.t('metrics.title')}</h2>
      <table className="metrics" data-testid="metrics-table">
        <thead>
          <tr>
            <th scope="col">{tr.t('metrics.curve')}</th>
            <th scope="col">{tr.t('metrics.cmax', { u })}</th>
            <th scope="col">{tr.t('metrics.tmax')}</th>
            <th scope="col">{tr.t('metrics.trough', { u })}</th>
            <th scope="col">{tr.t('metrics.auc', { u: aucUnit })}</th>
            <th scope="col">{tr.t('metrics.accumulation')}</th>
            <th scope="col">{tr.t('metrics.t90')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.key} data-curve={r.key}>
              <th scope="row" className="curve-name" style={{ color: r.color }}>
                <span className={r.dashed ? 'swatch-line dashed' : 'swatch-line'} aria-hidden="true" />
                <span style={{ color: '#1d2330' }}>{r.label}</span>
              </th>
              <td data-metric="cmax">
                <span data-value="">{formatNumber(r.cmax)}</span>
                <MetricNotes notes={r.notes.cmax} />
              </td>
              <td data-metric="tmax">{formatNumber(r.tmaxAfterDoseH)}</td>
              <td data-metric="trough">
                <span data-value="">{r.trough === null ? '–' : formatNumber(r.trough)}</span>
                <MetricNotes notes={r.notes.trough} />
              </td>
              <td data-metric="auc">
                <span data-value="">{formatNumber(r.auc)}</span>
                <MetricNotes notes={r.notes.auc} />
              </td>
              <td data-metric="accumulation">
                <span data-value="">
                  {r.accumulationRatio === null ? '–' : formatNumber(r.accumulationRatio)}
                </span>
                <MetricNotes notes={r.notes.accumulation} />
              </td>
              <td data-metric="t90">{r.timeTo90PctDays === null ? '–' : formatNumber(r.timeTo90PctDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="plain-language" data-testid="plain-language">
        {/* Worded here, in the UI's language: the worker wrote it in English. */}
        {plainSentence(report.rows, DETECTION_LIMIT_NG_PER_ML.value, report.units, tr)}
      </p>
      <p className="chart-note">
        {tr.t('metrics.note', {
          lod: tr.num(DETECTION_LIMIT_NG_PER_ML.value),
          basis: DETECTION_LIMIT_NG_PER_ML.basis,
        })}
      </p>
    </section>
  );
}
