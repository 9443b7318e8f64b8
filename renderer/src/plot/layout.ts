import { formatNumber } from './format';
import { textWidthPx } from './measure';
import type { LegendItem, PanelModel } from './model';
import { timeAxis, type Axis } from './scales';
import type { PlotTheme } from './theme';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLegendItem {
  item: LegendItem;
  /** The label as drawn: the item's, whole (its lines joined by spaces). */
  label: string;
  /** The label wrapped at spaces to the legend's width (a narrow print panel, a long "fitted ×0.35" label). */
  lines: string[];
  x: number;
  /** Centre line of the first text line (and of the line sample). */
  y: number;
}

/** Where everything of a panel goes at a given size, from measured text widths. */
export interface PanelLayout {
  width: number;
  height: number;
  plot: Box;
  xAxis: Axis;
  /** The value axis' ticks that fit this plot height (every second one dropped while they crowd). */
  yTicks: readonly number[];
  legend: PlacedLegendItem[];
  /** Centre line (y) of each dose row, top to bottom, same order as the model's doseRows. */
  doseRowY: number[];
  /** Size of a dose row's marks (px): the theme's marker size, smaller when many rows share the rows' band. */
  doseMarkPx: number;
  yTitle: { lines: string[]; fontPx: number };
  /** x of the rotated y title's centre line. */
  yTitleX: number;
  /** Baseline of the x title. */
  xTitleY: number;
}

/** Length of a legend item's line sample and the gaps around its text, in legend-font ems. */
const SAMPLE_EM = 2;
const GAP_EM = 0.45;
const ITEM_GAP_EM = 1.3;

export function legendItemWidth(item: LegendItem, theme: PlotTheme): number {
  const f = theme.legendFontPx;
  return f * (SAMPLE_EM + GAP_EM) + textWidthPx(item.label, f);
}

/** A legend label wraps to at most this many lines; a longer one is cut with "…" on the last. */
const LEGEND_MAX_LINES = 4;
/** Line height of legend text, in legend-font ems. */
export const LEGEND_LINE_EM = 1.2;

/**
 * Legend items left to right from `x`, wrapping to new rows within `maxWidth`; a label wider than the legend
 * wraps at its spaces onto further lines rather than being cut. Returns placements and height.
 */
export function layoutLegend(
  items: readonly LegendItem[],
  theme: PlotTheme,
  x: number,
  y: number,
  maxWidth: number,
): { placed: PlacedLegendItem[]; height: number } {
  const f = theme.legendFontPx;
  const rowH = f * 1.5;
  const lineH = f * LEGEND_LINE_EM;
  const placed: PlacedLegendItem[] = [];
  let cx = 0;
  let rowTop = 0;
  let rowExtra = 0;
  for (const item of items) {
    const lines = wrapMeasured(item.label, f, maxWidth - f * (SAMPLE_EM + GAP_EM), LEGEND_MAX_LINES);
    const w = f * (SAMPLE_EM + GAP_EM) + Math.max(...lines.map((l) => textWidthPx(l, f)));
    if (cx > 0 && cx + w > maxWidth) {
      rowTop += rowH + rowExtra;
      rowExtra = 0;
      cx = 0;
    }
    placed.push({ item, label: lines.join(' '), lines, x: x + cx, y: y + rowTop + rowH / 2 });
    rowExtra = Math.max(rowExtra, (lines.length - 1) * lineH);
    cx += w + f * ITEM_GAP_EM;
  }
  return { placed, height: items.length === 0 ? 0 : rowTop + rowH + rowExtra };
}

/**
 * Words of `text` in at most `maxLines` lines no wider than `maxWidthPx` (measured); the last ends in "…" when
 * more were needed, and a single word wider than the width is cut with "…".
 */
export function wrapMeasured(
  text: string,
  fontPx: number,
  maxWidthPx: number,
  maxLines: number,
  weight = 400,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidthPx(next, fontPx, weight) > maxWidthPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => fitLabel(l, fontPx, maxWidthPx, weight));
  if (lines.length <= maxLines) return kept;
  let last = kept[maxLines - 1]!.replace(/…$/, '');
  while (last && textWidthPx(`${last}…`, fontPx, weight) > maxWidthPx) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** `text`, or as much of it as fits `maxWidthPx` (measured) followed by "…". */
