import { Surface, Text } from 'recharts';
import type { PanelId, ScenarioView } from '../../../sim';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { currentTranslator, type AppTranslator } from '../i18n/locale';
import { layoutPanel, wrapMeasured } from '../plot/layout';
import { bandedPanelModel } from '../population/panelBands';
import type { DrawnBands } from '../population/populationBands';
import { PlotPanel } from '../plot/Plot';
import type { PlotTheme } from '../plot/theme';
import { figureCaption, figureTitle, footerText, type FigureOptions } from './figureSpec';

/** Wraps figure text (title, caption, footer) as the legend does; here for the tests that import it. */
export { wrapMeasured };

export interface ExportFigureProps {
  view: ScenarioView;
  options: FigureOptions;
  theme: PlotTheme;
  widthPx: number;
  heightPx: number;
  appVersion: string;
  /** Population bands drawn under the plasma curves (the screen's "variation between people"). */
  bands?: readonly DrawnBands[] | null;
  /** The language and locale of its words and numbers: the UI's (a figure follows the UI; a CSV does not). */
  tr?: AppTranslator;
}

export function figurePanels(view: ScenarioView, options: FigureOptions): PanelId[] {
  const hasTissue = view.series.some((s) => s.panel === 'tissue');
  if (options.panels === 'plasma') return ['plasma'];
  if (options.panels === 'tissue') return hasTissue ? ['tissue'] : ['plasma'];
  return hasTissue ? ['plasma', 'tissue'] : ['plasma'];
}

/**
 * An exported figure: title, caption, the chosen panels drawn by the chart kit (the same components as the
 * app), and the footer. Rendered to an SVG string with react-dom/server by `renderFigureSvg`.
 */
export function ExportFigure({
  view,
  options,
  theme,
  widthPx,
  heightPx,
  appVersion,
  bands,
  tr = currentTranslator(),
}: ExportFigureProps) {
  const pad = theme.tickFontPx * 1.6;
  const inner = widthPx - 2 * pad;
  const titleFont = theme.axisTitleFontPx * 1.6;
  const captionFont = theme.axisTitleFontPx * 1.05;
  // The footer is as large as the tick labels: the smallest text of the figure (slide: 3.3% of its height).
  const footerFont = theme.tickFontPx;
  // Long names, captions and source lists wrap onto further lines rather than run off the figure or be cut.
  const title = options.title ? wrapMeasured(figureTitle(view, tr), titleFont, inner, 2, 700) : [];
  const caption = options.title ? wrapMeasured(figureCaption(view, tr), captionFont, inner, 3) : [];
  const footer = options.footer ? wrapMeasured(footerText(view, appVersion, tr), footerFont, inner, 6) : [];

  let y = pad * 0.6;
  const texts: { key: string; y: number; text: string; font: number; weight: number; fill: string }[] = [];
  title.forEach((line, i) => {
    y += titleFont * (i === 0 ? 1 : 1.15);
    texts.push({ key: `title${i}`, y, text: line, font: titleFont, weight: 700, fill: theme.ink });
  });
  caption.forEach((line, i) => {
    y += captionFont * 1.35;
    texts.push({ key: `caption${i}`, y, text: line, font: captionFont, weight: 400, fill: theme.muted });
  });
  const top = y + (texts.length > 0 ? captionFont * 0.6 : 0);
  const footerTop = heightPx - pad * 0.6 - (footer.length - 1) * footerFont * 1.35;
  footer.forEach((line, i) =>
    texts.push({
      key: `footer${i}`,
      y: footerTop + i * footerFont * 1.35,
      text: line,
      font: footerFont,
      weight: 400,
      fill: theme.muted,
    }),
  );
  const bottom = footer.length > 0 ? footerTop - footerFont * 1.6 : heightPx - pad * 0.5;

  const panels = figurePanels(view, options);
  // Panels side by side at every size: stacked, each repeats legend, dose rows and axes, and on the square
  // print figure that left plots about 40 px tall; side by side they keep the full height.
  const gap = pad;
  const boxes = panels.map((panel, i) => {
    const w = (inner - gap * (panels.length - 1)) / panels.length;
    const h = bottom - top;
    const x = pad + i * (w + gap);
    const yy = top;
    return { panel, x, y: yy, w, h };
  });

  return (
    <Surface
      width={widthPx}
      height={heightPx}
      viewBox={{ x: 0, y: 0, width: widthPx, height: heightPx }}
      title={options.title ? figureTitle(view, tr) : ''}
      desc={`${scenarioTitle(view.scenario, tr)}. ${figureCaption(view, tr)}`}
      style={{ fontFamily: theme.fontFamily, background: theme.background }}
    >
      <rect width={widthPx} height={heightPx} fill={theme.background} />
      {texts.map((t) => (
        <Text
          key={t.key}
          className={`figure-${t.key.replace(/\d+$/, '')}`}
          x={pad}
          y={t.y}
          fontSize={t.font}
          fontWeight={t.weight}
          fill={t.fill}
          fontFamily={theme.fontFamily}
        >
          {t.text}
        </Text>
      ))}
      {boxes.map((b) => {
        // Full resolution for the export: two points per pixel of plot width.
        const model = bandedPanelModel(view, b.panel, bands, { buckets: Math.ceil(b.w * 2) });
        const layout = layoutPanel(model, theme, b.w, b.h);
        return (
          <PlotPanel
            key={b.panel}
            model={model}
            layout={layout}
            theme={theme}
            x={b.x}
            y={b.y}
            clipId={`k2-clip-${b.panel}`}
          />
        );
      })}
    </Surface>
  );
}
