/**
 * Issue 16's interaction measurements in a real Chromium (Debian's, headless, no GPU), for one or more web
 * builds in one run on the same machine, so "before" and "after" are compared under the same load:
 *   slider step   the Dose slider moved one step with 3 curves (the default scenario) and with 6 (the fat
 *                 comparison on): the JavaScript and layout work of the step (from the input event until
 *                 React has rendered and the page's layout is done), and the time until the next frame is
 *                 painted; targets: median work at most 8 ms (3 curves) and 12 ms (6 curves);
 *   heavy open    the longest main-thread block while the 10-year hourly file (tests/fixtures/heavy.k2.json,
 *                 MK-7 only: 87,840 doses) opens and its chart is drawn; target under 50 ms;
 *   cold start    navigation start to the first plasma chart's MK-7 curve in the page (three starts a run, the
 *                 builds in a shuffled order after the first); target under 400 ms;
 *   cpu           beside the wall-clock times, the page's main-thread CPU time (Chromium's TaskDuration in thread
 *                 ticks): per slider step everything the step caused, and for the cold start until the first chart;
 *                 a busy machine inflates it far less than wall-clock times;
 *   bundle        the entry script's size with the chunks it imports statically (what the first chart waits
 *                 for), raw and gzip.
 * Medians of several runs, the builds' runs interleaved; the machine's load average is printed with them (a
 * shared machine inflates every time). Usage:
 *   npx tsx scripts/bench-browser.ts [--runs 7] [--before <commit>] [label=folder ...]
 * --before builds that commit in a temporary git worktree (node_modules linked) into its own folder, measures
 * it first, and removes the worktree; each label=folder is a built web folder (default after=dist-web).
 * npm run bench runs it with --before when K2_BENCH_BEFORE names a commit.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../tests/e2e/support/browser';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface BrowserBench {
  label: string;
  /** Per step, ms. */
  step3: { workMs: number[]; frameMs: number[]; cpuMs: number[] };
  step6: { workMs: number[]; frameMs: number[]; cpuMs: number[] };
  /** Longest long task per open of the heavy file, ms (0: none over 50 ms). */
  heavyOpenMs: number[];
  coldStartMs: number[];
  /** Main-thread CPU time (thread ticks) from navigation until the first chart is on the page, ms. */
  coldCpuMs: number[];
  bundle: { file: string; bytes: number; gzipBytes: number };
  load: number[];
}

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * What the first chart waits for: the entry script index.html loads (type=module) and the chunks it imports
 * statically (index.html preloads them), with their size raw and gzipped. The entry script alone would hide
 * code a build moved into shared chunks.
 */
