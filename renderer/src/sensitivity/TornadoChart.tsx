import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../plot/format';
import { currentTranslator } from '../i18n/locale';
import type { TornadoPanel } from './tornadoModel';

/** Colours of the two ends of a range (Okabe-Ito blue and orange: told apart without colour vision too). */
export const TORNADO_COLORS = { low: '#56B4E9', high: '#E69F00' } as const;

const LAYOUT = {
  width: 560,
  labelWidth: 262,
  // Room for half of the last tick label ("2,200") inside the panel.
  right: 28,
  top: 30,
  rowHeight: 22,
  barHeight: 14,
  axisHeight: 46,
  fontPx: 12,
};

/** Plot height of a panel with `rows` bars (the empty note takes one row). */
export function panelHeight(rows: number): number {
  return LAYOUT.top + Math.max(1, rows) * LAYOUT.rowHeight + LAYOUT.axisHeight;
}

/** "Half-life t½, 0.73-1.37 × typical: Cmax 12.3 to 15.6 ng/mL" for hover titles and the aria text. */
function barText(panel: TornadoPanel, row: TornadoPanel['rows'][number]): string {
  return currentTranslator().t('tornado.bar', {
    label: row.label,
    range: row.rangeText,
    // The axis title without its unit: "Cmax (ng/mL)" -> "Cmax" (Japanese brackets too).
    metric: panel.axisTitle.replace(/\s*[(（][^()（）]*[)）]$/, ''),
    low: formatNumber(row.atLow),
    high: formatNumber(row.atHigh),
    unit: panel.unit,
  });
}

/** A sentence summing a panel up for screen readers: the typical value and the largest swings. */
export function panelSummary(panel: TornadoPanel): string {
  const tr = currentTranslator();
  if (panel.empty) return tr.t('tornado.emptySummary', { title: panel.title, empty: panel.empty });
  const top = panel.rows.slice(0, 3).map((r) => barText(panel, r));
  return tr.t('tornado.summary', {
    title: panel.title,
    baseline: formatNumber(panel.baseline),
    unit: panel.unit,
    top: top.join('; '),
  });
}

/**
 * One tornado panel as SVG: a bar per parameter from the typical value to the value with the parameter at the
 * low end (blue) and at the high end (orange) of its range, largest swing on top; x axis titled with its unit.
 * Each bar has a hover title with its range and sources. Pure SVG, so the export can render it as it is.
 */
export function TornadoChart({ panel }: { panel: TornadoPanel }) {
  const height = panelHeight(panel.rows.length);
  return (
    <svg
      className="tornado-chart"
      data-metric={panel.metric}
      viewBox={`0 0 ${LAYOUT.width} ${height}`}
      width={LAYOUT.width}
      height={height}
      style={{ maxWidth: '100%', height: 'auto' }}
      role="img"
      aria-label={panelSummary(panel)}
      fontFamily={TORNADO_FONT}
      fontSize={LAYOUT.fontPx}
    >
      <TornadoMarks panel={panel} />
    </svg>
  );
}

export const TORNADO_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const TORNADO_WIDTH = LAYOUT.width;

/** The marks of one panel in its own coordinates (0..width × 0..panelHeight): for the screen and the export. */
export function TornadoMarks({ panel }: { panel: TornadoPanel }) {
  const { width, labelWidth, right, top, rowHeight, barHeight } = LAYOUT;
  const x = scaleLinear()
    .domain(panel.domain)
    .range([labelWidth, width - right]);
  const axisY = top + Math.max(1, panel.rows.length) * rowHeight + 4;
  return (
    <g className="tornado-marks">
      <text x={0} y={16} fontWeight={600} fill="#1d2330" fontSize={13}>
        {panel.title}
      </text>
      {panel.ticks.map((t) => (
        <line key={`g${t}`} x1={x(t)} x2={x(t)} y1={top - 4} y2={axisY} stroke="#e3e6ec" />
      ))}
      {panel.empty && (
        <text x={labelWidth} y={top + rowHeight * 0.65} fill="#5a6272">
          {panel.empty}
        </text>
      )}
      {panel.rows.map((row, i) => {
        const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
        const bar = (value: number, color: string, end: 'low' | 'high') => {
          const x0 = Math.min(x(panel.baseline), x(value));
          const w = Math.max(1, Math.abs(x(value) - x(panel.baseline)));
          return (
            <rect data-end={end} x={x0} y={y} width={w} height={barHeight} fill={color}>
              <title>
                {currentTranslator().t('tornado.barTitle', {
                  bar: barText(panel, row),
                  sources: row.sources.join(', ') || currentTranslator().t('tornado.noSources'),
                  note: row.note,
                })}
              </title>
            </rect>
          );
        };
        return (
          <g key={row.parameter} className="tornado-bar" data-parameter={row.parameter}>
            <text x={labelWidth - 8} y={y + barHeight / 2} dy="0.35em" textAnchor="end" fill="#1d2330">
              {row.label}
            </text>
            {bar(row.atLow, TORNADO_COLORS.low, 'low')}
            {bar(row.atHigh, TORNADO_COLORS.high, 'high')}
          </g>
        );
      })}
      <line
        x1={x(panel.baseline)}
        x2={x(panel.baseline)}
        y1={top - 6}
        y2={axisY}
        stroke="#1d2330"
        strokeWidth={1.5}
      />
      <line x1={labelWidth} x2={width - right} y1={axisY} y2={axisY} stroke="#1d2330" />
      {panel.ticks.map((t) => (
        <g key={`t${t}`}>
          <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 5} stroke="#1d2330" />
          <text x={x(t)} y={axisY + 18} textAnchor="middle" fill="#1d2330">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      <text
        x={(labelWidth + width - right) / 2}
        y={axisY + 38}
        textAnchor="middle"
        fill="#1d2330"
        fontWeight={600}
      >
        {panel.axisTitle}
      </text>
    </g>
  );
}
