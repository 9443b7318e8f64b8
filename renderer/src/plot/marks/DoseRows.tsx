import { memo } from 'react';
import { Layer } from './svg';
import type { DoseMark } from '../../../../sim';
import { currentTranslator } from '../../i18n/locale';
import { formatNumber } from '../format';
import { doubleDoseCount } from '../model';
import { scalesOf, type PlotProps } from './mark';

/** Marks at most one per this many px; denser schedules are drawn as a band. */
const MIN_PX_PER_MARK = 4;

/** The marks of a row that get their own marker: all of them, or when they do not fit, the missed ones thinned. */
export function visibleMarks(marks: readonly DoseMark[], x: (tDays: number) => number, plotWidthPx: number) {
  const dense = marks.length * MIN_PX_PER_MARK > plotWidthPx;
  if (!dense) return { dense, drawn: marks };
  const drawn: DoseMark[] = [];
  let lastX = -Infinity;
  for (const m of marks) {
    if (!m.missed) continue;
    const px = x(m.timeH / 24);
    if (px - lastX < MIN_PX_PER_MARK) continue;
    drawn.push(m);
    lastX = px;
  }
  return { dense, drawn };
}

/**
 * One row of dose triangles per regimen above the plot, in the regimen's colour: taken filled, missed hollow
 * and crossed in red. When doses are closer than MIN_PX_PER_MARK, taken doses become one band and only
 * missed doses get a marker (thinned to the same spacing), so the DOM stays small for any schedule.
 */
export const DoseMarks = memo(function DoseMarks({ model, layout }: PlotProps) {
  const { x } = scalesOf(model, layout);
  // The theme's marker size, or less when many regimens' rows share the rows' band (layout.ts).
  const s = layout.doseMarkPx;
  return (
    <Layer className="dose-markers">
      {model.doseRows.map((row, i) => {
        const cy = layout.doseRowY[i]!;
        const { dense, drawn } = visibleMarks(row.marks, (t) => x(t), layout.plot.width);
        const first = row.marks[0];
        const last = row.marks[row.marks.length - 1];
        // Markers closer than their width would merge into a band: they shrink to keep a gap between them.
        const size = dense ? s : Math.max(3, Math.min(s, minGapPx(drawn, x) * 0.42));
        return (
          <g key={row.regimenIndex} className="dose-row" data-regimen={row.regimenIndex}>
            {dense && first && last && (
              <rect
                className="dose-band"
                x={x(first.timeH / 24) - 1}
                width={Math.max(2, x(last.timeH / 24) - x(first.timeH / 24) + 2)}
                y={cy - s * 0.5}
                height={s}
                fill={row.color}
                fillOpacity={0.55}
              />
            )}
            {drawn.map((d, k) => {
              // The second and later units of a double dose are drawn by the first one's doubled marker.
              const before = drawn[k - 1];
              if (!d.missed && before && !before.missed && before.timeH === d.timeH) return null;
              return (
                <DoseTriangle
                  key={d.number}
                  mark={d}
                  units={d.missed ? 1 : doubleDoseCount(drawn, d)}
                  cx={x(d.timeH / 24)}
                  cy={cy}
                  size={size}
                  color={row.color}
                />
              );
            })}
          </g>
        );
      })}
    </Layer>
  );
});

/** The smallest distance (px) between two drawn doses at different times; Infinity for fewer than two. */
function minGapPx(marks: readonly DoseMark[], x: (tDays: number) => number): number {
  let gap = Infinity;
  for (let k = 1; k < marks.length; k++) {
    const d = x(marks[k]!.timeH / 24) - x(marks[k - 1]!.timeH / 24);
    if (d > 0.01 && d < gap) gap = d;
  }
  return gap;
}

/**
 * One dose: a filled triangle (taken), hollow and crossed in red (missed), or, for two or more units taken at
 * one time (a double dose), two triangles side by side with a title that says "double dose".
 */
function DoseTriangle({
  mark,
  units,
  cx,
  cy,
  size,
  color,
}: {
  mark: DoseMark;
  units: number;
  cx: number;
  cy: number;
  size: number;
  color: string;
}) {
  const tri = (c: number, w: number) =>
    `${c - w},${cy - size * 0.85} ${c + w},${cy - size * 0.85} ${c},${cy + size * 0.85}`;
  const missed = mark.missed;
  if (units > 1) {
    const w = size * 0.75;
    return (
      <g className="dose-marker taken double" data-dose={mark.number} data-units={units}>
        <title>
          {currentTranslator().t('chart.doseUnits', {
            n: mark.number,
            day: formatNumber(mark.timeH / 24),
            state: units === 2 ? 'double' : 'multiple',
            units,
          })}
        </title>
        {[-w * 0.8, w * 0.8].map((dx) => (
          <polygon key={dx} points={tri(cx + dx, w)} fill={color} stroke="#ffffff" strokeWidth={1} />
        ))}
      </g>
    );
  }
  return (
    <g className={missed ? 'dose-marker missed' : 'dose-marker taken'} data-dose={mark.number}>
      <polygon
        points={tri(cx, size)}
        fill={missed ? '#ffffff' : color}
        stroke={missed ? '#b3261e' : color}
        strokeWidth={1.5}
      />
      {missed && (
        <path
          d={`M${cx - size},${cy - size} L${cx + size},${cy + size} M${cx + size},${cy - size} L${cx - size},${cy + size}`}
          stroke="#b3261e"
          strokeWidth={1.75}
        />
      )}
    </g>
  );
}
