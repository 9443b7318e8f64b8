import { FAT_EFFECT_MAX_STUDIED_G } from '../../../sim';
import { layoutPanel } from '../plot/layout';
import { textWidthPx } from '../plot/measure';
import type { PanelModel } from '../plot/model';
import { PlotAxes } from '../plot/marks/Axes';
import { linePath } from '../plot/marks/Curves';
import { PlotLegend } from '../plot/marks/Legend';
import { scalesOf } from '../plot/marks/mark';
import { linearAxis, niceTop } from '../plot/scales';
import { projectorTheme, type PlotTheme } from '../plot/theme';
import { PROJECTOR_PROFILE_LINE_SCALE } from '../theme/palette';
import { useDisplayProfile } from '../theme/profile';
import type { FatInset as FatInsetData } from './observationMarks';
import { MIN_CHART_PX, minTextPx, PROJECTOR, useViewportSize } from './theme';
import { useElementSize } from '../plot/useElementSize';
import { useT } from '../i18n';

/**
 * Small chart beside the fat scene: Uematsu 1996 AUCs (mean ± SD, relative to the 20 g meal) as points and the
 * model's fat multiplier on the same scale, so the class sees the fit the fat effect rests on. Drawn with the
 * chart kit (axes, ticks, legend placed by measuring) in a smaller projector theme, but no text under the
 * presentation's least size (minTextPx): the heading wraps instead of shrinking, and the inset takes the stage's
 * whole height (`height` is the least it gets).
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
  const tr = useT();
  const least = minTextPx(useViewportSize());
  const [profile] = useDisplayProfile();
  const { ref, size } = useElementSize<HTMLDivElement>(() => ({ width, height }), MIN_CHART_PX);
  const svgHeight = Math.max(height, size.height);
  const base = projectorTheme(fontScale * 0.78);
  const lines = profile === 'projector' ? PROJECTOR_PROFILE_LINE_SCALE : 1;
  const theme: PlotTheme = {
    ...base,
    tickFontPx: Math.max(base.tickFontPx, least),
    axisTitleFontPx: Math.max(base.axisTitleFontPx, least),
    legendFontPx: Math.max(base.legendFontPx, least),
    lineWidthPx: base.lineWidthPx * lines,
    axisWidthPx: base.axisWidthPx * lines,
  };
  const title = tr.t('pres.fat.title');
  const head = Math.max(least, theme.axisTitleFontPx);
  // All of it, on as many lines as it takes: a heading cut with "…" lost what the inset shows (German, 1024 x 768).
  const titleLines = wrapHeading(title, head, width - 24, 700);
  // Bold glyph boxes are about 1.17 em tall: lines 1.25 em apart never touch.
  const lineStep = head * 1.25;
  const top = head * 0.4 + titleLines.length * lineStep + head * 0.4;
  const yMax = niceTop(
    Math.max(...data.points.map((p) => p.relativeAuc + p.relativeSd), ...data.model.map((m) => m.relative)),
  );
  const fatMax = data.model.at(-1)?.fatG ?? 50;
  const model: PanelModel = {
    panel: 'plasma',
    title: data.title,
    xTitle: tr.t('pres.fat.xTitle'),
    yTitle: tr.t('pres.fat.yTitle', { fatG: tr.num(data.referenceFatG) }),
    // The kit's x axis runs from 0 to this value; here it is grams of fat.
    horizonDays: fatMax,
    yAxis: linearAxis(yMax),
    lines: [
      {
        key: 'model',
        alias: 'model',
        label: tr.t('pres.fat.model'),
        color: '#0072B2',
        dash: '',
        points: data.model.map((m) => ({ t: m.fatG, v: m.relative })),
      },
    ],
    legend: [
      { key: 'obs', label: tr.t('pres.fat.observed'), color: PROJECTOR.ink, dash: '1 0' },
      { key: 'model', label: tr.t('pres.fat.model'), color: '#0072B2', dash: '' },
    ],
    doseRows: [],
  };
  const layout = layoutPanel(model, theme, width - 4, svgHeight - top);
  const { x, y } = scalesOf(model, layout);
  const sceneModel =
    data.sceneFatG === null ? null : data.model.find((m) => m.fatG === Math.round(data.sceneFatG!));
  return (
    <div ref={ref} className="pres-inset-fill">
      <svg
        width={width}
        height={svgHeight}
        className="pres-fat-inset"
        role="img"
        aria-label={tr.t('pres.fat.aria', {
          title: data.title,
          fatG: tr.num(data.referenceFatG),
          maxG: tr.num(FAT_EFFECT_MAX_STUDIED_G),
        })}
        fontFamily={theme.fontFamily}
      >
        <rect
          x={1}
          y={1}
          width={width - 2}
          height={svgHeight - 2}
          fill="#fff"
          stroke={PROJECTOR.ink}
          strokeWidth={2}
          rx={8}
        />
        {titleLines.map((line, i) => (
          <text
            key={i}
            x={12}
            y={head * 0.4 + (i + 0.85) * lineStep}
            fontSize={head}
            fontWeight={700}
            fill={PROJECTOR.ink}
          >
            {line}
          </text>
        ))}
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
              {/* Upright up the band's middle from its foot (the band is narrower than the word), where the plot is tall enough. */}
              {textWidthPx(tr.t('pres.fat.extrapolation'), least) + 12 <= layout.plot.height && (
                <text
                  transform={`translate(${(x(FAT_EFFECT_MAX_STUDIED_G) + x(fatMax)) / 2 + least * 0.35},${layout.plot.y + layout.plot.height - 6}) rotate(-90)`}
                  fontSize={least}
                  fontStyle="italic"
                  fill={PROJECTOR.mutedInk}
                >
                  {tr.t('pres.fat.extrapolation')}
                </text>
              )}
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
    </div>
  );
}

/** Characters of Japanese and Chinese text, between which a line may break (they are not spaced into words). */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
/** Marks that never start a line (、 。 ） ： …), and those that never end one (（ 「). */
const NO_LINE_START = /[、。，．）」』】：；！？]/;
const NO_LINE_END = /[（「『【]/;

/**
 * `text` on lines no wider than `maxWidthPx` (measured), broken at spaces (dropped) or between CJK characters
 * (kept), never inside a word, a number and its no-break-spaced unit, or before closing punctuation. A single
 * word wider than the line keeps a line of its own.
 */
export function wrapHeading(text: string, fontPx: number, maxWidthPx: number, weight = 400): string[] {
  // Pieces between break opportunities, each with what joins it to the next on one line (' ' or nothing).
  const pieces: { text: string; join: string }[] = [];
  let piece = '';
  const chars = [...text];
  chars.forEach((c, i) => {
    if (c === ' ') {
      if (piece) pieces.push({ text: piece, join: ' ' });
      piece = '';
      return;
    }
    piece += c;
    const next = chars[i + 1];
    if (
      next !== undefined &&
      next !== ' ' &&
      (CJK.test(c) || CJK.test(next)) &&
      !NO_LINE_START.test(next) &&
      !NO_LINE_END.test(c)
    ) {
      pieces.push({ text: piece, join: '' });
      piece = '';
    }
  });
  if (piece) pieces.push({ text: piece, join: '' });
  const lines: string[] = [];
  let line = '';
  let join = '';
  for (const p of pieces) {
    const longer = line ? `${line}${join}${p.text}` : p.text;
    if (line && textWidthPx(longer, fontPx, weight) > maxWidthPx) {
      lines.push(line);
      line = p.text;
    } else line = longer;
    join = p.join;
  }
  if (line) lines.push(line);
  return lines;
}
