/**
 * Issue 18 §3, automated checks: axe-core (through @axe-core/playwright) on every screen in a real Chromium:
 * the main window, the first screen's "Which form do you take?" question, the Doses panel, My measured levels,
 * the export panel, the chart table, presentation mode, and each dialog (the export preview, Share with the
 * class, the handout, the lesson editor, the large-session question); the same screens in a browser whose
 * system scheme is dark; the phone layout (390 × 844) with its folded panels open; and a lesson opened from a
 * class link (student mode) on a phone. No serious or critical violation may be left; each one found is printed
 * with its rule, so a failure says what to fix.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lessonLink } from '../../sim/share/lessonLink';
import { serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { newAppPage, type PageMedia } from './support/browser';
import { mk7PlasmaPath, useAppSession } from './support/session';
import { inMore } from './support/presentationMore';

const HEAVY = resolve(fileURLToPath(new URL('../fixtures/heavy.k2.json', import.meta.url)));
const SESSION_KEY = 'k2-kinetics:session';

/** Serious and critical violations on the page (or inside `include`), one line each. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const PHONE = { width: 390, height: 844 };
/** Presentation mode's dialogs: the button that opens each, and the dialog's element. */
const PRESENTATION_DIALOGS: [string, string][] = [
  ['Share with the class…', '[data-testid=share-lesson]'],
  ['Handout (PDF)…', '[data-testid=handout]'],
  ['Edit lesson…', '[data-testid=lesson-editor]'],
];

