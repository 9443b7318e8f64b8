import { memo } from 'react';
import { Layer, Surface } from './marks/svg';
import { BandAreas, BandMedians } from './BandAreas';
import { PlotAxes } from './marks/Axes';
import { Curves } from './marks/Curves';
import { BelowDetectionNotes } from './marks/DetectionNotes';
import { DoseMarks } from './marks/DoseRows';
import { PlotLegend } from './marks/Legend';
import { markContext, type PlotProps } from './marks/mark';
import { MeasuredPoints } from './marks/MeasuredPoints';

/**
 * A panel composed from the chart kit's marks (plot/marks/: axes, legend, dose rows, bands, curves, notes,
 * measured points), plain SVG with d3 scales and d3-shape paths. The same marks render in the app with react-dom,
 * into an exported SVG with react-dom/server, and in presentation mode beside its annotations. (Recharts'
 * LineChart cannot be used for the export: its axes are registered in a store by effects, so react-dom/server
 * renders an empty wrapper.)
 */

/** The curves over the population bands and under their medians, clipped to the plot, then the below-detection notes and measured points. */
export const PlotLines = memo(function PlotLines({
  model,
  layout,
  theme,
  clipId,
}: PlotProps & { clipId: string }) {
  const ctx = markContext(model, layout, theme);
  const { plot } = layout;
  return (
    <Layer className="plot-lines">
      <defs>
        <clipPath id={clipId}>
          <rect
            x={plot.x}
            y={plot.y - theme.lineWidthPx}
            width={plot.width}
            height={plot.height + 2 * theme.lineWidthPx}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {model.bands && <BandAreas bands={model.bands} x={ctx.x} y={ctx.y} />}
        <Curves ctx={ctx} lines={model.lines} domain={layout.xAxis.domain} />
        {model.bands && (
          <BandMedians bands={model.bands} x={ctx.x} y={ctx.y} lineWidthPx={theme.lineWidthPx} />
        )}
      </g>
      {model.belowDetection && model.belowDetection.length > 0 && (
        <BelowDetectionNotes model={model} layout={layout} theme={theme} />
      )}
      {model.measured && model.measured.length > 0 && <MeasuredPoints ctx={ctx} points={model.measured} />}
    </Layer>
  );
});

/** Everything but the curves: it stays still while a slider moves (the app draws the curves as a layer over it). */
export const PlotFrame = memo(function PlotFrame({ model, layout, theme }: PlotProps) {
  return (
    <Surface width={layout.width} height={layout.height} className="plot-frame">
      <PlotAxes model={model} layout={layout} theme={theme} />
      <PlotLegend layout={layout} theme={theme} />
      <DoseMarks model={model} layout={layout} theme={theme} />
    </Surface>
  );
});

/** A whole panel as one group at (x, y): for the export figure. */
export function PlotPanel({
  model,
  layout,
  theme,
  x = 0,
  y = 0,
  clipId,
}: PlotProps & { x?: number; y?: number; clipId: string }) {
  return (
    <g
      transform={x || y ? `translate(${x},${y})` : undefined}
      className="plot-panel"
      data-panel={model.panel}
    >
      <PlotAxes model={model} layout={layout} theme={theme} />
      <PlotLegend layout={layout} theme={theme} />
      <DoseMarks model={model} layout={layout} theme={theme} />
      <PlotLines model={model} layout={layout} theme={theme} clipId={clipId} />
    </g>
  );
}
