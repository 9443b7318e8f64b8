/**
 * Where the page's main-thread time goes in one of bench-browser's scenes, from a Chromium CPU profile (CDP
 * Profiler): self and total time per function, heaviest first. Build the web app unminified for readable names:
 *   npx vite build --config vite.web.config.ts --minify false --outDir dist-web-prof
 *   npx tsx scripts/profile-browser.ts <folder> step3|step6|cold|heavy [--top 40] [--save profile.cpuprofile]
 * --under <function> keeps the samples under that function. A saved profile opens in Chrome DevTools' Performance panel.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../tests/e2e/support/browser';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self and total ms per function (total counts a function once per sample however deep it recurses). */
export function summarize(profile: Profile, top: number, under?: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dtMs = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id: number | undefined = profile.samples[i]!;
    const leaf = byId.get(id)!;
    if (under !== undefined) {
      let up: number | undefined = id;
      while (up !== undefined && byId.get(up)!.callFrame.functionName !== under) up = parent.get(up);
      if (up === undefined) continue;
    }
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dtMs);
    const seen = new Set<string>();
    while (id !== undefined) {
      const k = key(byId.get(id)!);
      if (!seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dtMs);
      }
      id = parent.get(id);
    }
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `self:\n${rows(self)}\n\ntotal:\n${rows(total)}`;
}

async function steps(page: Page, n: number): Promise<void> {
  await page.evaluate(async (count) => {
    const slider = document.querySelector<HTMLInputElement>('input[type=range]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    for (let i = 0; i < count; i++) {
      await frame();
      await new Promise((done) => setTimeout(done, 30));
      const current = Number(slider.value);
      const step = Number(slider.step) || 1;
      const next = current + step <= Number(slider.max) ? current + step : current - step;
      setValue.call(slider, String(next));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
      await Promise.resolve();
      void document.body.getBoundingClientRect().height;
      await frame();
    }
  }, n);
}

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
        const scenario = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/heavy.k2.json'), 'utf8')) as {
          regimens: { compound: string }[];
          display: { visible: string[] };
        };
        scenario.regimens = scenario.regimens.filter((r) => r.compound === 'mk7');
        scenario.display.visible = ['mk7'];
        const path = join(mkdtempSync(join(tmpdir(), 'k2-prof-')), 'heavy-mk7.k2.json');
        writeFileSync(path, JSON.stringify(scenario));
        await page.getByTestId('scenario-file-input').setInputFiles(path);
        await page
          .locator('[role=img][aria-label^="Plasma concentration"][aria-label*="3,660 days"]')
          .first()
          .waitFor({ timeout: 120_000 });
        await page.waitForTimeout(2500);
      } else await steps(page, 10);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (save) writeFileSync(save, JSON.stringify(profile));
    console.log(summarize(profile, top, under));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