export function fitLabel(text: string, fontPx: number, maxWidthPx: number, weight = 400): string {
  if (textWidthPx(text, fontPx, weight) <= maxWidthPx) return text;
  let cut = text;
  while (cut.length > 1 && textWidthPx(`${cut}…`, fontPx, weight) > maxWidthPx) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Height of one row of dose markers. */
export function doseRowHeight(theme: PlotTheme): number {
  return theme.markerPx * 2 + 6;
}

/**
 * Lays a panel out in `width` × `height`: legend rows on top, a row of dose marks per regimen, then the plot;
 * the y axis is as wide as its widest measured tick label plus its title, the x axis as tall as its labels.
 * The y title shrinks (never below 80% of the theme's size) rather than run past the plot's height.
 */
export function layoutPanel(model: PanelModel, theme: PlotTheme, width: number, height: number): PanelLayout {
  const pad = Math.max(6, theme.tickFontPx * 0.5);
  const tickLabels = model.yAxis.ticks.map(formatNumber);
  const tickW = Math.max(0, ...tickLabels.map((t) => textWidthPx(t, theme.tickFontPx)));
  const lineH = theme.axisTitleFontPx * 1.2;
  // Vertical layout first, with the widest left band (a two-line y title), so the legend never wraps short.
  const widestLeft = pad + lineH * 2 + theme.axisTitleFontPx * 0.3 + tickW + theme.tickFontPx * 0.6;
  const lastX = formatNumber(model.horizonDays);
  const right = pad + textWidthPx(lastX, theme.tickFontPx) / 2;
  // The legend starts over the plot; when an entry is wider than that, it starts at the panel's edge.
  const overPlot = width - widestLeft - right;
  const fitsOverPlot = model.legend.every((item) => legendItemWidth(item, theme) <= overPlot);
  const legend = layoutLegend(model.legend, theme, 0, pad, fitsOverPlot ? overPlot : width - 2 * pad);
  const rows = model.doseRows.length;
  const rowsTop = pad + legend.height + (rows > 0 ? theme.markerPx * 0.5 : 0);
  // Many regimens (24 at the most) share at most a quarter of the panel's height in thinner rows with smaller
  // marks, so the plot keeps its height: at full size their rows pushed the plot out of its card.
  const fullRowH = doseRowHeight(theme);
  const rowH = rows > 0 ? Math.min(fullRowH, Math.max(3, (height * 0.25) / rows)) : fullRowH;
  const doseRowY = model.doseRows.map((_, i) => rowsTop + (i + 0.5) * rowH);
  const top = rowsTop + rows * rowH + theme.tickFontPx * 0.7;
  const bottomBand = theme.tickFontPx * 1.7 + theme.axisTitleFontPx * 1.6;
  const plotHeight = Math.max(20, height - top - bottomBand - pad * 0.5);
  // The y title runs along the plot's height: one line if it fits, else two, else smaller type.
  const yTitle = fitYTitle(model.yTitle, theme.axisTitleFontPx, plotHeight, theme.tickFontPx);
  const left =
    pad +
    yTitle.lines.length * yTitle.fontPx * 1.2 +
    theme.axisTitleFontPx * 0.3 +
    tickW +
    theme.tickFontPx * 0.6;
  const plot: Box = { x: left, y: top, width: Math.max(20, width - left - right), height: plotHeight };
  const widestX = textWidthPx(formatNumber(model.horizonDays * 0.95), theme.tickFontPx);
  let xAxis = timeAxis(model.horizonDays, plot.width, Math.max(60, widestX * 2.2));
  // A narrow plot (the print figure's side-by-side panels) gets finer steps, while their labels stay apart,
  // so the time axis keeps at least MIN_TIME_TICKS ticks to read a time from.
  for (let count = 3; xAxis.ticks.length < MIN_TIME_TICKS && count <= 12; count++) {
    const finer = timeAxis(model.horizonDays, plot.width, plot.width / count);
    const gap =
      finer.ticks.length > 1
        ? plot.width / ((model.horizonDays || 1) / (finer.ticks[1]! - finer.ticks[0]!))
        : 0;
    const widest = Math.max(...finer.ticks.map((t) => textWidthPx(formatNumber(t), theme.tickFontPx)));
    if (finer.ticks.length > xAxis.ticks.length && gap >= widest * 1.3) xAxis = finer;
  }
  if (model.xTicks && model.xLabel) {
    // Calendar axis: ticks at local midnights, as many as their date labels allow.
    const labelW = textWidthPx(model.xLabel(0).replace(/ \d\d:\d\d$/, ''), theme.tickFontPx);
    const count = Math.max(2, Math.floor(plot.width / (labelW * 1.4)));
    xAxis = { ...xAxis, ticks: model.xTicks(count) };
  }
  return {
    width,
    height,
    plot,
    xAxis,
    yTicks: thinTicks(model.yAxis.ticks, plotHeight, theme.tickFontPx * 1.6),
    legend: legend.placed.map((p) => ({ ...p, x: p.x + (fitsOverPlot ? left : pad) })),
    doseRowY,
    doseMarkPx: (theme.markerPx * rowH) / fullRowH,
    yTitle,
    yTitleX: pad + yTitle.fontPx * 0.85,
    xTitleY: plot.y + plot.height + theme.tickFontPx * 1.5 + theme.axisTitleFontPx * 1.3,
  };
}

/** The time axis keeps at least this many ticks where their labels fit side by side. */
export const MIN_TIME_TICKS = 4;

/** Every second tick, then every third..., until labels are at least `minGapPx` apart on `lengthPx`. */
export function thinTicks(ticks: readonly number[], lengthPx: number, minGapPx: number): readonly number[] {
  for (let every = 1; every < ticks.length; every++) {
    const kept = ticks.filter((_, i) => i % every === 0);
    if (kept.length < 2 || (lengthPx / (ticks.length - 1)) * every >= minGapPx) return kept;
  }
  return ticks.slice(0, 1);
}

/**
 * The y title in one or two lines (split at the space nearest the middle) and a size that fits `lengthPx`,
 * never below `minFontPx` (the figure's smallest text: on a slide 3.3% of its height); a title still longer
 * than the plot then reaches into the bands above and below it, which are empty on the title's side.
 */
export function fitYTitle(
  title: string,
  fontPx: number,
  lengthPx: number,
  minFontPx = fontPx * 0.6,
): { lines: string[]; fontPx: number } {
  const shrunk = (widestPx: number) => Math.min(fontPx, Math.max(minFontPx, fontPx * (lengthPx / widestPx)));
  if (textWidthPx(title, fontPx) <= lengthPx) return { lines: [title], fontPx };
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return { lines: [title], fontPx: shrunk(textWidthPx(title, fontPx)) };
  const mid = title.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  const lines = [title.slice(0, at), title.slice(at + 1)];
  const widest = Math.max(...lines.map((l) => textWidthPx(l, fontPx)));
  return { lines, fontPx: widest <= lengthPx ? fontPx : shrunk(widest) };
}
