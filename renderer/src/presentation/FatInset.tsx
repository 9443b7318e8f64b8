import { Text } from 'recharts';
import { FAT_EFFECT_MAX_STUDIED_G } from '../../../sim';
import { layoutPanel } from '../plot/layout';
import { textWidthPx } from '../plot/measure';
import type { PanelModel } from '../plot/model';
import { PlotAxes } from '../plot/marks/Axes';
import { linePath } from '../plot/marks/Curves';
import { PlotLegend } from '../plot/marks/Legend';
import { scalesOf } from '../plot/marks/mark';
import { linearAxis, niceTop } from '../plot/scales';
import { projectorTheme } from '../plot/theme';
import type { FatInset as FatInsetData } from './observationMarks';
import { PROJECTOR } from './theme';

/**
 * Small chart beside the fat scene: Uematsu 1996 AUCs (mean ± SD, relative to the 20 g meal) as points and the
 * model's fat multiplier on the same scale, so the class sees the fit the fat effect rests on. Drawn with the
 * chart kit (axes, ticks, legend placed by measuring) in a smaller projector theme.
 */
export function FatInset({
  data,
  width,
  height,
  fontScale,
}: {
  data: FatInsetData;
  width: number;
  height: number;
  fontScale: number;
}) {
  const theme = projectorTheme(fontScale * 0.78);
  const title = 'Uematsu 1996: exposure vs meal fat';
  const subtitle = `MK-4 15 mg, AUC relative to the ${data.referenceFatG} g meal`;
  // Headings shrink to the inset's width, measured.
  const fit = (text: string, px: number, weight = 400) =>
    Math.min(px, (px * (width - 24)) / textWidthPx(text, px, weight));
  const head = fit(title, theme.axisTitleFontPx, 700);
  const sub = fit(subtitle, theme.tickFontPx);
  // Baselines a full line apart, so the two headings' glyph boxes never touch.
  const subBaseline = head * 1.65 + sub * 1.2;
  const top = subBaseline + sub * 0.7;
  const yMax = niceTop(
    Math.max(...data.points.map((p) => p.relativeAuc + p.relativeSd), ...data.model.map((m) => m.relative)),
  );
  const fatMax = data.model.at(-1)?.fatG ?? 50;
  const model: PanelModel = {
    panel: 'plasma',
    title: data.title,
    xTitle: 'Meal fat (g)',
    yTitle: `AUC vs ${data.referenceFatG} g meal`,
    // The kit's x axis runs from 0 to this value; here it is grams of fat.
    horizonDays: fatMax,
    yAxis: linearAxis(yMax),
    lines: [
      {
        key: 'model',
        alias: 'model',
        label: 'model fat effect',
        color: '#0072B2',
        dash: '',
        points: data.model.map((m) => ({ t: m.fatG, v: m.relative })),
      },
    ],
    legend: [
      { key: 'obs', label: 'Uematsu 1996 (mean ± SD)', color: PROJECTOR.ink, dash: '1 0' },
      { key: 'model', label: 'model fat effect', color: '#0072B2', dash: '' },
    ],
    doseRows: [],
  };
  const layout = layoutPanel(model, theme, width - 4, height - top);
  const { x, y } = scalesOf(model, layout);
  const sceneModel =
    data.sceneFatG === null ? null : data.model.find((m) => m.fatG === Math.round(data.sceneFatG!));
  return (
    <svg
      width={width}
      height={height}
      className="pres-fat-inset"
      role="img"
      aria-label={`${data.title}: published points beside the model's fat curve`}
      fontFamily={theme.fontFamily}
    >
      <rect
        x={1}
        y={1}
        width={width - 2}
        height={height - 2}
        fill="#fff"
        stroke={PROJECTOR.ink}
        strokeWidth={2}
        rx={8}
      />
      <Text x={12} y={head * 1.3} fontSize={head} fontWeight={700} fill={PROJECTOR.ink}>
        {title}
      </Text>
      <Text x={12} y={subBaseline} fontSize={sub} fill={PROJECTOR.mutedInk}>
        {subtitle}
      </Text>
      <g transform={`translate(2,${top})`}>
        <PlotAxes model={model} layout={layout} theme={theme} />
        {fatMax > FAT_EFFECT_MAX_STUDIED_G && (
          // Beyond the highest meal studied (Uematsu 1996: 34.9 g) the curve is the model's, not data.
          <g className="fat-extrapolation">
            <rect
              x={x(FAT_EFFECT_MAX_STUDIED_G)}
              y={layout.plot.y}
              width={x(fatMax) - x(FAT_EFFECT_MAX_STUDIED_G)}
              height={layout.plot.height}
              fill="#e9ebef"
              fillOpacity={0.8}
            />
            <Text
              x={(x(FAT_EFFECT_MAX_STUDIED_G) + x(fatMax)) / 2}
              y={layout.plot.y + layout.plot.height - theme.tickFontPx * 0.6}
              textAnchor="middle"
              fontSize={theme.tickFontPx * 0.85}
              fontStyle="italic"
              fill={PROJECTOR.mutedInk}
            >
              extrapolation
            </Text>
          </g>
        )}
        <PlotLegend layout={layout} theme={theme} />
        <path
          d={linePath(model.lines[0]!.points, x, y)}
          fill="none"
          stroke="#0072B2"
          strokeWidth={theme.lineWidthPx}
        />
        {data.points.map((p) => (
          <g key={p.fatG} className="pres-observation" data-source={data.source}>
            <line
              x1={x(p.fatG)}
              x2={x(p.fatG)}
              y1={y(p.relativeAuc - p.relativeSd)}
              y2={y(p.relativeAuc + p.relativeSd)}
              stroke={PROJECTOR.ink}
              strokeWidth={2.5}
            />
            <circle cx={x(p.fatG)} cy={y(p.relativeAuc)} r={theme.markerPx * 0.8} fill={PROJECTOR.ink} />
          </g>
        ))}
        {sceneModel && (
          <circle
            cx={x(sceneModel.fatG)}
            cy={y(sceneModel.relative)}
            r={theme.markerPx}
            fill="#fff"
            stroke="#0072B2"
            strokeWidth={4}
          />
        )}
      </g>
    </svg>
  );
}
