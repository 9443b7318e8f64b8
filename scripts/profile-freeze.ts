/**
 * Where the page's longest blocks go when a freeze fixture (tests/fixtures/freezeFixtures.ts) is opened, and
 * again when the page is reloaded with it as the session: a Chromium CPU profile (CDP Profiler) of each, cut
 * into busy stretches (consecutive samples that are not idle), the longest stretches printed with the functions
 * that take their time (self and total). Build the web app unminified for readable names:
 *   npx vite build --config vite.web.config.ts --minify false --outDir dist-web-prof
 *   npx tsx scripts/profile-freeze.ts <folder> <fixture> [--top 25] [--stretches 3] [--save prefix]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { FREEZE_FIXTURES, freezeFixtureText } from '../tests/fixtures/freezeFixtures';
import { launchChromium, reloadSession, serveStatic } from '../tests/e2e/support/browser';
import { summarizeProfile, type Profile } from './support/cpuProfile';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The busy stretches of a profile (sample index ranges, a gap of idle over 0.3 ms ends one), longest first. */
function stretches(profile: Profile): { from: number; to: number; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: { from: number; to: number; ms: number }[] = [];
  let from = -1;
  let ms = 0;
  let idleMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dtMs = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = byId.get(profile.samples[i]!)!.callFrame.functionName;
    // GC inside a task is the task's; '(program)' is the browser's own work (layout, paint, parse) in a task too.
    const idle = name === '(idle)';
    if (!idle) {
      if (from < 0) from = i;
      ms += dtMs + idleMs;
      idleMs = 0;
    } else if (from >= 0) {
      idleMs += dtMs;
      if (idleMs > 0.3) {
        out.push({ from, to: i, ms });
        from = -1;
        ms = 0;
        idleMs = 0;
      }
    }
  }
  if (from >= 0) out.push({ from, to: profile.samples.length, ms });
  return out.sort((a, b) => b.ms - a.ms);
}

/** Sample ranges of the page's long tasks: sample times put on the page's clock through `epochAtStartMs`. */
function taskRanges(
  profile: Profile,
  epochAtStartMs: number,
  timeOriginMs: number,
  tasks: { startMs: number; durationMs: number }[],
): { from: number; to: number; ms: number }[] {
  const pageMs: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    pageMs.push(epochAtStartMs + (t - profile.startTime) / 1000 - timeOriginMs);
  }
  return tasks
    .map((task) => {
      const from = pageMs.findIndex((ms) => ms >= task.startMs);
      let to = from;
      while (to >= 0 && to < pageMs.length && pageMs[to]! <= task.startMs + task.durationMs) to++;
      return { from, to, ms: task.durationMs };
    })
    .filter((r) => r.from >= 0)
    .sort((a, b) => b.ms - a.ms);
}

function report(
  label: string,
  profile: Profile,
  top: number,
  count: number,
  save?: string,
  tasks?: { from: number; to: number; ms: number }[],
): void {
  if (save) writeFileSync(`${save}-${label}.cpuprofile`, JSON.stringify(profile));
  const list = tasks ?? stretches(profile);
  console.log(
    `\n=== ${label}: busy stretches (ms) ${list
      .slice(0, 10)
      .map((s) => s.ms.toFixed(0))
      .join(', ')}`,
  );
  for (const s of list.slice(0, count)) {
    console.log(`\n--- ${label}: stretch of ${s.ms.toFixed(0)} ms`);
    console.log(summarizeProfile(profile, { top, from: s.from, to: s.to }));
  }
}

interface Block {
  startMs: number;
  durationMs: number;
}
const blocksOf = (page: Page): Promise<Block[]> =>
  page.evaluate(() => (window as unknown as { __blocks?: Block[] }).__blocks ?? []);
const longTasks = async (page: Page): Promise<string> =>
  (await blocksOf(page)).map((b) => b.durationMs.toFixed(0)).join(', ');

