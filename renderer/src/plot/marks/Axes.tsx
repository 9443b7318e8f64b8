import { Layer, SvgText } from './svg';
import { formatNumber } from '../format';
import type { PlotProps } from './mark';
import { scalesOf } from './mark';

/** Grid, axis lines, tick labels and the two axis titles. */
export function PlotAxes({ model, layout, theme }: PlotProps) {
  const { plot } = layout;
  const { x, y } = scalesOf(model, layout);
  const bottom = plot.y + plot.height;
  const tickStyle = { fontSize: theme.tickFontPx, fill: theme.ink, fontFamily: theme.fontFamily };
  const yMid = plot.y + plot.height / 2;
  const { lines, fontPx } = layout.yTitle;
  return (
    <Layer className="plot-axes">
      {layout.yTicks.map((v) => (
        <line key={`gy${v}`} x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={theme.grid} />
      ))}
      {layout.xAxis.ticks.map((t) => (
        <line key={`gx${t}`} x1={x(t)} x2={x(t)} y1={plot.y} y2={bottom} stroke={theme.grid} />
      ))}
      <line
        x1={plot.x}
        x2={plot.x + plot.width}
        y1={bottom}
        y2={bottom}
        stroke={theme.axis}
        strokeWidth={theme.axisWidthPx}
      />
      <line
        x1={plot.x}
        x2={plot.x}
        y1={plot.y}
        y2={bottom}
        stroke={theme.axis}
        strokeWidth={theme.axisWidthPx}
      />
      {layout.yTicks.map((v) => (
        <SvgText
          key={`ty${v}`}
          className="plot-tick plot-tick-y"
          x={plot.x - theme.tickFontPx * 0.5}
          y={y(v)}
          textAnchor="end"
          verticalAnchor="middle"
          {...tickStyle}
        >
          {formatNumber(v)}
        </SvgText>
      ))}
      {layout.xAxis.ticks.map((t) => (
        <SvgText
          key={`tx${t}`}
          className="plot-tick plot-tick-x"
          x={x(t)}
          y={bottom + theme.tickFontPx * 0.5}
          textAnchor="middle"
          verticalAnchor="start"
          {...tickStyle}
        >
          {model.xLabel ? model.xLabel(t) : formatNumber(t)}
        </SvgText>
      ))}
      <SvgText
        className="plot-axis-title plot-axis-title-x"
        x={plot.x + plot.width / 2}
        y={layout.xTitleY}
        textAnchor="middle"
        fontSize={theme.axisTitleFontPx}
        fill={theme.ink}
        fontFamily={theme.fontFamily}
      >
        {model.xTitle}
      </SvgText>
      <text
        className="plot-axis-title plot-axis-title-y"
        transform={`rotate(-90 ${layout.yTitleX} ${yMid})`}
        x={layout.yTitleX}
        y={yMid}
        textAnchor="middle"
        fontSize={fontPx}
        fill={theme.ink}
        fontFamily={theme.fontFamily}
        aria-label={model.yTitle}
      >
        {lines.map((l, i) => (
          <tspan key={l} x={layout.yTitleX} dy={i === 0 ? `${-(lines.length - 1) * 0.6 + 0.35}em` : '1.2em'}>
            {/* A space between the lines, so the title copies and reads as one ("Plasma concentration (ng/mL)"). */}
            {i < lines.length - 1 ? `${l} ` : l}
          </tspan>
        ))}
      </text>
    </Layer>
  );
}
