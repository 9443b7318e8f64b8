/**
 * How a presentation caption fits its box (at most five lines, the rest scrolled: presentation.css), measured the
 * same way by the projector and the language tests.
 */
import type { Locator } from 'playwright-core';

/** The lines the caption's text takes, and a sentence when it holds more than its box shows (it scrolls). */
export async function captionFit(
  caption: Locator,
  scene: number,
): Promise<{ lines: number; overflow: string | null }> {
  const m = await caption.evaluate((e) => ({
    scrollH: e.scrollHeight,
    clientH: e.clientHeight,
    lineH: parseFloat(getComputedStyle(e).lineHeight),
  }));
  return {
    lines: Math.round(m.scrollH / m.lineH),
    overflow: m.scrollH > m.clientH + 1 ? `scene ${scene}: ${m.scrollH}px of text in ${m.clientH}px` : null,
  };
}
