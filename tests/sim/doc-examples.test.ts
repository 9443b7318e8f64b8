/**
 * Docs that run (issue 16, item 5): every `@example expr // => value` line in sim/ is evaluated with its own
 * module's exports (and the core's front door, sim/index.ts) in scope, and must equal its value. Examples in
 * another form are counted and printed, so the rest can be converted; they are not run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
let notRunnable = 0;
for (const file of tsFiles(SIM)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const at = /@example\s+(.*)$/.exec(text);
      if (!at) return;
      const parts = /^(.*?)\s*\/\/ =>\s*(.*?)\s*(\*\/)?$/.exec(at[1]!);
      if (parts) runnable.push({ file, line: i + 1, expr: parts[1]!, expected: parts[2]! });
      else notRunnable++;
    });
}

afterAll(() => {
  console.log(`@example lines in sim/: ${runnable.length} run, ${notRunnable} not yet in the runnable form`);
});

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
  for (const ex of runnable) {
    it(`${relative(SIM, ex.file)}:${ex.line} ${ex.expr.slice(0, 60)}`, async () => {
      const mod = (await import(ex.file)) as Record<string, unknown>;
      const scope = { ...front, ...mod };
      expect(evaluate(ex.expr, scope)).toEqual(evaluate(ex.expected, scope));
    });
  }
});
