/**
 * Scenario files, unsaved changes and undo in a real Chromium: save downloads the scenario, opening it after
 * changing every control restores them and the chart exactly, bad files are refused with a visible alert and
 * leave the work untouched, an old v1 file is migrated and says so.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim';
import { mk7PlasmaPath, useAppSession } from './support/session';
import { captureDownload } from './support/files';

const FIXTURES = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));
const plasma = (page: Page) => page.getByRole('img', { name: /^Plasma concentration/ });
const doseBox = (page: Page) => page.getByRole('textbox', { name: /^Dose/ });
const fileInput = (page: Page) => page.getByTestId('scenario-file-input');

/** Everything a user sees of the scenario: every control and the plasma chart. */
async function snapshot(page: Page) {
  return {
    label: await plasma(page).getAttribute('aria-label'),
    path: await mk7PlasmaPath(page).getAttribute('d'),
    dose: await doseBox(page).inputValue(),
    interval: await page.getByRole('textbox', { name: /^Dosing interval/ }).inputValue(),
    duration: await page.getByRole('textbox', { name: /^Duration/ }).inputValue(),
    fat: await page.getByRole('textbox', { name: /^Meal fat/ }).inputValue(),
    mk4: await page.getByRole('checkbox', { name: 'MK-4' }).isChecked(),
    mk7: await page.getByRole('checkbox', { name: 'MK-7' }).isChecked(),
    k1: await page.getByRole('checkbox', { name: 'K1' }).isChecked(),
    compare: await page.getByRole('switch', { name: /Compare with and without fat/ }).isChecked(),
    log: await page.getByRole('radio', { name: 'Log' }).isChecked(),
    nmol: await page.getByRole('radio', { name: 'nmol/L' }).isChecked(),
  };
}

