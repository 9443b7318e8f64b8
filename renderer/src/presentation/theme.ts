import { useEffect, useState } from 'react';
import { PROJECTOR_PROFILE_LINE_SCALE } from '../theme/palette';
import type { DisplayProfile } from '../theme/profile';
import { projectorTheme, type PlotTheme } from '../plot/theme';

/**
 * The presentation's ground and text colours on the white projector screen. Axes, ticks, legend, curves and
 * their sizes come from the chart kit's projector theme, annotation colours from its ANNOTATION (plot/theme.ts).
 */
export const PROJECTOR = {
  background: '#ffffff',
  ink: '#111111',
  mutedInk: '#333333',
} as const;

/**
 * The least text height the back row reads, as a share of the screen's height: 18 pt on a 7.5-inch-high slide
 * (the size slide guides give), the same 3.3% the slide export keeps (plot/theme.ts). presentation.css holds the
 * HTML text to it too.
 */
export const MIN_TEXT_SHARE = 0.033;

/** The least text a phone's reader at arm's length reads comfortably (the platforms' body text is 14 to 17 px). */
export const MIN_HANDHELD_TEXT_PX = 14;

export interface ViewportPx {
  width: number;
  height: number;
}

/** The smallest box a presentation chart (the stage's, the fat inset's) is drawn in, however small its element. */
export const MIN_CHART_PX: ViewportPx = { width: 300, height: 200 };

/**
 * A screen taller than wide is held in the hand (a phone in student mode), not projected: read at 30 to 40 cm,
 * not from a back row.
 */
export function isHandheld(viewport: ViewportPx): boolean {
  return viewport.height > viewport.width;
}

/**
 * The least text size in px (whole px, rounded up): MIN_TEXT_SHARE of the screen's smaller side, never under
 * MIN_HANDHELD_TEXT_PX. On a landscape screen the smaller side is the height, so the back-row rule is unchanged;
 * on a portrait phone (390 x 844) it is the width the labels must fit across: 3.3% of 390 is 13 px, so 14 px,
 * 2.2 mm at 160 px per inch, which at 35 cm subtends about 21 arcminutes, near the 23 the back-row rule gives
 * (6.6 cm of a 2 m screen at 10 m). 3.3% of the height (28 px) made ticks and labels overlap on a 390 px chart.
 */
export function minTextPx(viewport: ViewportPx): number {
  return Math.max(
    MIN_HANDHELD_TEXT_PX,
    Math.ceil(Math.min(viewport.width, viewport.height) * MIN_TEXT_SHARE),
  );
}

/**
 * The chart kit's projector theme (`widthScale` 1 at 1920 px wide) with no text under minTextPx: ticks, axis
 * titles and annotation labels (which the kit draws at 24/28 of the legend's size, so the legend is 28/24 of
 * it). On a handheld screen the text is the least size itself: the kit's room-sized type (22 px ticks at least)
 * does not fit a phone's chart. The projector profile draws lines and axes thicker.
 */
export function presentationTheme(
  widthScale: number,
  viewport: ViewportPx,
  profile: DisplayProfile,
): PlotTheme {
  const base = projectorTheme(widthScale);
  const least = minTextPx(viewport);
  const text = (basePx: number, leastPx: number) =>
    isHandheld(viewport) ? leastPx : Math.max(basePx, leastPx);
  const lines = profile === 'projector' ? PROJECTOR_PROFILE_LINE_SCALE : 1;
  return {
    ...base,
    tickFontPx: text(base.tickFontPx, least),
    axisTitleFontPx: text(base.axisTitleFontPx, least),
    legendFontPx: text(base.legendFontPx, Math.ceil((least * 28) / 24)),
    lineWidthPx: base.lineWidthPx * lines,
    axisWidthPx: base.axisWidthPx * lines,
  };
}

const windowSize = (): ViewportPx =>
  typeof window === 'undefined'
    ? { width: 1024, height: 768 }
    : { width: window.innerWidth, height: window.innerHeight };

/** The window's inner size, followed as it resizes: the presentation overlay fills the window. */
export function useViewportSize(): ViewportPx {
  const [size, setSize] = useState(windowSize);
  useEffect(() => {
    const onResize = () =>
      setSize((s) => {
        const next = windowSize();
        return next.width === s.width && next.height === s.height ? s : next;
      });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
