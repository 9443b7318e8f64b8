import { linearScale, niceMax, ticksUpTo } from './chartLayout';
import type { FatInset as FatInsetData } from './observationMarks';
import { ProjectorAxes } from './ProjectorAxes';
import { PROJECTOR } from './theme';

/**
 * Small chart beside the fat scene: Uematsu 1996 AUCs (mean ± SD, relative to the 20 g meal) as points and the
 * model's fat multiplier on the same scale, so the class sees the fit the fat effect rests on.
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
  const font = Math.round(24 * fontScale);
  const small = Math.round(22 * fontScale);
  const plot = { x: font * 3.2, y: font * 3.4, width: 0, height: 0 };
  plot.width = width - plot.x - 20;
  plot.height = height - plot.y - font * 3.4;
  const yMax = niceMax(
    Math.max(...data.points.map((p) => p.relativeAuc + p.relativeSd), ...data.model.map((m) => m.relative)),
    4,
  );
  const fatMax = data.model.at(-1)?.fatG ?? 50;
  const x = linearScale([0, fatMax], [plot.x, plot.x + plot.width]);
  const y = linearScale([0, yMax], [plot.y + plot.height, plot.y]);
  const modelPath = data.model
    .map((m, i) => `${i === 0 ? 'M' : 'L'}${x(m.fatG).toFixed(1)},${y(m.relative).toFixed(1)}`)
    .join('');
  const sceneModel =
    data.sceneFatG === null ? null : data.model.find((m) => m.fatG === Math.round(data.sceneFatG!));
  return (
    <svg
      width={width}
      height={height}
      className="pres-fat-inset"
      role="img"
      aria-label={`${data.title}: published points beside the model's fat curve`}
      fontFamily="system-ui, 'Segoe UI', Roboto, Arial, sans-serif"
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
      <text x={16} y={font * 1.3} fontSize={font} fontWeight={700} fill={PROJECTOR.ink}>
        Uematsu 1996: exposure vs meal fat
      </text>
      <text x={16} y={font * 2.5} fontSize={small} fill={PROJECTOR.mutedInk}>
        {`MK-4 15 mg, AUC relative to the ${data.referenceFatG} g meal`}
      </text>
      <ProjectorAxes
        plot={plot}
        x={x}
        y={y}
        xTicks={[0, 10, 20, 30, 40, 50].filter((f) => f <= fatMax)}
        yTicks={ticksUpTo(yMax, yMax / 4)}
        formatX={String}
        formatY={(v) => String(Number(v.toPrecision(3)))}
        tickFont={small}
        xLabel="Meal fat (g)"
        xLabelFont={small}
        xLabelBaseline={height - small * 0.6}
        verticalGrid={false}
        axisWidth={2}
        tickGap={8}
      />
      <path d={modelPath} fill="none" stroke="#0072B2" strokeWidth={4} />
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
          <circle cx={x(p.fatG)} cy={y(p.relativeAuc)} r={9} fill={PROJECTOR.ink} />
        </g>
      ))}
      {sceneModel && (
        <g>
          <circle
            cx={x(sceneModel.fatG)}
            cy={y(sceneModel.relative)}
            r={10}
            fill="#fff"
            stroke="#0072B2"
            strokeWidth={4}
          />
        </g>
      )}
      <g transform={`translate(${plot.x + 10},${plot.y + 4})`}>
        <circle cx={8} cy={small * 0.5} r={8} fill={PROJECTOR.ink} />
        <text
          x={24}
          y={small * 0.5}
          dy="0.35em"
          fontSize={small}
          fill={PROJECTOR.ink}
          className="pres-observation-label"
        >
          Uematsu 1996 (mean ± SD)
        </text>
        <line x1={0} x2={18} y1={small * 1.8} y2={small * 1.8} stroke="#0072B2" strokeWidth={4} />
        <text x={24} y={small * 1.8} dy="0.35em" fontSize={small} fill={PROJECTOR.ink}>
          model fat effect
        </text>
      </g>
    </svg>
  );
}
