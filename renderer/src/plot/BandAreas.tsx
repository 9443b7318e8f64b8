import {
  BAND_OPACITY,
  bandAreaPath,
  MEDIAN_INK,
  medianDots,
  medianPath,
  type BandPoint,
} from './bandGeometry';

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
 * "Variation between people" areas: for each regimen the 5-95% band and the 25-75% band over it, in the
 * regimen's colour, under the curves (the medians go over them: BandMedians). Pure SVG with the caller's scales,
 * so the screen, the projector and the exported figure draw the same thing.
 */
export function BandAreas({
  bands,
  x,
  y,
}: {
  bands: readonly PlotBandSet[];
  x: (tDays: number) => number;
  y: (v: number) => number;
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
        </g>
      ))}
    </g>
  );
}

/**
 * Each regimen's median as dark dots over the curves (medianDots): under the typical person's solid line of the
 * same colour, a coloured dotted median could not be seen where the two agree, as they mostly do.
 */
export function BandMedians({
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
  const { dotPx, ringPx, dash } = medianDots(lineWidthPx);
  return (
    <g className="population-medians">
      {bands.map((b) => {
        const d = medianPath(b.points, x, y);
        return (
          <g key={b.key} className={`population-median band-${b.alias}`}>
            <path
              className="band-median-ring"
              d={d}
              fill="none"
              stroke="#ffffff"
              strokeWidth={ringPx}
              strokeDasharray={dash}
              strokeLinecap="round"
            />
            <path
              className="band-median"
              d={d}
              fill="none"
              stroke={MEDIAN_INK}
              strokeWidth={dotPx}
              strokeDasharray={dash}
              strokeLinecap="round"
            />
          </g>
        );
      })}
    </g>
  );
}
