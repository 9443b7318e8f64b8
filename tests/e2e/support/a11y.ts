/**
 * For the accessibility e2e tests (table view, readout, themes, axe): a scenario opened through the app's own
 * Open… input, and the one-dose curve written out by hand (the Bateman function), as independent truth.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultScenario, serializeScenario, type Scenario } from '../../../sim';

/** One-compartment parameters written here, not read from the presets: what the analytic curve uses. */
export const ONE_DOSE = { doseUg: 1000, kaPerH: 0.5, tHalfH: 20, volumeL: 10, lagH: 0, f: 0.5 } as const;

/** MK-7 alone, one dose of ONE_DOSE at 0 h with fixed F (no meal effect), 3 days at hourly steps. */
export function oneDoseScenario(): Scenario {
  const base = defaultScenario();
  const { doseUg, kaPerH, tHalfH, volumeL, lagH, f } = ONE_DOSE;
  return {
    ...base,
    name: 'One MK-7 dose',
    horizonDays: 3,
    stepMin: 60,
    regimens: [
      {
        ...base.regimens[1]!,
        doseUg,
        doseCount: 1,
        overrides: { kaPerH, tHalfH, volumeL, lagH, f },
      },
    ],
    display: { ...base.display, visible: ['mk7'], showTissue: false },
  };
}

/** C(t) = F·D/V · ka/(ka − ke) · (e^(−ke·t) − e^(−ka·t)), in ng/mL (µg/L), t in h after the dose. */
export function oneDoseLevel(timeH: number): number {
  const { doseUg, kaPerH: ka, tHalfH, volumeL, f } = ONE_DOSE;
  const ke = Math.LN2 / tHalfH;
  if (timeH <= 0) return 0;
  return ((f * doseUg) / volumeL) * (ka / (ka - ke)) * (Math.exp(-ke * timeH) - Math.exp(-ka * timeH));
}

/** The analytic peak: at ln(ka/ke)/(ka − ke) hours. */
export function oneDosePeak(): { timeH: number; level: number } {
  const ke = Math.LN2 / ONE_DOSE.tHalfH;
  const timeH = Math.log(ONE_DOSE.kaPerH / ke) / (ONE_DOSE.kaPerH - ke);
  return { timeH, level: oneDoseLevel(timeH) };
}

/** Opens `scenario` with the app's Open… file input and waits until it is drawn. */
export async function openScenario(page: Page, scenario: Scenario): Promise<void> {
  const path = join(tmpdir(), `k2-a11y-${process.pid}-${Date.now()}.k2.json`);
  await writeFile(path, serializeScenario(scenario));
  await page.getByTestId('scenario-file-input').setInputFiles(path);
  await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
}

/** A number as the app prints it ("1,036", "0.372", "5.9e-6"), back to a number. */
export function readNumber(text: string): number {
  return Number(text.replace(/,/g, '').trim());
}
