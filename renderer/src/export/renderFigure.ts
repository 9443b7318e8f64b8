import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ExportFigure, type ExportFigureProps } from './Figure';

/** The export figure as a standalone SVG document: the chart kit's components rendered with react-dom/server. */
export function renderFigureSvg(props: ExportFigureProps): string {
  const markup = renderToStaticMarkup(createElement(ExportFigure, props));
  // react-dom omits the namespace on an inline <svg>; a standalone file needs it.
  const svg = markup.includes('xmlns=')
    ? markup
    : markup.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
