import type { ReactNode, Ref } from 'react';

/**
 * The card every app chart sits in: a titled figure whose frame holds the chart as one image (`summary` is its
 * text alternative), then `overlay` (HTML over the plot: the dose control) and the notes in `children`.
 */
export function ChartCard({
  id,
  title,
  testId,
  summary,
  frameRef,
  height,
  chart,
  overlay,
  children,
}: {
  id: string;
  title: string;
  testId: string;
  summary: string;
  frameRef: Ref<HTMLDivElement>;
  height: number;
  chart: ReactNode;
  overlay?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <figure className="chart-card" aria-labelledby={id}>
      <figcaption className="chart-title" id={id}>
        {title}
      </figcaption>
      <div className="chart-frame" ref={frameRef} style={{ height }}>
        <div role="img" aria-label={summary} className="chart-svg" data-testid={testId}>
          {chart}
        </div>
        {overlay}
      </div>
      {children}
    </figure>
  );
}
