import { DETECTION_LIMIT_NG_PER_ML } from '../../../sim';
import { formatNumber } from '../plot/format';
import type { MetricsReport } from './computeMetrics';
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
  if (!report) {
    return (
      <section className="card metrics-card" aria-label="Metrics">
        <h2>Numbers</h2>
        {error ? (
          <p className="chart-note" role="alert">
            The numbers for this scenario could not be computed ({error}). The chart above is still correct.
          </p>
        ) : (
          <p className="chart-note">Computing…</p>
        )}
      </section>
    );
  }
  const u = report.units;
  const aucUnit = u === 'ng/mL' ? 'ng·h/mL' : 'nmol·h/L';
  return (
    <section className="card metrics-card" aria-label="Metrics" aria-busy={stale}>
      <h2>Numbers</h2>
      <table className="metrics" data-testid="metrics-table">
        <thead>
          <tr>
            <th scope="col">Curve</th>
            <th scope="col">Cmax ({u})</th>
            <th scope="col">Tmax (h after dose)</th>
            <th scope="col">Trough ({u})</th>
            <th scope="col">AUC ({aucUnit})</th>
            <th scope="col">Accumulation ratio</th>
            <th scope="col">Time to 90% steady state (days)</th>
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
        {report.sentence}
      </p>
      <p className="chart-note">
        Trough: lowest level in the last full dosing interval. Accumulation ratio and time to 90% assume the
        schedule continues unchanged. {DETECTION_LIMIT_NG_PER_ML.value} ng/mL is an assumed assay detection
        limit ({DETECTION_LIMIT_NG_PER_ML.basis}).
      </p>
    </section>
  );
}
