import { minMaxDownsample } from '../../../sim';
import { EXPORT_STYLE } from './exportStyle';
import type { Figure, FigurePanel, LegendEntry } from './figure';
import { ellipsize, textWidthPx, wrapText } from './textWidth';
import { formatTick, linearScale, logScale, timeScale, type AxisScale } from './ticks';

/**
 * Composes a standalone SVG of a figure at an exact layout size: title, caption, legend, one or two chart
 * panels with labelled axes, and a footer. Built from the curve data (not copied from the screen), so the
 * SVG and the PNG drawn from it are identical at any size. No external references: fonts are a generic
 * stack, the only url() is the panel's own clip path.
 */
export function composeSvg(figure: Figure, widthPx: number, heightPx: number): string {
  // Every size is designed at 960 × 540 and scaled, so text keeps its proportion on a slide or a page.
  const s = Math.min(widthPx / 960, heightPx / 540);
  const font = {
    title: 22 * s,
    caption: 14 * s,
    legend: 13 * s,
    panelTitle: 14 * s,
    axisLabel: 13 * s,
    tick: 12 * s,
    footer: 10.5 * s,
  };
  const pad = 22 * s;
  const inner = widthPx - 2 * pad;
  const out: string[] = [];

  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="${esc(EXPORT_STYLE.fontFamily)}" role="img" aria-labelledby="k2-title k2-desc">`,
    `<title id="k2-title">${esc(figure.title)}</title>`,
    `<desc id="k2-desc">${esc(`${figure.name}. ${figure.caption}`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );

  let y = pad + font.title * 0.85;
  out.push(text(pad, y, ellipsize(figure.title, font.title, inner), font.title, { weight: 700 }));
  const captionLines = wrapText(figure.caption, font.caption, inner, 2);
  for (const line of captionLines) {
    y += font.caption * 1.45;
    out.push(text(pad, y, line, font.caption, { fill: EXPORT_STYLE.muted }));
  }

  y += font.legend * 1.9;
  const legendRows = layoutLegend(figure.legend, font.legend, inner, s);
  for (const row of legendRows) {
    for (const item of row) out.push(legendItem(pad + item.x, y, item.entry, font.legend, s));
    y += font.legend * 1.7;
  }

  // Estimated widths run a little short for long small text; keep a margin so the footer never clips.
  const footerLines = wrapText(figure.footer, font.footer, inner * 0.92, 2);
  const footerTop = heightPx - pad - (footerLines.length - 1) * font.footer * 1.35;
  footerLines.forEach((line, i) =>
    out.push(text(pad, footerTop + i * font.footer * 1.35, line, font.footer, { fill: EXPORT_STYLE.muted })),
  );

  const top = y - font.legend * 0.4;
  const bottom = footerTop - font.footer * 1.6;
  const panels = figure.panels;
  const sideBySide = panels.length > 1 && widthPx / heightPx >= 1.3;
  const gap = 30 * s;
  panels.forEach((panel, i) => {
    const box = sideBySide
      ? {
          x: pad + i * ((inner + gap) / panels.length),
          y: top,
          w: (inner - gap * (panels.length - 1)) / panels.length,
          h: bottom - top,
        }
      : {
          x: pad,
          y: top + i * ((bottom - top) / panels.length),
          w: inner,
          h: (bottom - top) / panels.length,
        };
    out.push(...drawPanel(panel, figure, box, font, s, i));
  });

  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Fonts {
  panelTitle: number;
  axisLabel: number;
  tick: number;
}

function drawPanel(
  panel: FigurePanel,
  figure: Figure,
  box: Box,
  font: Fonts,
  s: number,
  index: number,
): string[] {
  const out: string[] = [`<g class="panel" data-panel="${panel.id}">`];
  out.push(text(box.x, box.y + font.panelTitle, panel.title, font.panelTitle, { weight: 700 }));

  const yScale = valueScale(panel);
  const tickLabels = yScale.ticks.map(formatTick);
  const tickWidth = Math.max(...tickLabels.map((t) => textWidthPx(t, font.tick)));
  const plot = {
    left: box.x + font.axisLabel * 1.6 + tickWidth + 8 * s,
    right: box.x + box.w - 10 * s,
    top: box.y + font.panelTitle * 1.9,
    bottom: box.y + box.h - font.tick * 1.6 - font.axisLabel * 1.7,
  };
  const plotW = Math.max(1, plot.right - plot.left);
  const plotH = Math.max(1, plot.bottom - plot.top);
  const xUnitH = panel.xUnit === 'h' ? 1 : 24;
  const xMax = figure.horizonH / xUnitH;
  const xScale = timeScale(xMax, Math.max(3, Math.round(plotW / (90 * s))));
  const xOf = (x: number) => plot.left + (x / xScale.max) * plotW;
  const log = panel.axis === 'log';
  const yOf = (v: number) => {
    const f = log
      ? (Math.log10(Math.max(v, yScale.min)) - Math.log10(yScale.min)) /
        (Math.log10(yScale.max) - Math.log10(yScale.min))
      : (v - yScale.min) / (yScale.max - yScale.min);
    return plot.bottom - f * plotH;
  };

  // Grid and tick labels.
  for (let i = 0; i < yScale.ticks.length; i++) {
    const yy = yOf(yScale.ticks[i]!);
    out.push(line(plot.left, yy, plot.right, yy, EXPORT_STYLE.grid, s));
    out.push(
      text(plot.left - 6 * s, yy + font.tick * 0.35, tickLabels[i]!, font.tick, {
        anchor: 'end',
        fill: EXPORT_STYLE.axis,
      }),
    );
  }
  for (const t of xScale.ticks) {
    const xx = xOf(t);
    out.push(line(xx, plot.top, xx, plot.bottom, EXPORT_STYLE.grid, s));
    out.push(
      text(xx, plot.bottom + font.tick * 1.3, formatTick(t), font.tick, {
        anchor: 'middle',
        fill: EXPORT_STYLE.axis,
      }),
    );
  }
  out.push(line(plot.left, plot.bottom, plot.right, plot.bottom, EXPORT_STYLE.axis, s));
  out.push(line(plot.left, plot.top, plot.left, plot.bottom, EXPORT_STYLE.axis, s));

  // Axis labels with units.
  out.push(
    text((plot.left + plot.right) / 2, box.y + box.h - font.axisLabel * 0.3, panel.xLabel, font.axisLabel, {
      anchor: 'middle',
    }),
  );
  const ly = (plot.top + plot.bottom) / 2;
  const lx = box.x + font.axisLabel * 0.9;
  out.push(
    text(lx, ly, ellipsize(panel.yLabel, font.axisLabel, plotH), font.axisLabel, {
      anchor: 'middle',
      rotate: { x: lx, y: ly },
    }),
  );

  // Curves, clipped to the plot; min-max downsampling keeps every peak and trough at this width.
  const clipId = `k2-clip-${index}`;
  out.push(
    `<clipPath id="${clipId}"><rect x="${n(plot.left)}" y="${n(plot.top - 2 * s)}" width="${n(plotW)}" height="${n(plotH + 4 * s)}"/></clipPath>`,
  );
  out.push(`<g clip-path="url(#${clipId})" fill="none" stroke-linejoin="round" stroke-linecap="round">`);
  const buckets = Math.max(50, Math.ceil(plotW * 2));
  for (const series of panel.series) {
    const indices = minMaxDownsample(series.values, buckets);
    let d = '';
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      d += `${k === 0 ? 'M' : 'L'}${n(xOf(figure.timeH[i]! / xUnitH))} ${n(yOf(series.values[i]!))}`;
    }
    const dash = series.dash ? ` stroke-dasharray="${scaleDash(series.dash, s)}"` : '';
    out.push(
      `<path d="${d}" stroke="${series.color}" stroke-width="${n(2.25 * s)}"${dash} data-series="${esc(series.column)}"><title>${esc(series.label)}</title></path>`,
    );
  }
  out.push('</g>', '</g>');
  return out;
}

/** Linear axes start at 0; log axes span whole decades down from the highest value. */
function valueScale(panel: FigurePanel): AxisScale {
  if (panel.yDomain) return linearScale(panel.yDomain[0], panel.yDomain[1], 7);
  let max = 0;
  let minPositive = Infinity;
  for (const series of panel.series) {
    for (let i = 0; i < series.values.length; i++) {
      const v = series.values[i]!;
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
    }
  }
  if (panel.axis === 'log') return logScale(minPositive, max);
  return linearScale(0, max > 0 ? max : 1);
}

interface PlacedLegend {
  x: number;
  entry: LegendEntry;
}

function layoutLegend(entries: LegendEntry[], fontPx: number, maxWidth: number, s: number): PlacedLegend[][] {
  const rows: PlacedLegend[][] = [[]];
  let x = 0;
  for (const entry of entries) {
    const w = 34 * s + textWidthPx(entry.label, fontPx) + 22 * s;
    if (x > 0 && x + w > maxWidth) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push({ x, entry });
    x += w;
  }
  return rows;
}

function legendItem(x: number, y: number, entry: LegendEntry, fontPx: number, s: number): string {
  const dash = entry.dash ? ` stroke-dasharray="${scaleDash(entry.dash, s)}"` : '';
  const ly = y - fontPx * 0.35;
  return (
    `<g class="legend-item"><line x1="${n(x)}" y1="${n(ly)}" x2="${n(x + 28 * s)}" y2="${n(ly)}" stroke="${entry.color}" stroke-width="${n(2.5 * s)}"${dash}/>` +
    `${text(x + 34 * s, y, entry.label, fontPx, {})}</g>`
  );
}

interface TextOptions {
  anchor?: 'start' | 'middle' | 'end';
  weight?: number;
  fill?: string;
  rotate?: { x: number; y: number };
}

function text(x: number, y: number, content: string, fontPx: number, o: TextOptions): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    `font-size="${n(fontPx)}"`,
    `fill="${o.fill ?? EXPORT_STYLE.text}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.weight ? `font-weight="${o.weight}"` : '',
    o.rotate ? `transform="rotate(-90 ${n(o.rotate.x)} ${n(o.rotate.y)})"` : '',
  ].filter((a) => a !== '');
  return `<text ${attrs.join(' ')}>${esc(content)}</text>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, s: number): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(s)}"/>`;
}

function scaleDash(dash: string, s: number): string {
  return dash
    .split(/\s+/)
    .map((part) => n(Number(part) * s))
    .join(' ');
}

/** Coordinates with two decimals: exact enough at 4x, and keeps large SVGs small. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Escapes text and attribute values for XML. */
export function esc(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`,
  );
}
