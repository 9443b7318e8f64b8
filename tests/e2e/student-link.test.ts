/**
 * "Share with the class" in Chromium: the teacher's dialog shows a QR code and a link for the current scene or the
 * whole lesson; the link, opened in a fresh page the size of a phone (390 × 844), starts the lesson in student mode
 * (no editing controls; a prediction scene starts hidden); a changed link is refused in words. The lesson travels
 * only in the fragment: the test server sees no request carrying it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSON_LINK_PREFIX, lessonLink } from '../../sim/share/lessonLink';
import { serializeLesson, type Lesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { STORY } from '../../renderer/src/presentation/story';
import { newAppPage, startBrowserHarness, type BrowserHarness } from './support/browser';
import { measureScene } from './support/presentationMeasure';
import { inMore } from './support/presentationMore';

const SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
const PHONE = { width: 390, height: 844 };
/** The least text a phone's reader at arm's length reads comfortably (theme.ts MIN_HANDHELD_TEXT_PX). */
const MIN_PHONE_TEXT_PX = 14;
const N = STORY.length;

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation mode' });

/** Opens a link in a fresh browser context (no session, no storage) at phone size, 3 device px per CSS px. */
async function openOnPhone(url: string) {
  const app = await newAppPage(harness.browser, url, PHONE, 3);
  return app;
}

async function expectStudentMode(page: Page, scenes: number): Promise<void> {
  await presentation(page).waitFor();
  expect(await presentation(page).getAttribute('data-student')).toBe('true');
  await page
    .getByTestId('scene-counter')
    .filter({ hasText: `Scene 1 of ${scenes}` })
    .waitFor();
  // No editing, no sharing or export on a student's screen; Exit stays.
  for (const name of [
    'Add current view as a scene',
    'Remove scene',
    'Save lesson…',
    'Open lesson…',
    'Built-in story',
    'Edit lesson…',
    'Share with the class…',
    'Slides (.pptx)',
  ]) {
    expect(await page.getByRole('button', { name }).isVisible(), `${name} is not offered`).toBe(false);
  }
  expect(await page.getByRole('button', { name: 'Exit (Esc)' }).count()).toBe(1);
  // The address no longer holds the lesson: a reload shows the app, not the link again.
  expect(new URL(page.url()).hash).toBe('');
}