/** The profile of `run`, with the page's long tasks placed in it (the page clock as epoch ms at its start). */
async function profiled(
  cdp: CDPSession,
  page: Page,
  run: () => Promise<void>,
): Promise<{ profile: Profile; tasks: { from: number; to: number; ms: number }[] }> {
  await cdp.send('Profiler.start');
  const epochAtStartMs = await page.evaluate(() => performance.timeOrigin + performance.now());
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const timeOriginMs = await page.evaluate(() => performance.timeOrigin);
  return { profile, tasks: taskRanges(profile, epochAtStartMs, timeOriginMs, await blocksOf(page)) };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

/**
 * The main thread's tasks over 50 ms in a Chromium trace, each with the self time of what ran inside it (style,
 * layout, script, garbage collection, ...), from the nesting of the trace's complete events.
 */
function traceTasks(events: TraceEvent[], count: number): string {
  const threadName = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = events
    .filter(
      (e) => threadName && e.pid === threadName.pid && e.tid === threadName.tid && e.ph === 'X' && e.dur,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur! > 50_000).sort((a, b) => b.dur! - a.dur!);
  const out: string[] = [
    `main-thread tasks over 50 ms: ${tasks.map((t) => (t.dur! / 1000).toFixed(0)).join(', ')}`,
  ];
  for (const task of tasks.slice(0, count)) {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const self = new Map<string, number>();
    // Self time: each event's duration less its direct children's (events are nested or disjoint).
    const stack: { e: TraceEvent; childUs: number; label: string }[] = [];
    const close = (upTo: number) => {
      while (stack.length > 0 && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= upTo) {
        const top = stack.pop()!;
        self.set(top.label, (self.get(top.label) ?? 0) + top.e.dur! - top.childUs);
        if (stack.length > 0) stack[stack.length - 1]!.childUs += top.e.dur!;
      }
    };
    let covered = 0;
    for (const e of inside) {
      close(e.ts);
      if (stack.length === 0) covered += e.dur!;
      const fn = e.args?.data?.functionName;
      const label = fn ? `${e.name} ${fn}` : e.name;
      stack.push({ e, childUs: 0, label });
    }
    close(Infinity);
    self.set('(task itself)', task.dur! - covered);
    out.push(
      `\n--- task of ${(task.dur! / 1000).toFixed(0)} ms\n${[...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)
        .join('\n')}`,
    );
  }
  return out.join('\n');
}

async function main() {
  const [folder, name, ...rest] = process.argv.slice(2);
  if (!folder || !name || !FREEZE_FIXTURES[name])
    throw new Error(`usage: profile-freeze.ts <folder> <${Object.keys(FREEZE_FIXTURES).join('|')}>`);
  const arg = (flag: string) => (rest.includes(flag) ? rest[rest.indexOf(flag) + 1] : undefined);
  const top = Number(arg('--top') ?? 25);
  const count = Number(arg('--stretches') ?? 3);
  const save = arg('--save');
  // A Chromium trace instead of the CPU profile: style, layout and script per long task.
  const trace = rest.includes('--trace');
  const fixture = FREEZE_FIXTURES[name]!();
  const days = fixture['horizonDays'] as number;
  const dir = mkdtempSync(join(tmpdir(), 'k2-prof-freeze-'));
  const path = join(dir, `${name}.k2.json`);
  writeFileSync(path, freezeFixtureText(fixture));
  const server = await serveStatic(resolve(ROOT, folder));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    await context.addInitScript({
      content: `window.__blocks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__blocks.push({ startMs: e.startTime, durationMs: e.duration }); }).observe({ type: 'longtask', buffered: true });`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.goto(server.url);
    const chart = page.locator(
      `[role=img][aria-label^="Plasma concentration"][aria-label*="${days.toLocaleString('en')} days"]`,
    );
    await page.locator('[role=img][aria-label^="Plasma concentration"]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      (window as unknown as { __blocks: unknown[] }).__blocks = [];
    });
    const openFile = async () => {
      await page.getByTestId('scenario-file-input').setInputFiles(path);
      await chart.first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(2500);
    };
    const reloadAndLoad = async () => {
      await reloadSession(page, chart);
      await chart.first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(2500);
    };
    if (trace) {
      const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'];
      for (const [label, run] of [
        ['open', openFile],
        ['reload', reloadAndLoad],
      ] as const) {
        await browser.startTracing(page, { categories });
        await run();
        const buffer = await browser.stopTracing();
        const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
        console.log(`\n=== ${label}: long tasks ${await longTasks(page)}\n${traceTasks(traceEvents, count)}`);
        await page.waitForTimeout(1500);
      }
      return;
    }
    const open = await profiled(cdp, page, openFile);
    console.log(`open: long tasks ${await longTasks(page)}`);
    report('open (long tasks)', open.profile, top, count, save, open.tasks);
    await page.waitForTimeout(1500);
    const reload = await profiled(cdp, page, reloadAndLoad);
    console.log(`\nreload: long tasks ${await longTasks(page)}`);
    report('reload (long tasks)', reload.profile, top, count, save, reload.tasks);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
