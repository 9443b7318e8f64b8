/**
 * Docs that run (issue 16, item 5): every `@example expr // => value` line in sim/ is evaluated with its own
 * module's exports in scope (then the core's front door, sim/index.ts, then the other modules of its folder),
 * and must equal its value. An @example in any other form fails the suite: every example runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as front from '../../sim/index';

const SIM = join(__dirname, '../../sim');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  expr: string;
  expected: string;
}

const runnable: Example[] = [];
const notRunnable: string[] = [];
for (const file of tsFiles(SIM)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const at = /@example\s+(.*)$/.exec(text);
      if (!at) return;
      const parts = /^(.*?)\s*\/\/ =>\s*(.*?)\s*(\*\/)?$/.exec(at[1]!);
      if (parts) runnable.push({ file, line: i + 1, expr: parts[1]!, expected: parts[2]! });
      else notRunnable.push(`${relative(SIM, file)}:${i + 1} ${at[1]!.trim()}`);
    });
}

afterAll(() => {
  console.log(
    `@example lines in sim/: ${runnable.length} run, ${notRunnable.length} not in the runnable form`,
  );
});

/** Exports of every module in the example's folder (its neighbours' helpers: a stepper, a schema's defaults). */
async function folderExports(file: string): Promise<Record<string, unknown>> {
  const dir = dirname(file);
  const modules = readdirSync(dir).filter((n) => n.endsWith('.ts'));
  const all = await Promise.all(modules.map((n) => import(join(dir, n)) as Promise<Record<string, unknown>>));
  return Object.assign({}, ...all) as Record<string, unknown>;
}

/** Evaluates a JavaScript expression with the given names in scope (test-only; the sources are ours). */
function evaluate(expr: string, scope: Record<string, unknown>): unknown {
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  // Running the documentation is the point: the expressions are our own source lines.
  return new Function(...names, `return (${expr});`)(...names.map((n) => scope[n]));
}

describe('@example lines in sim/ run and give what they say', () => {
  it('there are runnable examples to check', () => {
    expect(runnable.length).toBeGreaterThan(0);
  });
  it('every @example is written `expr // => value` (on the @example line itself)', () => {
    expect(notRunnable).toEqual([]);
  });
  for (const ex of runnable) {
    it(`${relative(SIM, ex.file)}:${ex.line} ${ex.expr.slice(0, 60)}`, async () => {
      const mod = (await import(ex.file)) as Record<string, unknown>;
      const scope = { ...(await folderExports(ex.file)), ...front, ...mod };
      expect(evaluate(ex.expr, scope)).toEqual(evaluate(ex.expected, scope));
    });
  }
});
