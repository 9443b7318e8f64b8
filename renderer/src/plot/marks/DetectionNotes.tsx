import { wrapMeasured } from '../layout';
import { scalesOf, type PlotProps } from './mark';

/**
 * "MK-4: below detection (0.1 ng/mL)", in the curve's colour just above its flat
 * line at the plot's right end (wrapped to the plot's width), stacked upwards when several curves need it.
 */
export function BelowDetectionNotes({ model, layout, theme }: PlotProps) {
  const { y } = scalesOf(model, layout);
  const { plot } = layout;
  const f = theme.tickFontPx;
  const lineH = f * 1.2;
  // Placed bottom-up before drawing: each note just above its curve, and above the note below it.
  const placed: { key: string; lines: string[]; bottom: number }[] = [];
  let above = plot.y + plot.height;
  for (const n of model.belowDetection ?? []) {
    const lines = wrapMeasured(n.text, f, plot.width - f, 3);
    const curveY = Math.min(plot.y + plot.height, y(n.maxV)) - theme.lineWidthPx - f * 0.35;
    const bottom = Math.max(plot.y + lines.length * lineH, Math.min(curveY, above));
    above = bottom - lines.length * lineH - f * 0.2;
    placed.push({ key: n.key, lines, bottom });
  }
  return (
    <g className="plot-detection-notes">
      {placed.map(({ key: noteKey, lines, bottom }) => {
        return (
          <text
            key={noteKey}
            className="plot-detection-note"
            x={plot.x + plot.width - f * 0.5}
            y={bottom - (lines.length - 1) * lineH}
            textAnchor="end"
            fontSize={f}
            fill={theme.ink}
            fontFamily={theme.fontFamily}
            stroke={theme.background}
            strokeWidth={3}
            paintOrder="stroke"
          >
            {lines.map((l, i) => (
              <tspan key={i} x={plot.x + plot.width - f * 0.5} dy={i === 0 ? 0 : lineH}>
                {i < lines.length - 1 ? `${l} ` : l}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}