describe('scenario files, unsaved changes and undo (chromium)', () => {
  const session = useAppSession();
  const open = session.open;

  it('save then open restores every control and the chart exactly', async () => {
    const page = await open();
    // A scenario different from the default in every control.
    await page.getByRole('textbox', { name: /^Dose/ }).fill('180');
    await page.getByRole('textbox', { name: /^Dose/ }).press('Enter');
    await page.getByRole('textbox', { name: /^Dosing interval/ }).fill('12');
    await page.getByRole('textbox', { name: /^Dosing interval/ }).press('Enter');
    await page.getByRole('textbox', { name: /^Duration/ }).fill('21');
    await page.getByRole('textbox', { name: /^Duration/ }).press('Enter');
    await page.getByRole('textbox', { name: /^Meal fat/ }).fill('30');
    await page.getByRole('textbox', { name: /^Meal fat/ }).press('Enter');
    await page.getByRole('checkbox', { name: 'MK-4' }).uncheck();
    await page.getByRole('switch', { name: /Compare with and without fat/ }).check();
    await page.getByRole('radio', { name: 'Log' }).check();
    await page.getByRole('radio', { name: 'nmol/L' }).check();
    const saved = await snapshot(page);
    expect(await page.getByText('Unsaved changes').count()).toBe(1);

    const file = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Save scenario', exact: true }).click(),
    );
    // Unnamed, the file is named by what it holds (issue 19 §4), not by the default's old name.
    expect(file.name).toBe('mk-7-and-k1-180-ug-every-12-h-with-a-30-g-fat-meal.k2.json');
    const parsed = parseScenarioText(file.text);
    expect(parsed.ok && parsed.scenario.regimens[0]!.doseUg).toBe(180);
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await page.title()).toBe('mk-7-and-k1-180-ug-every-12-h-with-a-30-g-fat-meal — K2 Kinetics');

    // Change everything back, then open the saved file.
    await page.getByRole('textbox', { name: /^Dose/ }).fill('45');
    await page.getByRole('textbox', { name: /^Dose/ }).press('Enter');
    await page.getByRole('textbox', { name: /^Duration/ }).fill('60');
    await page.getByRole('textbox', { name: /^Duration/ }).press('Enter');
    await page.getByRole('checkbox', { name: 'MK-4' }).check();
    await page.getByRole('checkbox', { name: 'K1' }).uncheck();
    await page.getByRole('switch', { name: /Compare with and without fat/ }).uncheck();
    await page.getByRole('radio', { name: 'Linear' }).check();
    await page.getByRole('radio', { name: 'ng/mL' }).check();
    expect(await snapshot(page)).not.toEqual(saved);

    const path = join(tmpdir(), `k2-roundtrip-${process.pid}.k2.json`);
    await writeFile(path, file.bytes);
    await fileInput(page).setInputFiles(path);
    await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
    expect(await snapshot(page)).toEqual(saved);
    expect(await page.getByText('Saved', { exact: true }).count()).toBe(1);
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('Ctrl+S saves in the browser too, and Ctrl+O opens the file chooser', async () => {
    const page = await open();
    await doseBox(page).fill('100');
    await doseBox(page).press('Enter');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const file = await captureDownload(page, () => page.keyboard.press('Control+s'));
    expect(file.name).toMatch(/\.k2\.json$/);
    // Saved first: with unsaved changes Open asks before replacing them (a dialog the test would dismiss).
    await page.getByText('Saved', { exact: true }).waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles(join(FIXTURES, 'valid.k2.json'));
    await page.getByRole('status').filter({ hasText: 'Opened “valid.k2.json”' }).waitFor();
    expect(await doseBox(page).inputValue()).toBe('180');
    await session.app.context.close();
  });

  for (const [fixture, problem] of [
    ['malformed.k2.json', /Regimen 1 \(MK-4\): the dose must be a number, got "a lot"/],
    ['truncated.k2.json', /Not valid JSON/],
    ['future-version.k2.json', /version 99.*newer K2 Kinetics/],
    ['oversized', /too large/],
  ] as const) {
    it(`refuses ${fixture} with a visible alert naming the problem and keeps the chart`, async () => {
      const page = await open();
      await doseBox(page).fill('120');
      await doseBox(page).press('Enter');
      const before = await snapshot(page);
      const file =
        fixture === 'oversized'
          ? { name: 'huge.k2.json', mimeType: 'application/json', buffer: Buffer.alloc(2_100_000, ' ') }
          : join(FIXTURES, fixture);
      await fileInput(page).setInputFiles(file);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toMatch(problem);
      expect(text).toContain('Your current scenario is unchanged');
      expect(await snapshot(page)).toEqual(before);
      expect(await page.getByText('Unsaved changes').count()).toBe(1);
      await session.app.context.close();
    });
  }

  it('migrates a version 1 file and says so', async () => {
    const page = await open();
    await fileInput(page).setInputFiles(join(FIXTURES, 'v1.k2.json'));
    const status = page.getByRole('status').filter({ hasText: 'version 1' });
    await status.waitFor();
    expect(await status.textContent()).toContain('updated to the current version');
    expect(await doseBox(page).inputValue()).toBe('360');
    expect(await page.getByRole('checkbox', { name: 'MK-4' }).isChecked()).toBe(false);
    expect(await plasma(page).getAttribute('aria-label')).toMatch(/21 days/);
    await session.app.context.close();
  });

  it('tracks unsaved changes: title, indicator and a beforeunload prompt', async () => {
    const page = await open();
    const unloadBlocked = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await unloadBlocked()).toBe(false);
    // The window title is written once the first chart is painted.
    await expect
      .poll(() => page.title())
      .toBe('MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal — K2 Kinetics');
    await doseBox(page).fill('150');
    await doseBox(page).press('Enter');
    await page.getByText('Unsaved changes').waitFor();
    expect(await unloadBlocked()).toBe(true);
    // Undoing back to the saved state is clean again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await unloadBlocked()).toBe(false);
    await session.app.context.close();
  });

  it('undo and redo by button and keyboard; a slider drag is one undo step', async () => {
    const page = await open();
    const redo = page.getByRole('button', { name: 'Redo' });
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await doseBox(page).fill('200');
    await doseBox(page).press('Enter');
    await page.getByRole('checkbox', { name: 'K1' }).uncheck();
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.getByRole('checkbox', { name: 'K1' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await doseBox(page).inputValue()).toBe('90');
    await redo.click();
    expect(await doseBox(page).inputValue()).toBe('200');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    expect(await doseBox(page).inputValue()).toBe('90');
    await page.keyboard.press('Control+Shift+z');
    expect(await doseBox(page).inputValue()).toBe('200');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect(await doseBox(page).inputValue()).toBe('200');

    // Drag the dose slider through many values: one step back returns to where the drag started.
    const slider = page.getByRole('slider', { name: /^Dose/ });
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(box.x + box.width * (0.2 + i * 0.05), box.y + box.height / 2);
    await page.mouse.up();
    expect(Number(await doseBox(page).inputValue())).toBeGreaterThan(500);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await doseBox(page).inputValue()).toBe('200');
    await session.app.context.close();
  });
});