describe('axe-core on every screen (chromium)', () => {
  const session = useAppSession();

  /** A fresh app page in a context of its own (a dark system scheme, a phone), once the MK-7 curve is drawn. */
  async function openWith(viewport: { width: number; height: number }, media: PageMedia) {
    const app = await newAppPage(session.harness.browser, session.harness.server.url, viewport, 1, media);
    await mk7PlasmaPath(app.page).waitFor();
    return app;
  }

  /** Presentation mode and each of its dialogs: [what, violations] for every screen that has any. */
  async function presentationScreens(page: Page): Promise<[string, string[]][]> {
    const found: [string, string[]][] = [];
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByRole('dialog', { name: 'Presentation mode' }).waitFor();
    found.push(['presentation mode', await seriousViolations(page)]);
    for (const [button, selector] of PRESENTATION_DIALOGS) {
      await (await inMore(page.getByRole('button', { name: button }))).click();
      await page.locator(selector).last().waitFor();
      // Lazy parts (the QR code, the handout's pages) drawn before the check.
      await page.waitForTimeout(500);
      found.push([button, await seriousViolations(page)]);
      await page.keyboard.press('Escape');
      await page
        .locator(selector)
        .last()
        .waitFor({ state: 'detached', timeout: 5000 })
        .catch(() => undefined);
    }
    return found.filter(([, v]) => v.length > 0);
  }

  it(
    'main window, in light and dark, with the readout focused and the chart tables shown',
    { timeout: 240_000 },
    async () => {
      const page = await session.open();
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('slider', { name: /^Plasma concentration: level readout/ }).focus();
      await page.keyboard.press('ArrowRight');
      for (const title of ['Plasma concentration', 'Tissue exposure (illustrative model)']) {
        await page
          .getByRole('group', { name: `${title}: show as` })
          .getByRole('button', { name: 'Table' })
          .click();
      }
      await page.getByTestId('tissue-chart-table').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await session.app.context.close();
    },
  );

  it(
    'the Doses panel with a pattern chosen, and My measured levels with a level added',
    { timeout: 240_000 },
    async () => {
      const page = await session.open();
      const doses = page.getByRole('region', { name: 'Doses', exact: true });
      await doses.getByLabel('Pattern').first().selectOption('once');
      await doses.locator('tbody tr').first().waitFor();
      expect(await seriousViolations(page, '[role=region][aria-label="Doses"]')).toEqual([]);
      const measured = page.getByRole('region', { name: 'My measured levels', exact: true });
      await measured.getByRole('button', { name: 'Add measured level' }).click();
      expect(await seriousViolations(page, '[role=region][aria-label="My measured levels"]')).toEqual([]);
      // The same two panels in the dark scheme (its light-coloured boxes were the one finding: see the report).
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page, '[role=region][aria-label="Doses"]')).toEqual([]);
      expect(await seriousViolations(page, '[role=region][aria-label="My measured levels"]')).toEqual([]);
      await session.app.context.close();
    },
  );

  it('the export panel and the export preview dialog', { timeout: 180_000 }, async () => {
    const page = await session.open();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('group', { name: 'Export' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: 'Export' })
      .getByRole('button', { name: /^Preview/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator('img').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await session.app.context.close();
  });

  it('presentation mode, on its first scene and while stepping', { timeout: 180_000 }, async () => {
    const page = await session.open();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation mode' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await seriousViolations(page)).toEqual([]);
    await session.app.context.close();
  });

  it(
    "presentation mode's dialogs: Share with the class, the handout and the lesson editor",
    { timeout: 240_000 },
    async () => {
      const page = await session.open();
      expect(await presentationScreens(page)).toEqual([]);
      await session.app.context.close();
    },
  );

  it('the large-session question (an alert dialog) at start', { timeout: 180_000 }, async () => {
    const page = await session.open();
    const scenario = JSON.parse(await readFile(HEAVY, 'utf8')) as {
      regimens: { compound: string }[];
      display: Record<string, unknown>;
    };
    scenario.regimens = scenario.regimens.filter((r) => r.compound === 'mk7');
    scenario.display['visible'] = ['mk7'];
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [SESSION_KEY, JSON.stringify(scenario)],
    );
    await page.reload();
    await page.getByRole('alertdialog', { name: /Your last session is large/ }).waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await session.app.context.close();
  });
  it('the first screen\'s question "Which form do you take?"', { timeout: 180_000 }, async () => {
    const page = await session.open();
    await page.getByRole('button', { name: 'Enter my own schedule' }).click();
    await page.getByRole('group', { name: /^Which form do you take\?/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await session.app.context.close();
  });

  it(
    'a dark system scheme: the main window, the form question, the export panel, presentation mode and its dialogs',
    { timeout: 300_000 },
    async () => {
      const { page, context } = await openWith({ width: 1400, height: 900 }, { colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await seriousViolations(page), 'main window').toEqual([]);
      await page.getByRole('button', { name: 'Enter my own schedule' }).click();
      await page.getByRole('group', { name: /^Which form do you take\?/ }).waitFor();
      expect(await seriousViolations(page), 'form question').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('group', { name: 'Export' }).waitFor();
      expect(await seriousViolations(page), 'export panel').toEqual([]);
      expect(await presentationScreens(page)).toEqual([]);
      await context.close();
    },
  );

  it(
    'the phone layout (390 × 844) with its Controls and File and export panels open',
    { timeout: 180_000 },
    async () => {
      const { page, context } = await openWith(PHONE, { hasTouch: true, isMobile: true });
      expect(await seriousViolations(page), 'folded').toEqual([]);
      await page.getByRole('button', { name: 'Controls' }).click();
      await page.getByRole('slider', { name: /^Dose/ }).first().waitFor();
      await page.getByRole('button', { name: 'File and export' }).click();
      await page.getByRole('button', { name: 'Open scenario' }).waitFor();
      expect(await seriousViolations(page), 'open').toEqual([]);
      await context.close();
    },
  );

  it('a lesson opened from a class link, in student mode on a phone', { timeout: 180_000 }, async () => {
    const link = lessonLink(
      session.harness.server.url,
      serializeLesson({ title: 'Vitamin K kinetics', scenes: storyScenes().slice(0, 2) }),
    );
    if (!link.ok) throw new Error(link.error);
    const { page, context } = await newAppPage(session.harness.browser, link.url, PHONE, 1, {
      hasTouch: true,
      isMobile: true,
    });
    const presentation = page.getByRole('dialog', { name: 'Presentation mode' });
    await presentation.waitFor();
    expect(await presentation.getAttribute('data-student')).toBe('true');
    await page.getByTestId('scene-caption').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
