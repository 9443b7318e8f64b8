import { useMemo } from 'react';
import type { ScenarioView, ViewSeries } from '../../../sim';
import { displayLocale } from '../i18n';
import { formatNumber } from '../plot/format';
import {
  dosesBetween,
  formatHours,
  peakIndex,
  READOUT_TEXT,
  rowStride,
  tableIndices,
  timeText,
} from './readout';

/**
 * A chart's alternative as a real table: one row per listed output step (time in hours, the day or calendar
 * time the chart's axis shows, each visible curve's level with its unit in the header, the doses since the row
 * before, a double dose named as such). Long runs list every n-th step, capped at MAX_TABLE_ROWS rows, plus
 * each curve's peak, and the caption says so.
 */
export function ChartTable({
  view,
  series,
  title,
  testId,
}: {
  view: ScenarioView;
  series: readonly ViewSeries[];
  title: string;
  testId: string;
}) {
  const points = view.timeH.length;
  const stride = rowStride(points);
  const rows = useMemo(() => tableIndices(points, stride, series), [points, stride, series]);
  const peaks = useMemo(() => new Map(series.map((s) => [s.key, peakIndex(s.values)])), [series]);
  const stepH = view.scenario.stepMin / 60;
  const note =
    stride === 1
      ? READOUT_TEXT.everyStep(formatNumber(stepH))
      : READOUT_TEXT.strided(
          rows.length.toLocaleString(displayLocale()),
          points.toLocaleString(displayLocale()),
          formatNumber(stride * stepH),
        );
  const calendar = view.timeAxis === 'calendar' && view.calendar;
  return (
    // A scrolling box is a keyboard stop (so its rows can be scrolled without a mouse), named by its table.
    <div
      className="chart-table-scroll"
      data-testid={`${testId}-table`}
      tabIndex={0}
      role="region"
      aria-label={READOUT_TEXT.caption(title)}
    >
      <table className="chart-table">
        <caption>
          {READOUT_TEXT.caption(title)}. {note}
        </caption>
        <thead>
          <tr>
            <th scope="col">{READOUT_TEXT.timeHeader()}</th>
            <th scope="col">{calendar ? view.axisTitles.time : READOUT_TEXT.dayHeader()}</th>
            {series.map((s) => (
              <th scope="col" key={s.key} data-series={s.key}>
                {READOUT_TEXT.seriesHeader(s.label, s.unit)}
              </th>
            ))}
            <th scope="col">{READOUT_TEXT.dosesHeader()}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i, r) => {
            const timeH = view.timeH[i]!;
            const fromH = r === 0 ? -Infinity : view.timeH[rows[r - 1]!]!;
            return (
              <tr key={i} data-index={i}>
                <th scope="row">{formatHours(timeH)}</th>
                <td>{calendar ? timeText(view, timeH) : formatHours(timeH / 24)}</td>
                {series.map((s) => (
                  <td key={s.key} data-series={s.key}>
                    <span data-value="">{formatNumber(s.values[i] ?? NaN)}</span>
                    {peaks.get(s.key) === i && <> ({READOUT_TEXT.peakCell()})</>}
                  </td>
                ))}
                <td>{dosesBetween(view, fromH, timeH)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
