import { Layer } from './svg';
import { LEGEND_LINE_EM } from '../layout';
import { scaleDash, type MarkerShape, type PlotTheme } from '../theme';
import type { PlotProps } from './mark';

/** A curve's marker (circle, triangle or square) centred at (cx, cy), `r` its half-size. */
export function CurveMarker({
  shape,
  cx,
  cy,
  r,
  color,
  hollow,
  strokeWidth,
}: {
  shape: MarkerShape;
  cx: number;
  cy: number;
  r: number;
  color: string;
  hollow?: boolean;
  strokeWidth: number;
}) {
  const paint = {
    fill: hollow ? '#ffffff' : color,
    stroke: color,
    strokeWidth,
    strokeDasharray: 'none',
    className: `curve-marker marker-${shape}`,
  };
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={r * 0.9} {...paint} />;
  if (shape === 'square') {
    const h = r * 0.8;
    return <rect x={cx - h} y={cy - h} width={2 * h} height={2 * h} {...paint} />;
  }
  return (
    // A path, not a polygon: polygons are the dose markers (the export tests count them).
    <path d={`M${cx - r},${cy + r * 0.8}L${cx + r},${cy + r * 0.8}L${cx},${cy - r}Z`} {...paint} />
  );
}

/**
 * The legend: a line sample in each item's dash with its marker, and its label, wrapped onto further lines
 * when wider than the legend. One text element per item, so its text content is the whole label.
 */
export function PlotLegend({ layout, theme }: Pick<PlotProps, 'layout' | 'theme'>) {
  const f = theme.legendFontPx;
  return (
    <Layer className="plot-legend">
      {layout.legend.map(({ item, lines, x, y }) => (
        <g key={item.key} className="plot-legend-item" data-marker={item.marker}>
          <line
            x1={x}
            x2={x + f * 2}
            y1={y}
            y2={y}
            stroke={item.color}
            strokeWidth={theme.lineWidthPx}
            strokeDasharray={scaleDash(item.dash, theme) || undefined}
          />
          {item.marker && (
            <CurveMarker
              shape={item.marker}
              cx={x + f}
              cy={y}
              r={markerRadius(theme)}
              color={item.color}
              hollow={item.markerHollow}
              strokeWidth={Math.max(1.25, theme.lineWidthPx * 0.6)}
            />
          )}
          <text
            className="plot-legend-text"
            x={x + f * 2.45}
            y={y}
            fontSize={f}
            fill={theme.ink}
            fontFamily={theme.fontFamily}
          >
            {lines.map((l, i) => (
              <tspan key={i} x={x + f * 2.45} dy={i === 0 ? '0.355em' : `${LEGEND_LINE_EM}em`}>
                {i < lines.length - 1 ? `${l} ` : l}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </Layer>
  );
}

/** Half-size of a curve marker at a theme. */
export function markerRadius(theme: PlotTheme): number {
  return Math.max(3.5, theme.markerPx * 0.75);
}
