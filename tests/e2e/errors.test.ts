/**
 * Nothing blanks the page (issue 10, items 5 and 9) in a real Chromium: a lesson that passes the schema but
 * breaks a scene is refused with a message naming the scene; a render error shows the error boundary and
 * "Go back to the last good state" brings back the last scenario that rendered; a failed session save is
 * shown; a file with a BOM opens and a file that is not UTF-8 is refused with a message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FORCE_RENDER_ERROR_EVENT } from '../../renderer/src/errors/forceRenderError';
import { serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { useAppSession } from './support/session';
import { inMore } from './support/presentationMore';

const FIXTURES = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));
const doseBox = (page: Page) => page.getByRole('textbox', { name: /^Dose/ });
const fileInput = (page: Page) => page.getByTestId('scenario-file-input');

describe('nothing blanks the page (chromium)', () => {
  const session = useAppSession();

  it('refuses a lesson whose scene 1 has only K1, naming the scene, and keeps presenting', async () => {
    const page = await session.open();
    await page.setViewportSize({ width: 1280, height: 720 });
    const scenes = storyScenes();
    const broken = scenes[0]!;
    broken.scenario.regimens = broken.scenario.regimens.map((r) => ({ ...r, compound: 'k1' as const }));
    const dir = mkdtempSync(join(tmpdir(), 'k2-lesson-'));
    const path = join(dir, 'edited.k2lesson.json');
    writeFileSync(path, serializeLesson({ title: 'Edited', scenes }));

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      inMore(page.getByRole('button', { name: 'Open lesson…' })).then((b) => b.click()),
    ]);
    await chooser.setFiles(path);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Scene 1 \(one dose of MK-4 vs MK-7\) needs an MK-4 regimen; this lesson's scene has only K1\./,
    );
    await page.screenshot({ path: '.tmp/lesson-refused-1280x720.png' });
    // Still presenting the built-in story, not a white page.
    expect(await page.getByTestId('scene-counter').textContent()).toBe(`Scene 1 of ${storyScenes().length}`);
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('a render error shows the boundary; going back restores the last scenario that rendered', async () => {
    const page = await session.open();
    await page.setViewportSize({ width: 1280, height: 720 });
    await doseBox(page).fill('135');
    await doseBox(page).press('Enter');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(200);
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), FORCE_RENDER_ERROR_EVENT);
    const boundary = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await boundary.waitFor();
    await page.screenshot({ path: '.tmp/error-boundary-1280x720.png' });
    expect(await boundary.textContent()).toMatch(/Nothing is lost/);
    await boundary.getByRole('button', { name: 'Go back to the last good state' }).click();
    await doseBox(page).waitFor();
    expect(await doseBox(page).inputValue()).toBe('135');
    await session.app.context.close();
  });

  it('a failed session save is shown to the user', async () => {
    await session.open();
    const { context } = session.app;
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'k2-kinetics:session')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(session.harness.server.url);
    await doseBox(page).fill('140');
    await doseBox(page).press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be saved for recovery' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/quota has been exceeded.*Save it to a file/);
    await context.close();
  });

  it('a scenario with a UTF-8 BOM opens; one that is not UTF-8 is refused with a message', async () => {
    const page = await session.open();
    const valid = readFileSync(join(FIXTURES, 'valid.k2.json'));
    await fileInput(page).setInputFiles({
      name: 'bom.k2.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), valid]),
    });
    await page.getByRole('status').filter({ hasText: 'Opened “bom.k2.json”' }).waitFor();
    expect(await doseBox(page).inputValue()).toBe('180');

    // "µg" written in Latin-1 (0xB5): not UTF-8. file.text() would turn it into U+FFFD and open it.
    const latin1 = Buffer.from(valid.toString('utf8').replace('MK-7 twice daily', 'MK-7 90 µg'), 'latin1');
    await fileInput(page).setInputFiles({
      name: 'latin1.k2.json',
      mimeType: 'application/json',
      buffer: latin1,
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not a UTF-8 text file.*Your current scenario is unchanged/);
    await session.app.context.close();
  });
});
