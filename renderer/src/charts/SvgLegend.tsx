import { LEGEND_FONT_PX } from './geometry';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  dash: string;
}

/**
 * Legend drawn inside the chart's SVG (recharts' Legend is HTML), so exported images carry it.
 * Items are laid out left to right from `x`, wrapping is not needed for the few curves we draw.
 */
export function SvgLegend({ items, x, y }: { items: readonly LegendItem[]; x: number; y: number }) {
  // Approximate text width: about 0.58 em per character at this size.
  const widths = items.map((item) => 34 + item.label.length * LEGEND_FONT_PX * 0.58 + 22);
  const starts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g className="chart-legend" aria-hidden="true">
      {items.map((item, i) => {
        return (
          <g key={item.key} transform={`translate(${starts[i]},${y})`}>
            <line
              x1={0}
              x2={28}
              y1={0}
              y2={0}
              stroke={item.color}
              strokeWidth={3}
              strokeDasharray={item.dash || undefined}
            />
            <text x={34} y={0} dy="0.35em" fontSize={LEGEND_FONT_PX} fill="#1d2330">
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
