import type { PlotLine } from '../model';
import { CURVE_MARKER_SPACING_EM, scaleDash } from '../theme';
import { CurveMarker, markerRadius } from './Legend';
import type { MarkContext } from './mark';

/**
 * Where a line's markers go: every CURVE_MARKER_SPACING_EM legend ems along the plot's width, each line shifted
 * by its own fraction of that spacing (so markers of curves that overlap do not sit on each other), at the
 * line's value there (linear between drawn points). Only where the line is drawn (playback cuts it).
 */
function curveMarkerPoints(
  points: PlotLine['points'],
  x: (t: number) => number,
  y: (v: number) => number,
  plot: { x: number; width: number },
  domain: readonly [number, number],
  spacingPx: number,
  shift: number,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  if (points.length < 2 || !(spacingPx > 0)) return out;
  const span = domain[1] - domain[0];
  let i = 0;
  for (let px = plot.x + spacingPx * (0.5 + shift); px < plot.x + plot.width; px += spacingPx) {
    const t = domain[0] + ((px - plot.x) / plot.width) * span;
    while (i < points.length - 2 && points[i + 1]!.t < t) i++;
    const a = points[i]!;
    const b = points[i + 1]!;
    if (t < a.t || t > b.t) continue;
    const v = b.t > a.t ? a.v + ((t - a.t) / (b.t - a.t)) * (b.v - a.v) : a.v;
    if (Number.isFinite(v)) out.push({ x: Math.round(x(t) * 10) / 10, y: Math.round(y(v) * 10) / 10 });
  }
  return out;
}

/**
 * `${Math.round(px * 10) / 10}`, the text d3-shape's line() writes for a coordinate rounded to 0.1 px, built from
 * the integer count of tenths: formatting a fraction was most of a path's time (a slider step writes thousands).
 */
function tenths(px: number): string {
  const n = Math.round(px * 10);
  if (!(n > -2_000_000_000 && n < 2_000_000_000)) return `${n / 10}`;
  const m = n < 0 ? -n : n;
  const whole = Math.floor(m / 10);
  const digit = m - whole * 10;
  const text = digit === 0 ? `${whole}` : `${whole}.${digit}`;
  return n < 0 ? `-${text}` : text;
}

/**
 * SVG path data of a line in a panel, clamped to the log floor by the y scale: what d3-shape's line() writes
 * (coordinates to 0.1 px, a new subpath after each non-finite value, a lone point closed with Z), in one loop
 * over the points (72 curves of up to 1,600 points each when 24 regimens are drawn).
 */
export function linePath(
  points: readonly PlotLine['points'][number][],
  x: (t: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  let run = 0;
  for (const p of points) {
    if (!Number.isFinite(p.v)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${tenths(x(p.t))},${tenths(y(p.v))}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d;
}

/**
 * The curves, each in its colour and dash, with its compound's marker along it every few ems (so black-and-white
 * and colour-blind readers tell them apart, as the legend shows). Class names follow recharts' (recharts-line,
 * recharts-curve); `curveClassName` adds the caller's own.
 */
export function Curves({
  ctx,
  lines,
  domain,
  curveClassName,
}: {
  ctx: MarkContext;
  lines: readonly PlotLine[];
  /** The x axis' domain, along which markers are spaced. */
  domain: readonly [number, number];
  curveClassName?: string;
}) {
  const { x, y, plot, theme } = ctx;
  return (
    <g className="plot-curves" fill="none" strokeLinejoin="round">
      {lines.map((l, i) => (
        <g
          key={l.key}
          className={`recharts-line curve curve-${l.alias}`}
          data-label={l.label}
          data-marker={l.marker}
        >
          <path
            className={curveClassName ? `${curveClassName} recharts-curve` : 'recharts-curve'}
            data-label={l.label}
            data-points={l.points.length}
            d={linePath(l.points, x, y)}
            stroke={l.color}
            strokeWidth={l.dash ? theme.lineWidthPx * theme.dashedLineShare : theme.lineWidthPx}
            strokeDasharray={scaleDash(l.dash, theme) || undefined}
            strokeLinecap={l.dash ? 'butt' : 'round'}
          />
          {l.marker &&
            curveMarkerPoints(
              l.points,
              x,
              y,
              plot,
              domain,
              theme.legendFontPx * CURVE_MARKER_SPACING_EM,
              (i * 0.37) % 1,
            ).map((p) => (
              <CurveMarker
                key={`${p.x}`}
                shape={l.marker!}
                cx={p.x}
                cy={p.y}
                r={markerRadius(theme)}
                color={l.color}
                hollow={l.markerHollow}
                strokeWidth={Math.max(1.25, theme.lineWidthPx * 0.6)}
              />
            ))}
        </g>
      ))}
    </g>
  );
}
