/**
 * Below 1500 px the presentation bar keeps its view toggles and the lesson's buttons behind one "More…" button
 * (PresentationMode.tsx), so every control stays on screen. Tests that use those controls open it first.
 */
import type { Locator, Page } from 'playwright-core';

/** Opens the More… panel where the bar has one and it is shut (wide windows show the controls in the bar). */
export async function openMore(page: Page): Promise<void> {
  // Presentation mode loads lazily: its bar first, then whether it has the button.
  await page.locator('[data-testid=presentation] .pres-controls').waitFor();
  const more = page.locator('[data-testid=presentation] .pres-more-button');
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** The locator, after opening the More… panel of its page's presentation bar. */
export async function inMore(locator: Locator): Promise<Locator> {
  await openMore(locator.page());
  return locator;
}
