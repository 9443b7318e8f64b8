import { memo, useId, useMemo } from 'react';
import type { ScenarioView } from '../../../sim';
import { MARKER_READOUT_WEEKS, MARKER_ROUNDING_PCT, markerBasis, markerReadouts } from '../../../sim/markers';
import { currentTranslator, useT, type AppTranslator } from '../i18n';

/** The basis words wrap (the table's cells do not by default). */
const WRAP = { textAlign: 'left', whiteSpace: 'normal', minWidth: '16em' } as const;

/** "−20%", "+5%", "0%" ("−20 %" in German): a rounded change with its sign, as trials print it. */
export function formatMarkerPct(shownPct: number, tr: AppTranslator = currentTranslator()): string {
  const sign = shownPct > 0 ? '+' : shownPct < 0 ? '−' : '';
  return tr.t('markers.changePct', { sign, pct: tr.num(Math.abs(shownPct)) });
}

/** Two rows (ucOC, dp-ucMGP) per visible regimen that takes any dose. */
function readoutRows(view: ScenarioView) {
  const visible = new Set(view.scenario.display.visible);
  const regimens = view.regimens.filter((r) => visible.has(r.compound) && r.intakeCount > 0);
  return regimens.flatMap((r) => {
    const readouts = markerReadouts(r.result, r.compound);
    return (['ucOC', 'dp-ucMGP'] as const).map((marker) => ({
      key: `${r.index}-${marker}`,
      label: r.label,
      marker,
      basis: markerBasis(r.compound, marker, currentTranslator()),
      byWeek: new Map(readouts.filter((x) => x.marker === marker).map((x) => [x.weeks, x.shownPct])),
    }));
  });
}

/**
 * The tissue readouts as trials report them: the change of the uncarboxylated marker from its no-supplement
 * baseline at study-like weeks (sim/markers.ts), to the nearest 5%, each row saying whether it is calibrated to a
 * published trial or only illustrative. No carboxylated fractions: their absolute level is not fitted.
 */
export const MarkerReadouts = memo(function MarkerReadouts({ view }: { view: ScenarioView }) {
  const tr = useT();
  const captionId = useId();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the basis words are in the UI's language
  const rows = useMemo(() => readoutRows(view), [view, tr]);
  if (rows.length === 0) return null;
  const weeks = MARKER_READOUT_WEEKS.filter((w) => rows.some((row) => row.byWeek.has(w)));
  if (weeks.length === 0) {
    return (
      <p className="chart-note" data-testid="marker-readouts">
        {tr.t('markers.needWeeks', {
          weeks: MARKER_READOUT_WEEKS[0]!,
          days: tr.num(view.scenario.horizonDays),
        })}
      </p>
    );
  }
  return (
    // A scrolling box is a keyboard stop (its columns scroll without a mouse on a phone), named by its caption.
    <div
      className="table-scroll"
      data-testid="marker-readouts"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="metrics marker-readouts">
        <caption id={captionId} className="chart-note" style={{ textAlign: 'left' }}>
          {tr.t('markers.caption', { pct: MARKER_ROUNDING_PCT })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tr.t('markers.regimen')}</th>
            <th scope="col" style={{ textAlign: 'left' }}>
              {tr.t('markers.marker')}
            </th>
            {weeks.map((w) => (
              <th scope="col" key={w}>
                {tr.t('markers.weeks', { w })}
              </th>
            ))}
            <th scope="col" style={{ textAlign: 'left' }}>
              {tr.t('markers.basis')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>{row.label}</td>
              <td style={{ textAlign: 'left' }}>{tr.t('markers.name', { marker: row.marker })}</td>
              {weeks.map((w) => {
                const v = row.byWeek.get(w);
                return <td key={w}>{v === undefined ? '–' : formatMarkerPct(v, tr)}</td>;
              })}
              <td style={WRAP}>
                <span className={`basis ${row.basis.calibrated ? 'estimate' : 'illustrative'}`}>
                  {tr.t(row.basis.calibrated ? 'markers.calibrated' : 'markers.illustrative')}
                </span>{' '}
                {row.basis.detail}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
