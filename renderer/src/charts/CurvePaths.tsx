import { memo, useId } from 'react';
import { usePlotArea } from 'recharts';

export interface DrawnLine {
  key: string;
  color: string;
  dash: string;
  width: number;
  points: readonly { t: number; v: number }[];
}

/**
 * Curves drawn as one SVG path each, in the chart's plot area with the same domains as its axes. Recharts' <Line> copies,
 * freezes and measures every point on each render (over 100 ms per slider step for nine 1000-point lines);
 * a path string costs well under a millisecond, so drags stay within a frame. Class names match recharts'
 * (recharts-line, recharts-curve) so styling and tests treat them alike.
 */
export function CurvePaths({ lines, xDomain, yDomain, yLog }: CurvePathsProps) {
  const plot = usePlotArea();
  const clipId = `${useId()}-clip`;
  if (!plot) return null;
  const box = { left: plot.x, top: plot.y, width: plot.width, height: plot.height };
  return (
    <g className="curve-paths">
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y - 2} width={plot.width} height={plot.height + 4} />
        </clipPath>
      </defs>
      {lines.map((line) => (
        <g
          key={line.key}
          className={`recharts-layer recharts-line curve curve-${line.key}`}
          clipPath={`url(#${clipId})`}
        >
          <CurvePath line={line} box={box} xDomain={xDomain} yDomain={yDomain} yLog={yLog} />
        </g>
      ))}
    </g>
  );
}

type PlotBox = { left: number; top: number; width: number; height: number };

/** One line as a recharts-styled path in the plot box. */
function CurvePath({
  line,
  box,
  xDomain,
  yDomain,
  yLog,
}: {
  line: DrawnLine;
  box: PlotBox;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  yLog: boolean;
}) {
  return (
    <path
      className="recharts-curve"
      d={pathData(line.points, box, xDomain, yDomain, yLog)}
      fill="none"
      stroke={line.color}
      strokeWidth={line.width}
      strokeDasharray={line.dash || undefined}
      strokeLinejoin="round"
    />
  );
}

export interface CurvePathsProps {
  lines: readonly DrawnLine[];
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  yLog: boolean;
}

/**
 * "M x,y L x,y ..." mapping data to the plot box as recharts' axes do (no padding), coordinates rounded to
 * 0.1 px. Direct arithmetic: calling recharts' scale functions per point cost several ms per slider step.
 */
export function pathData(
  points: readonly { t: number; v: number }[],
  box: { left: number; top: number; width: number; height: number },
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  yLog: boolean,
): string {
  const kx = box.width / (xDomain[1] - xDomain[0]);
  const y0 = yLog ? Math.log10(yDomain[0]) : yDomain[0];
  const y1 = yLog ? Math.log10(yDomain[1]) : yDomain[1];
  const ky = box.height / (y1 - y0);
  const bottom = box.top + box.height;
  const parts: string[] = [];
  for (const p of points) {
    const v = yLog ? Math.log10(p.v) : p.v;
    if (!Number.isFinite(v)) continue;
    const px = box.left + (p.t - xDomain[0]) * kx;
    const py = bottom - (v - y0) * ky;
    parts.push(`${Math.round(px * 10) / 10},${Math.round(py * 10) / 10}`);
  }
  return parts.length === 0 ? '' : `M${parts.join('L')}`;
}

/**
 * The curves as their own SVG laid over a chart frame, in the frame's plot box: during a slider drag only
 * this layer changes, and the recharts frame (axes, grid, legend, dose markers) is not rendered again.
 */
export const CurveLayer = memo(function CurveLayer({
  lines,
  xDomain,
  yDomain,
  yLog,
  width,
  height,
  box,
}: CurvePathsProps & {
  width: number;
  height: number;
  box: { left: number; top: number; width: number; height: number };
}) {
  const clipId = `${useId()}-clip`;
  return (
    <svg className="curve-layer" width={width} height={height} aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <rect x={box.left} y={box.top - 2} width={box.width} height={box.height + 4} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {lines.map((line) => (
          <g key={line.key} className={`recharts-line curve curve-${line.key}`}>
            <CurvePath line={line} box={box} xDomain={xDomain} yDomain={yDomain} yLog={yLog} />
          </g>
        ))}
      </g>
    </svg>
  );
});
