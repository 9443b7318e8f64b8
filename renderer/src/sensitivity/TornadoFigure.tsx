import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { COMPOUND_PRESETS, type CompoundId } from '../../../sim';
import { panelHeight, TORNADO_COLORS, TORNADO_FONT, TORNADO_WIDTH, TornadoMarks } from './TornadoChart';
import { currentTranslator, type AppTranslator } from '../i18n/locale';
import type { TornadoPanel } from './tornadoModel';

const HEADER_PX = 64;
const FOOTER_PX = 58;
/** Left and right margin around the panels, as the header's text (x = 8), so nothing touches the edge. */
const PAD_PX = 8;

/** The sources named by any bar of the panels, once each, in order of appearance. */
export function figureSources(panels: readonly TornadoPanel[]): string[] {
  return [...new Set(panels.flatMap((p) => p.rows.flatMap((r) => r.sources)))];
}

/**
 * The tornado chart as one exportable figure: a title, a key, the three panels stacked (the same TornadoMarks
 * the app draws) and a footer with the sources and the model's disclaimer.
 */
export function TornadoFigure({
  panels,
  compound,
  regimenText,
  tr = currentTranslator(),
}: {
  panels: readonly TornadoPanel[];
  compound: CompoundId;
  regimenText: string;
  /** The figure's language: the UI's, as the chart export's. */
  tr?: AppTranslator;
}) {
  const heights = panels.map((p) => panelHeight(p.rows.length));
  const tops = heights.map((_, i) => HEADER_PX + heights.slice(0, i).reduce((a, b) => a + b + 12, 0));
  const { widthPx: width, heightPx: height } = tornadoFigureSize(panels);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={TORNADO_FONT}
      fontSize={12}
    >
      <rect width={width} height={height} fill="#ffffff" />
      <text x={8} y={20} fontSize={15} fontWeight={600} fill="#1d2330">
        {tr.t('tornado.figTitle', { label: COMPOUND_PRESETS[compound].label })}
      </text>
      <text x={8} y={38} fill="#5a6272">
        {regimenText}
      </text>
      <rect x={8} y={47} width={12} height={10} fill={TORNADO_COLORS.low} />
      <text x={24} y={56} fill="#1d2330">
        {tr.t('tornado.keyLow')}
      </text>
      <rect x={190} y={47} width={12} height={10} fill={TORNADO_COLORS.high} />
      <text x={206} y={56} fill="#1d2330">
        {tr.t('tornado.keyHigh')}
      </text>
      {panels.map((p, i) => (
        <g key={p.metric} transform={`translate(${PAD_PX},${tops[i]})`} data-metric={p.metric}>
          <TornadoMarks panel={p} />
        </g>
      ))}
      <text x={8} y={height - 36} fill="#5a6272" fontSize={11}>
        {tr.t('tornado.rangesFrom', { sources: figureSources(panels).join(', ') })}
      </text>
      <text x={8} y={height - 18} fill="#5a6272" fontSize={11}>
        {tr.t('tornado.disclaimer')}
      </text>
    </svg>
  );
}

/** The figure's size in CSS pixels: fixed width, panels stacked with 12 px between them. */
export function tornadoFigureSize(panels: readonly TornadoPanel[]): { widthPx: number; heightPx: number } {
  const height = HEADER_PX + panels.reduce((sum, p) => sum + panelHeight(p.rows.length) + 12, 0) + FOOTER_PX;
  return { widthPx: TORNADO_WIDTH + 2 * PAD_PX, heightPx: height };
}

/** The figure as a standalone SVG document (react-dom/server, as the chart export). */
export function tornadoFigureSvg(props: Parameters<typeof TornadoFigure>[0]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(createElement(TornadoFigure, props))}\n`;
}
