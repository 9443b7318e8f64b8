import { memo } from 'react';
import type { DoseEvent } from '../../../sim';
import { formatNumber } from './format';
import { plotArea, xOf, type ChartGeometry } from './geometry';

const MARKER_Y_ABOVE_PLOT = 13;

interface MarkerProps {
  doses: readonly DoseEvent[];
  geometry: ChartGeometry;
  horizonDays: number;
}

/** Dose times as triangles above the plot (inside the SVG, so exports show them): hollow and crossed when missed. */
export const DoseMarkers = memo(function DoseMarkers({ doses, geometry, horizonDays }: MarkerProps) {
  const plot = plotArea(geometry);
  const y = plot.top - MARKER_Y_ABOVE_PLOT;
  const size = markerSize(doses.length, plot.width);
  return (
    <g className="dose-markers" aria-hidden="true">
      {doses.map((d) => {
        const x = xOf(geometry, d.timeH / 24, horizonDays);
        const tri = `${x - size},${y - size} ${x + size},${y - size} ${x},${y + size * 0.7}`;
        return (
          <g key={d.index} className={d.missed ? 'dose-marker missed' : 'dose-marker taken'}>
            <line
              x1={x}
              x2={x}
              y1={plot.top}
              y2={plot.top + plot.height}
              stroke="#9aa3b2"
              strokeOpacity={d.missed ? 0 : 0.35}
            />
            <polygon
              points={tri}
              fill={d.missed ? '#ffffff' : '#3b4252'}
              stroke={d.missed ? '#b3261e' : '#3b4252'}
              strokeWidth={1.5}
            />
            {d.missed && (
              <path
                d={`M${x - size},${y - size - 2} L${x + size},${y + size} M${x + size},${y - size - 2} L${x - size},${y + size}`}
                stroke="#b3261e"
                strokeWidth={1.75}
              />
            )}
          </g>
        );
      })}
    </g>
  );
});

function markerSize(count: number, plotWidthPx: number): number {
  const spacing = plotWidthPx / Math.max(1, count);
  return Math.max(2, Math.min(6, spacing / 2 - 0.5));
}

/**
 * Focusable HTML buttons laid exactly over the SVG markers: a click or Enter/Space toggles "missed".
 * They live outside the role="img" region so assistive technology can reach them.
 */
export const DoseMarkerButtons = memo(function DoseMarkerButtons({
  doses,
  geometry,
  horizonDays,
  onToggle,
}: MarkerProps & { onToggle: (index: number) => void }) {
  const plot = plotArea(geometry);
  const size = markerSize(doses.length, plot.width);
  const hit = Math.max(8, size * 2 + 4);
  const y = plot.top - MARKER_Y_ABOVE_PLOT;
  return (
    <div className="dose-buttons" role="group" aria-label="Doses: press to mark a dose missed or taken">
      {doses.map((d) => {
        const x = xOf(geometry, d.timeH / 24, horizonDays);
        const label = `Dose ${d.index! + 1} at day ${formatNumber(d.timeH / 24)} (${d.missed ? 'missed' : 'taken'})`;
        return (
          <button
            key={d.index}
            type="button"
            className="dose-button"
            aria-label={label}
            aria-pressed={d.missed}
            title={`${label}: click to mark ${d.missed ? 'taken' : 'missed'}`}
            style={{ left: x - hit / 2, top: y - hit / 2, width: hit, height: hit }}
            onClick={() => onToggle(d.index!)}
          />
        );
      })}
    </div>
  );
});
