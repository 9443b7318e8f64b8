import { currentTranslator } from '../../i18n/locale';
import { formatNumber } from '../format';
import type { MeasuredMark } from '../model';
import type { MarkContext } from './mark';

/**
 * Up to this many measured levels each get their own circle with its reading as a title. More (a file may hold
 * 10,000) are drawn as one path per regimen, one circle per pixel they fall on: 10,000 titled circles made the
 * page's layout and every role query walk 20,000 elements (0.7 s blocks when such a file opened).
 */
export const MAX_TITLED_MEASURED = 300;

/** SVG path data of circles of radius `r` at the given centres, one subpath each. */
export function circlesPath(centres: readonly { x: number; y: number }[], r: number): string {
  let d = '';
  for (const { x, y } of centres)
    d += `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  return d;
}

/**
 * The centres of `points` on screen, rounded to 0.1 px, one per whole pixel: the first level that falls on a
 * pixel stands for the others there (their circles would cover each other).
 */
export function measuredCentres(
  points: readonly MeasuredMark[],
  x: (tDays: number) => number,
  y: (value: number) => number,
): { x: number; y: number }[] {
  const seen = new Set<number>();
  const out: { x: number; y: number }[] = [];
  for (const m of points) {
    const px = x(m.t);
    const py = y(m.v);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const cell = Math.round(px) * 100_000 + Math.round(py);
    if (seen.has(cell)) continue;
    seen.add(cell);
    out.push({ x: Math.round(px * 10) / 10, y: Math.round(py * 10) / 10 });
  }
  return out;
}

/** The user's own measured levels: hollow circles in the regimen's colour, each titled with its reading. */
export function MeasuredPoints({ ctx, points }: { ctx: MarkContext; points: readonly MeasuredMark[] }) {
  const { x, y, theme } = ctx;
  const r = theme.markerPx * 0.9;
  if (points.length > MAX_TITLED_MEASURED) {
    const groups = new Map<string, MeasuredMark[]>();
    for (const m of points) {
      const group = groups.get(m.series);
      if (group) group.push(m);
      else groups.set(m.series, [m]);
    }
    return (
      <g className="measured-points">
        {[...groups].map(([series, marks]) => (
          <path
            key={series}
            className="measured-points-dense"
            data-levels={marks.length}
            d={circlesPath(measuredCentres(marks, x, y), r)}
            fill="#ffffff"
            stroke={marks[0]!.color}
            strokeWidth={theme.lineWidthPx}
          >
            <title>
              {currentTranslator().t('chart.measuredGroup', { count: formatNumber(marks.length), series })}
            </title>
          </path>
        ))}
      </g>
    );
  }
  return (
    <g className="measured-points">
      {points.map((m) => (
        <circle
          key={m.key}
          className="measured-point"
          cx={x(m.t)}
          cy={y(m.v)}
          r={r}
          fill="#ffffff"
          stroke={m.color}
          strokeWidth={theme.lineWidthPx}
        >
          <title>{m.label}</title>
        </circle>
      ))}
    </g>
  );
}
