import type { Box } from '../layout';

/** A band across the plot between two values with a line at each edge: the shape a range of values takes. */
export function HorizontalBand({
  plot,
  yLow,
  yHigh,
  fill,
  edge,
}: {
  plot: Box;
  /** Pixel rows of the band's two values. */
  yLow: number;
  yHigh: number;
  fill: string;
  edge: { stroke: string; widthPx: number; dash?: string };
}) {
  return (
    <>
      <rect x={plot.x} width={plot.width} y={yHigh} height={Math.max(2, yLow - yHigh)} fill={fill} />
      {[yHigh, yLow].map((rowY, i) => (
        <line
          key={i}
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={rowY}
          y2={rowY}
          stroke={edge.stroke}
          strokeWidth={edge.widthPx}
          strokeDasharray={edge.dash}
        />
      ))}
    </>
  );
}
