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

/** The least text size in px on a screen `viewportHeightPx` high (whole px, rounded up). */
export function minTextPx(viewportHeightPx: number): number {
  return Math.ceil(viewportHeightPx * MIN_TEXT_SHARE);
}

/**
 * The chart kit's projector theme (`widthScale` 1 at 1920 px wide) with no text under minTextPx: ticks, axis
 * titles and annotation labels (which the kit draws at 24/28 of the legend's size, so the legend is 28/24 of
 * it). The projector profile draws lines and axes thicker.
 */
export function presentationTheme(
  widthScale: number,
  viewportHeightPx: number,
  profile: DisplayProfile,
): PlotTheme {
  const base = projectorTheme(widthScale);
  const least = minTextPx(viewportHeightPx);
  const lines = profile === 'projector' ? PROJECTOR_PROFILE_LINE_SCALE : 1;
  return {
    ...base,
    tickFontPx: Math.max(base.tickFontPx, least),
    axisTitleFontPx: Math.max(base.axisTitleFontPx, least),
    legendFontPx: Math.max(base.legendFontPx, Math.ceil((least * 28) / 24)),
    lineWidthPx: base.lineWidthPx * lines,
    axisWidthPx: base.axisWidthPx * lines,
  };
}

/** The window's inner height, followed as it resizes: the presentation overlay fills the window. */
export function useViewportHeight(): number {
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 768 : window.innerHeight));
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
