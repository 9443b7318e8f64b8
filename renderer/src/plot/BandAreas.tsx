import { BAND_OPACITY, bandAreaPath, medianPath, MEDIAN_DASH, type BandPoint } from './bandGeometry';

/** One regimen's bands as a chart draws them: its colour and downsampled points (days, display units). */
export interface PlotBandSet {
  key: string;
  /** Readable id for styling and tests ("mk7", "mk7-2"), as the regimen's curve. */
  alias: string;
  color: string;
  points: BandPoint[];
}

/** The two areas, outer under inner: the 5-95% and the 25-75% band. */
const AREAS = [
  { kind: 'outer', low: 'p05', high: 'p95' },
  { kind: 'inner', low: 'p25', high: 'p75' },
] as const;

/**
 * "Variation between people" marks: for each regimen the 5-95% band, the 25-75% band over it, and the median
 * as a dotted line, in the regimen's colour, under the curves. Pure SVG with the caller's scales, so the screen,
 * the projector and the exported figure draw the same thing.
 */
export function BandAreas({
  bands,
  x,
  y,
  lineWidthPx,
}: {
  bands: readonly PlotBandSet[];
  x: (tDays: number) => number;
  y: (v: number) => number;
  lineWidthPx: number;
}) {
  return (
    <g className="population-bands">
      {bands.map((b) => (
        <g key={b.key} className={`population-band band-${b.alias}`}>
          {AREAS.map((a) => (
            <path
              key={a.kind}
              className={`band-${a.kind}`}
              d={bandAreaPath(b.points, a.low, a.high, x, y)}
              fill={b.color}
              fillOpacity={BAND_OPACITY[a.kind]}
              stroke="none"
            />
          ))}
          <path
            className="band-median"
            d={medianPath(b.points, x, y)}
            fill="none"
            stroke={b.color}
            strokeWidth={Math.max(1, lineWidthPx * 0.7)}
            strokeDasharray={MEDIAN_DASH}
            strokeLinecap="round"
          />
        </g>
      ))}
    </g>
  );
}
