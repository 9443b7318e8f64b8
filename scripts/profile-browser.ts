/**
 * Where the page's main-thread time goes in one of bench-browser's scenes, from a Chromium CPU profile (CDP
 * Profiler): self and total time per function, heaviest first. Build the web app unminified for readable names:
 *   npx vite build --config vite.web.config.ts --minify false --outDir dist-web-prof
 *   npx tsx scripts/profile-browser.ts <folder> step3|step6|cold|heavy [--top 40] [--save profile.cpuprofile]
 * --under <function> keeps the samples under that function. A saved profile opens in Chrome DevTools' Performance panel.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '../tests/e2e/support/browser';
import { summarizeProfile, type Profile } from './support/cpuProfile';
import { heavyMk7File, stepSlider } from './bench-browser';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

async function main() {
  const [folder, scene, ...rest] = process.argv.slice(2);
  if (!folder || !scene) throw new Error('usage: profile-browser.ts <folder> step3|step6|cold|heavy');
  const top = rest.includes('--top') ? Number(rest[rest.indexOf('--top') + 1]) : 40;
  const save = rest.includes('--save') ? rest[rest.indexOf('--save') + 1] : undefined;
  // Only the samples under this function (e.g. dispatchDiscreteEvent: a slider step's own task).
  const under = rest.includes('--under') ? rest[rest.indexOf('--under') + 1] : undefined;
  const server = await serveStatic(resolve(ROOT, folder));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const curve = page.locator('[data-testid=plasma-chart] .curve-mk7 path.recharts-curve');
    if (scene === 'cold') {
      await cdp.send('Profiler.start');
      await page.goto(server.url);
      await curve.waitFor({ timeout: 60_000 });
    } else {
      await page.goto(server.url);
      await curve.waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1500);
      if (scene === 'step6') {
        await page
          .getByRole('switch', { name: /with and without fat/i })
          .first()
          .check();
        await page.waitForTimeout(1500);
      }
      await cdp.send('Profiler.start');
      if (scene === 'heavy') {
        const path = heavyMk7File();
        await page.getByTestId('scenario-file-input').setInputFiles(path);
        await page
          .locator('[role=img][aria-label^="Plasma concentration"][aria-label*="3,660 days"]')
          .first()
          .waitFor({ timeout: 120_000 });
        await page.waitForTimeout(2500);
      } else await stepSlider(page, 10);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (save) writeFileSync(save, JSON.stringify(profile));
    console.log(summarizeProfile(profile, { top, under }));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
