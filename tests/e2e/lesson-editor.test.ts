/**
 * Lessons written in the app (issue 17 §4), in Chromium: a lesson renamed, its scenes reordered by keyboard
 * and by drag, a caption changed (with a live number and an unknown placeholder), a scene made a prediction,
 * one duplicated and one deleted, survives a reload (the autosave) and a save and reopen (the lesson file).
 * A version 1 lesson file opens with its braces kept literal.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTarget, type AppSession } from './support/appTargets';
import { STORY } from '../../renderer/src/presentation/story';
import { LESSON_SAVE_DELAY_MS, LESSON_STORAGE_KEY } from '../../renderer/src/presentation/useLesson';
import { inMore } from './support/presentationMore';

const target = chromiumTarget();
const SHOTS = resolve(fileURLToPath(new URL('../../docs/screenshots', import.meta.url)));
const N = STORY.length;

const overlay = (page: Page) => page.getByRole('dialog', { name: 'Presentation mode' });
const editor = (page: Page) => page.getByTestId('lesson-editor');
const sceneTitles = (page: Page) =>
  editor(page)
    .locator('.lesson-scene-title')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

async function present(page: Page): Promise<void> {
  await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await overlay(page).waitFor();
}

async function openEditor(page: Page): Promise<void> {
  await (await inMore(page.getByRole('button', { name: 'Edit lesson…' }))).click();
  await editor(page).waitFor();
}

describe('Lesson editor (chromium)', () => {
  let app: AppSession;
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());

  it('a lesson renamed, reordered, re-captioned and made to predict survives a reload and a save and reopen', async () => {
    app = await target.open({ width: 1280, height: 720 });
    const page = app.page;
    await present(page);
    await openEditor(page);
    const story = STORY.map((s) => s.title);
    expect(await sceneTitles(page)).toEqual(story);

    await editor(page).getByRole('textbox', { name: 'Lesson title' }).fill('Kinetics for class 9B');
    await page.getByRole('textbox', { name: 'Scene 1 title' }).fill('One dose: MK-4 and MK-7');

    // Keyboard: Alt+↑ on scene 3 makes it scene 2, and the focus moves with it.
    await page.getByRole('button', { name: /^Scene 3: drag/ }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    const afterKeys = ['One dose: MK-4 and MK-7', story[2]!, story[1]!, ...story.slice(3)];
    expect(await sceneTitles(page)).toEqual(afterKeys);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Scene 2: drag/,
    );
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await sceneTitles(page)).toEqual(afterKeys);

    // Drag: the last scene onto the first.
    const rows = editor(page).locator('li.lesson-scene');
    await rows.nth(N - 1).dragTo(rows.nth(0));
    const afterDrag = [story[N - 1]!, ...afterKeys.slice(0, N - 1)];
    expect(await sceneTitles(page)).toEqual(afterDrag);

    // Buttons: duplicate scene 2, delete the copy's neighbour (scene 4), move scene 1 down.
    await rows.nth(1).getByRole('button', { name: 'Duplicate' }).click();
    expect(await sceneTitles(page)).toEqual([
      afterDrag[0]!,
      afterDrag[1]!,
      `${afterDrag[1]!} (copy)`,
      ...afterDrag.slice(2),
    ]);
    await rows.nth(3).getByRole('button', { name: 'Delete' }).click();
    const edited = [afterDrag[0]!, afterDrag[1]!, `${afterDrag[1]!} (copy)`, ...afterDrag.slice(3)];
    expect(await sceneTitles(page)).toEqual(edited);
    expect(edited).toHaveLength(N);

    // Scene 2 (one dose): a caption with a live number and a typo, then a prediction of the whole curve.
    await page.getByRole('button', { name: /^Scene 2: drag/ }).click();
    const captionBox = page.getByRole('textbox', { name: 'Scene 2 caption' });
    await captionBox.fill('MK-7 peaks at {peak} after {peakTime}; see {peek}.');
    const preview = page.getByTestId('caption-preview');
    expect(await preview.textContent()).toMatch(
      /^On screen: MK-7 peaks at [\d.]+ ng\/mL after 5 h; see \{peek\?\}\.$/,
    );
    expect(await preview.locator('mark.lesson-unknown').textContent()).toBe('{peek?}');
    await page.getByRole('checkbox', { name: 'The class predicts this scene first' }).check();
    await page.getByRole('combobox', { name: /Hidden while predicting/ }).selectOption('curve');
    expect(await rows.nth(1).locator('.lesson-badge').textContent()).toBe('predicts');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(SHOTS, 'lesson-editor.png') });

    // Done: the scene shows, predicting; Page Down reveals, and the caption has its number filled in.
    await page.getByRole('button', { name: /^Done: show scene 2/ }).click();
    expect(await page.getByTestId('scene-counter').textContent()).toBe(`Scene 2 of ${N}`);
    expect(await page.locator('.pres-title').textContent()).toBe('One dose: MK-4 and MK-7');
    expect(await page.getByTestId('scene-caption').textContent()).toMatch(/^Predict:/);
    await page.keyboard.press('PageDown');
    const shown = (await page.getByTestId('scene-caption').textContent()) ?? '';
    expect(shown).toMatch(/^MK-7 peaks at [\d.]+ ng\/mL after 5 h; see \{peek\?\}\.$/);

    // Reload: the autosaved lesson comes back.
    await page.waitForTimeout(LESSON_SAVE_DELAY_MS + 300);
    await page.reload();
    await present(page);
    await openEditor(page);
    expect(await editor(page).getByRole('textbox', { name: 'Lesson title' }).inputValue()).toBe(
      'Kinetics for class 9B',
    );
    expect(await sceneTitles(page)).toEqual(edited);
    await page.getByRole('button', { name: /^Scene 2: drag/ }).click();
    expect(await page.getByRole('textbox', { name: 'Scene 2 caption' }).inputValue()).toBe(
      'MK-7 peaks at {peak} after {peakTime}; see {peek}.',
    );
    expect(
      await page.getByRole('checkbox', { name: 'The class predicts this scene first' }).isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: /^Done/ }).click();

    // Save, go back to the built-in story, and reopen the file.
    const dir = mkdtempSync(join(tmpdir(), 'k2-lesson-editor-'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      inMore(page.getByRole('button', { name: 'Save lesson…' })).then((b) => b.click()),
    ]);
    expect(download.suggestedFilename()).toBe('kinetics-for-class-9b.k2lesson.json');
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const doc = JSON.parse(readFileSync(saved, 'utf8')) as {
      version: number;
      title: string;
      scenes: { title: string; caption?: string; predict?: unknown }[];
    };
    expect(doc.version).toBe(2);
    expect(doc.title).toBe('Kinetics for class 9B');
    expect(doc.scenes.map((s) => s.title)).toEqual(edited);
    expect(doc.scenes[1]).toMatchObject({
      caption: 'MK-7 peaks at {peak} after {peakTime}; see {peek}.',
      predict: { hide: 'curve', allowReveal: true },
    });

    await (await inMore(page.getByRole('button', { name: 'Built-in story' }))).click();
    await openEditor(page);
    expect(await sceneTitles(page)).toEqual(story);
    await page.getByRole('button', { name: /^Done/ }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      inMore(page.getByRole('button', { name: 'Open lesson…' })).then((b) => b.click()),
    ]);
    await chooser.setFiles(saved);
    await page.getByText(`Opened "Kinetics for class 9B" (${N} scenes).`).waitFor();
    await openEditor(page);
    expect(await sceneTitles(page)).toEqual(edited);
    expect(await editor(page).locator('li.lesson-scene').nth(1).locator('.lesson-badge').count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('opens a version 1 lesson file: its braces stay as written, and Escape closes the editor only', async () => {
    app = await target.open({ width: 1280, height: 720 });
    const page = app.page;
    await present(page);
    const dir = mkdtempSync(join(tmpdir(), 'k2-lesson-v1-'));
    const v1 = join(dir, 'old.k2lesson.json');
    writeFileSync(
      v1,
      JSON.stringify({
        format: 'k2-kinetics-lesson',
        version: 1,
        title: 'Old lesson',
        scenes: [
          {
            title: 'Sets',
            caption: 'A set {a, b} and {peak} as typed',
            story: 'single-dose',
            scenario: STORY[0]!.scenario,
          },
        ],
      }),
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      inMore(page.getByRole('button', { name: 'Open lesson…' })).then((b) => b.click()),
    ]);
    await chooser.setFiles(v1);
    await page.getByText('Opened "Old lesson" (1 scene).').waitFor();
    expect(await page.getByTestId('scene-caption').textContent()).toBe('A set {a, b} and {peak} as typed');
    await openEditor(page);
    await page.keyboard.press('Escape');
    await editor(page).waitFor({ state: 'detached' });
    expect(await overlay(page).count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a stored lesson that cannot be read is said, and the built-in story is shown', async () => {
    app = await target.open({ width: 1280, height: 720 });
    const page = app.page;
    await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"format": "k2-kinetics-lesson", "version": 2'),
      LESSON_STORAGE_KEY,
    );
    await page.reload();
    await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
    expect(await page.locator('.header-status[role=alert]').textContent()).toMatch(
      /^The lesson in progress could not be restored \(.*JSON.*\); the built-in story is shown\.$/,
    );
    await present(page);
    expect(await page.getByTestId('scene-counter').textContent()).toBe(`Scene 1 of ${N}`);
    expect(await page.locator('.pres-title').textContent()).toBe(STORY[0]!.title);
    await app.close();
  });
});