function entryBundle(dist: string): BrowserBench['bundle'] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${dist}/index.html has no module script`);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.?\/?([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const files = [src, ...preloads].map((f) => readFileSync(join(dist, f)));
  return {
    file: src,
    bytes: files.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: files.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

declare global {
  interface Window {
    __bench?: { blocks: number[]; firstCurveMs: number | null };
  }
}

/** Before the app's scripts: long tasks, and the time the first MK-7 plasma curve appears. */
function installProbes() {
  window.__bench = { blocks: [], firstCurveMs: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench!.blocks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => document.querySelector('[data-testid=plasma-chart] .curve-mk7 path.recharts-curve');
  const observer = new MutationObserver(() => {
    if (window.__bench!.firstCurveMs === null && seen()) {
      // The curve is in the DOM; the chart is on screen at the next frame.
      window.__bench!.firstCurveMs = -1;
      requestAnimationFrame(() => {
        window.__bench!.firstCurveMs = performance.now();
      });
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const curve = (page: Page) => page.locator('[data-testid=plasma-chart] .curve-mk7 path.recharts-curve');

/**
 * The page's main-thread CPU time so far (ms): Chromium's TaskDuration in thread ticks, which a busy machine does
 * not inflate as it does wall-clock times (a task preempted by other processes is not charged for the wait).
 */
type CpuClock = () => Promise<number>;

async function newPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; cpuMs: CpuClock; firstCurveCpuMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  // tsx names inner functions with an __name helper the page does not have: give it one.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpuMs: CpuClock = async () =>
    1000 *
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
  await page.goto(url);
  await curve(page).waitFor({ timeout: 60_000 });
  const firstCurveCpuMs = await cpuMs();
  return { page, cpuMs, firstCurveCpuMs, close: () => context.close() };
}

/**
 * Moves the page's first slider `steps` steps (the value set, then an input event), one a frame: the JavaScript
 * and layout work of each step (until React has rendered and the layout is forced) and the time to the next frame.
 */
export async function stepSlider(
  page: Page,
  steps: number,
): Promise<{ workMs: number[]; frameMs: number[] }> {
  return page.evaluate(async (n) => {
    const slider = document.querySelector<HTMLInputElement>('input[type=range]');
    if (!slider) throw new Error('no slider');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const workMs: number[] = [];
    const frameMs: number[] = [];
    const min = Number(slider.min);
    const max = Number(slider.max);
    const step = Number(slider.step) || 1;
    for (let i = 0; i < n; i++) {
      await frame();
      await new Promise((done) => setTimeout(done, 30));
      const current = Number(slider.value);
      const next = current + step <= max ? current + step : Math.max(min, current - step);
      const t0 = performance.now();
      setValue.call(slider, String(next));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      // React renders discrete input at the end of the task's microtasks; then the layout is forced.
      await Promise.resolve();
      await Promise.resolve();
      void document.body.getBoundingClientRect().height;
      workMs.push(performance.now() - t0);
      await frame();
      frameMs.push(performance.now() - t0);
    }
    return { workMs, frameMs };
  }, steps);
}

/** stepSlider on the Dose slider once the workers' first answers are in, with the main thread's CPU per step. */
async function sliderSteps(
  page: Page,
  steps: number,
  cpuMs: CpuClock,
): Promise<{ workMs: number[]; frameMs: number[]; cpuMs: number }> {
  // Let the workers' first answers (metrics, answers) arrive and render first.
  await page.waitForTimeout(1500);
  const cpuBefore = await cpuMs();
  const timed = await stepSlider(page, steps);
  // Everything the page's main thread did per step: the step's task, what followed it (deferred renders,
  // effects, workers' answers) and painting.
  return { ...timed, cpuMs: ((await cpuMs()) - cpuBefore) / steps };
}

async function heavyOpen(page: Page, file: string): Promise<number> {
  const before = await page.evaluate(() => window.__bench!.blocks.length);
  await page.getByTestId('scenario-file-input').setInputFiles(file);
  await page
    .locator('[role=img][aria-label^="Plasma concentration"][aria-label*="3,660 days"]')
    .first()
    .waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2500);
  return page.evaluate((from) => Math.max(0, ...window.__bench!.blocks.slice(from)), before);
}

/** The items in a random order (Fisher-Yates). */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An empty row of measurements for one build. */
function emptyBench(label: string, dist: string): BrowserBench {
  return {
    label,
    step3: { workMs: [], frameMs: [], cpuMs: [] },
    step6: { workMs: [], frameMs: [], cpuMs: [] },
    heavyOpenMs: [],
    coldStartMs: [],
    coldCpuMs: [],
    bundle: entryBundle(dist),
    load: [],
  };
}

/**
 * A cold start: a fresh context (no cache, no session), navigation start to the first chart painted, added to
 * `out`; the page stays open for the caller.
 */
async function coldStart(browser: Browser, url: string, out: BrowserBench): ReturnType<typeof newPage> {
  const cold = await newPage(browser, url);
  await cold.page.waitForFunction(() => (window.__bench?.firstCurveMs ?? -1) > 0);
  out.coldStartMs.push(await cold.page.evaluate(() => window.__bench!.firstCurveMs!));
  out.coldCpuMs.push(cold.firstCurveCpuMs);
  return cold;
}

/** Cold starts for each extra round beyond the full runs: one start costs a second, and its spread is wide. */
const EXTRA_COLD_STARTS_PER_RUN = 2;

/** Run `r` of one build (served at `url`), added to `out`. */
async function benchRun(
  browser: Browser,
  url: string,
  out: BrowserBench,
  r: number,
  runs: number,
  heavyFile: string,
): Promise<void> {
  out.load.push(loadavg()[0]!);
  const cold = await coldStart(browser, url, out);
  const s3 = await sliderSteps(cold.page, 8, cold.cpuMs);
  out.step3.workMs.push(...s3.workMs);
  out.step3.frameMs.push(...s3.frameMs);
  out.step3.cpuMs.push(s3.cpuMs);
  await cold.page
    .getByRole('switch', { name: /with and without fat/i })
    .first()
    .check();
  const s6 = await sliderSteps(cold.page, 8, cold.cpuMs);
  out.step6.workMs.push(...s6.workMs);
  out.step6.frameMs.push(...s6.frameMs);
  out.step6.cpuMs.push(s6.cpuMs);
  await cold.close();
  if (r < Math.max(1, Math.ceil(runs / 2))) {
    const heavy = await newPage(browser, url);
    out.heavyOpenMs.push(await heavyOpen(heavy.page, heavyFile));
    await heavy.close();
  }
}

/**
 * The measurements of several builds, their runs interleaved (run 1 of each build, then run 2 of each...), so a
 * load that rises or falls on a shared machine weighs on every build alike.
 */
export async function benchBuilds(
  browser: Browser,
  builds: readonly { label: string; dist: string }[],
  runs: number,
  heavyFile: string,
): Promise<BrowserBench[]> {
  const servers = await Promise.all(builds.map((b) => serveStatic(b.dist)));
  const rows = builds.map((b) => emptyBench(b.label, b.dist));
  try {
    for (let r = 0; r < runs; r++)
      for (let i = 0; i < builds.length; i++)
        await benchRun(browser, servers[i]!.url, rows[i]!, r, runs, heavyFile);
    // More cold starts, the builds' order shuffled each round: a start's time varies by a quarter from one to
    // the next, and the first page after another build's slider runs may start slower.
    for (let r = 0; r < runs * EXTRA_COLD_STARTS_PER_RUN; r++)
      for (const i of shuffled(builds.map((_, i) => i)))
        await (await coldStart(browser, servers[i]!.url, rows[i]!)).close();
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  return rows;
}

export function formatBrowserBench(rows: readonly BrowserBench[]): string {
  const ms = (xs: readonly number[]) => `${median(xs).toFixed(1).padStart(6)}`;
  const lines = [
    'In Chromium (headless, no GPU), medians; targets: step work <= 8 ms (3 curves) / 12 ms (6), heavy open < 50 ms, cold start < 400 ms',
    'cpu: main-thread CPU time (thread ticks, not inflated by a busy machine): per step, everything the step caused; cold, until the first chart',
    `${'build'.padEnd(10)} | step 3 curves: work  frame    cpu | step 6 curves: work  frame    cpu | heavy open longest | cold start    cpu | entry bundle (gzip)         | load avg`,
  ];
  for (const r of rows) {
    lines.push(
      `${r.label.padEnd(10)} | ${' '.repeat(14)}${ms(r.step3.workMs)} ${ms(r.step3.frameMs)} ${ms(r.step3.cpuMs)} | ${' '.repeat(14)}${ms(r.step6.workMs)} ${ms(r.step6.frameMs)} ${ms(r.step6.cpuMs)} | ${ms(r.heavyOpenMs).padStart(18)} | ${ms(r.coldStartMs).padStart(10)} ${ms(r.coldCpuMs)} | ${(r.bundle.bytes / 1000).toFixed(0).padStart(4)} kB (${(r.bundle.gzipBytes / 1000).toFixed(0)} kB) ${r.bundle.file.padEnd(12).slice(0, 12)} | ${median(r.load).toFixed(1)}`,
    );
    lines.push(
      `${''.padEnd(10)}   (${r.step3.workMs.length} and ${r.step6.workMs.length} steps; heavy opens ${r.heavyOpenMs.map((x) => x.toFixed(0)).join(', ')} ms; cold starts ${r.coldStartMs.map((x) => x.toFixed(0)).join(', ')} ms, cpu ${r.coldCpuMs.map((x) => x.toFixed(0)).join(', ')} ms)`,
    );
  }
  return lines.join('\n');
}

/** Builds `commit` in a temporary worktree into a folder of its own; returns the folder. */
export function buildCommit(commit: string): string {
  const tree = mkdtempSync(join(tmpdir(), 'k2-bench-before-'));
  const dist = `${tree}-dist`;
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'vite.web.config.ts', '--outDir', dist, '--emptyOutDir'],
      {
        cwd: tree,
        stdio: 'ignore',
      },
    );
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  }
  return dist;
}

/** The heavy fixture with MK-7 only (87,840 hourly doses over 3,660 days, within the caps), as a file. */
export function heavyMk7File(): string {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/heavy.k2.json'), 'utf8')) as {
    regimens: { compound: string }[];
    display: { visible: string[] };
  };
  scenario.regimens = scenario.regimens.filter((r) => r.compound === 'mk7');
  scenario.display.visible = ['mk7'];
  const path = join(mkdtempSync(join(tmpdir(), 'k2-bench-heavy-')), 'heavy-mk7.k2.json');
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

export async function runBrowserBench(
  builds: readonly { label: string; dist: string }[],
  runs: number,
): Promise<string> {
  const browser = await launchChromium();
  const heavy = heavyMk7File();
  try {
    return formatBrowserBench(await benchBuilds(browser, builds, runs, heavy));
  } finally {
    await browser.close();
    rmSync(heavy, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let runs = 5;
  const builds: { label: string; dist: string }[] = [];
  const temporary: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--runs') runs = Number(args[++i]);
    else if (a === '--before') {
      const commit = args[++i]!;
      console.log(`building ${commit} (before) in a temporary worktree...`);
      const dist = buildCommit(commit);
      temporary.push(dist);
      builds.push({ label: commit.slice(0, 10), dist });
    } else {
      const [label, dist] = a.includes('=') ? (a.split('=') as [string, string]) : ['after', a];
      builds.push({ label, dist: resolve(ROOT, dist) });
    }
  }
  if (!builds.some((b) => !temporary.includes(b.dist)))
    builds.push({ label: 'after', dist: join(ROOT, 'dist-web') });
  for (const b of builds) {
    if (!existsSync(join(b.dist, 'index.html')) || !statSync(b.dist).isDirectory())
      throw new Error(`${b.dist}/index.html is missing: build it first (npm run build:web)`);
    void readdirSync(b.dist);
  }
  try {
    console.log(await runBrowserBench(builds, runs));
  } finally {
    for (const dist of temporary) rmSync(dist, { recursive: true, force: true });
  }
}