describe('Share with the class (Chromium)', () => {
  let teacher: Page;
  let sceneUrl = '';
  let lessonUrl = '';

  beforeAll(async () => {
    ({ page: teacher } = await newAppPage(harness.browser, harness.server.url, { width: 1366, height: 768 }));
    await teacher.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
    await teacher.getByRole('button', { name: 'Presentation mode' }).click();
    await presentation(teacher).waitFor();
    await teacher.keyboard.press('PageDown');
    await teacher
      .getByTestId('scene-counter')
      .filter({ hasText: `Scene 2 of ${N}` })
      .waitFor();
  });

  it('shows a QR code and a link for the current scene, and for the whole lesson', async () => {
    await (await inMore(teacher.getByRole('button', { name: 'Share with the class…' }))).click();
    const dialog = teacher.getByRole('dialog', { name: 'Share with the class' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: /^This scene \(2: / }).isChecked()).toBe(true);
    await dialog.getByTestId('share-qr').waitFor();
    sceneUrl = await dialog.getByTestId('share-url').inputValue();
    expect(sceneUrl.startsWith(`${harness.server.url}${LESSON_LINK_PREFIX}`)).toBe(true);
    // The scene alone: the same link the lesson file's text makes for a lesson of that one scene.
    const scene2: Lesson = { title: 'Vitamin K kinetics', scenes: storyScenes().slice(1, 2) };
    expect(sceneUrl).toBe((lessonLink(harness.server.url, serializeLesson(scene2)) as { url: string }).url);
    // A QR code's side grows with its content: 17 + 4 × version modules (ISO/IEC 18004).
    const modules = Number(await dialog.getByTestId('share-qr').getAttribute('data-modules'));
    expect((modules - 17) % 4).toBe(0);
    await teacher.screenshot({ path: join(SCREENSHOTS, 'share-scene.png') });

    await dialog.getByRole('radio', { name: /^The whole lesson/ }).check();
    await expect.poll(() => dialog.getByTestId('share-url').inputValue()).not.toBe(sceneUrl);
    lessonUrl = await dialog.getByTestId('share-url').inputValue();
    await dialog.getByTestId('share-qr').waitFor();
    const lessonModules = Number(await dialog.getByTestId('share-qr').getAttribute('data-modules'));
    expect(lessonModules).toBeGreaterThan(modules);
    await teacher.screenshot({ path: join(SCREENSHOTS, 'share-lesson.png') });

    // Esc closes the dialog, not presentation mode.
    await teacher.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await presentation(teacher).waitFor();
  });

  it('a scene link opens on a phone in student mode, that one scene only', async () => {
    const { page, errors, context } = await openOnPhone(sceneUrl);
    await expectStudentMode(page, 1);
    expect(await page.locator('.pres-title').textContent()).toBe(STORY[1]!.title);
    await page.screenshot({ path: join(SCREENSHOTS, 'share-student-phone.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the whole-lesson link opens every scene in student mode, and a scene asking for a prediction starts hidden', async () => {
    const plain = await openOnPhone(lessonUrl);
    await expectStudentMode(plain.page, N);
    await plain.context.close();

    const scenes = storyScenes();
    scenes[0] = { ...scenes[0]!, predict: { hide: 'curve', allowReveal: true } };
    const predicting = lessonLink(harness.server.url, serializeLesson({ title: 'Predict first', scenes }));
    expect(predicting.ok).toBe(true);
    const { page, context } = await openOnPhone((predicting as { url: string }).url);
    await expectStudentMode(page, N);
    expect(await page.getByTestId('presentation-chart').getAttribute('data-predicting')).toBe('curve');
    await context.close();
  });

  it("on a phone (390 x 844, 3x) every scene's chart text fits: at least 14 px, no two text boxes overlap, no label crosses a curve, no sideways scroll", async () => {
    const { page, errors, context } = await openOnPhone(lessonUrl);
    await expectStudentMode(page, N);
    const small: string[] = [];
    const overlapping: string[] = [];
    const crossed: string[] = [];
    const wide: string[] = [];
    for (let scene = 1; scene <= N; scene++) {
      if (scene > 1) await page.getByRole('button', { name: /^Next/ }).click();
      await page
        .getByTestId('scene-counter')
        .filter({ hasText: `Scene ${scene} of ${N}` })
        .waitFor();
      await page.waitForTimeout(150);
      const m = await measureScene(page);
      expect(m.curves, `scene ${scene}: curves drawn`).toBeGreaterThan(0);
      expect(m.samples, `scene ${scene}: points sampled`).toBeGreaterThan(100);
      for (const t of m.texts)
        if (t.fontPx < MIN_PHONE_TEXT_PX) small.push(`scene ${scene}: "${t.text}" ${t.fontPx}px`);
      for (const o of m.overlaps) overlapping.push(`scene ${scene}: "${o.a}" / "${o.b}"`);
      for (const c of m.crossings)
        crossed.push(`scene ${scene}: "${c.label}" over ${c.curve} at ${c.x},${c.y}`);
      const scroll = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        overlay: document.querySelector('[data-testid=presentation]')!.scrollWidth,
      }));
      if (Math.max(scroll.doc, scroll.overlay) > PHONE.width)
        wide.push(`scene ${scene}: ${JSON.stringify(scroll)}`);
    }
    expect({ small, overlapping, crossed, wide }).toEqual({
      small: [],
      overlapping: [],
      crossed: [],
      wide: [],
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('a changed link is refused in words and opens nothing', async () => {
    const hash = new URL(lessonUrl).hash;
    const middle = Math.floor(hash.length / 2);
    const tampered = `${harness.server.url}${hash.slice(0, middle)}${hash[middle] === 'x' ? 'y' : 'x'}${hash.slice(middle + 1)}`;
    const { page, context } = await openOnPhone(tampered);
    const refused = page.getByTestId('lesson-link-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'Could not open the lesson in this link: The link is damaged: it was changed or cut short, so its lesson cannot be trusted.',
    );
    expect(await presentation(page).count()).toBe(0);
    await context.close();
  });
});
