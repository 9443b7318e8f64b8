import { Fragment, type ReactNode } from 'react';
import type { Box, PanelLayout } from '../layout';
import type { PanelModel } from '../model';
import { axisScale } from '../scales';
import type { PlotTheme } from '../theme';
import { placeLabels, type LabelRequest, type PathToAvoid } from './placeLabels';

/**
 * A chart is a list of marks, as in Observable Plot: each mark is a small function of the scales, the plot box
 * and the theme that returns its drawing and its label boxes. The chart composes them in drawing order and
 * runs one label placement over all of them.
 */

/** What every mark is drawn with: the panel's scales (days → px, value → px), its plot box and the theme. */
export interface MarkContext {
  x: (tDays: number) => number;
  y: (value: number) => number;
  plot: Box;
  theme: PlotTheme;
}

export interface Mark {
  key: string;
  /** Labels the mark puts where it wants them: labels placed by the pass keep off them. */
  fixed?: readonly Box[];
  /** Labels the placement pass puts near an anchor (an observation's marker), by key. */
  requests?: readonly LabelRequest[];
  /** Curves as drawn: placed labels keep off them. */
  avoid?: readonly PathToAvoid[];
  /** The drawing, given the boxes the pass chose for this mark's requests. */
  render: (placed: ReadonlyMap<string, Box>) => ReactNode;
}

/** A mark, or nothing where the scene has none (`cond && mark(...)`). */
export type MaybeMark = Mark | null | false | undefined;

/** A panel's scales and plot box from its model and layout. */
export function scalesOf(model: PanelModel, layout: PanelLayout) {
  const { plot } = layout;
  return {
    x: axisScale(layout.xAxis, plot.x, plot.x + plot.width),
    y: axisScale(model.yAxis, plot.y + plot.height, plot.y),
    plot,
  };
}

/** A mark with no labels: a drawing that only sits in the drawing order. */
export function drawingMark(key: string, node: ReactNode): Mark {
  return { key, render: () => node };
}

/** One placement pass of every requested label of the marks against every fixed one and every curve. */
export function placeMarkLabels(marks: readonly MaybeMark[], bounds: Box): Map<string, Box> {
  const present = marks.filter((m): m is Mark => !!m);
  return placeLabels(
    present.flatMap((m) => m.requests ?? []),
    bounds,
    present.flatMap((m) => m.fixed ?? []),
    undefined,
    present.flatMap((m) => m.avoid ?? []),
  );
}

/** Draws the marks in order, after one placement pass of every requested label against every fixed one and every curve. */
export function composeMarks(marks: readonly MaybeMark[], bounds: Box): ReactNode {
  const placed = placeMarkLabels(marks, bounds);
  return marks.filter((m): m is Mark => !!m).map((m) => <Fragment key={m.key}>{m.render(placed)}</Fragment>);
}

/** The chart kit's panel components take the panel's model, its layout and the theme. */
export interface PlotProps {
  model: PanelModel;
  layout: PanelLayout;
  theme: PlotTheme;
}

/** The mark context of a panel: its scales and plot box, and the theme. */
export function markContext(model: PanelModel, layout: PanelLayout, theme: PlotTheme): MarkContext {
  return { ...scalesOf(model, layout), theme };
}
