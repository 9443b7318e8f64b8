import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureCliBuilt } from '../../scripts/build-cli.mjs';
import { serializeScenario, type Scenario } from '../../sim';

const run = promisify(execFile);

/** Path of the built command line (out/cli/k2-simulate.mjs), built first when missing or stale. */
export const builtCli: () => Promise<string> = ensureCliBuilt;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line under plain node, as `k2-simulate` runs, and collects its output. */
export async function simulateCli(...args: string[]): Promise<CliRun> {
  const cli = await builtCli();
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { maxBuffer: 1 << 28 });
    return { code: 0, signal: null, stdout, stderr };
  } catch (e) {
    const err = e as { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
    return { code: err.code, signal: err.signal, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs a scenario (written to a temporary .k2.json) through the built command line as CSV: header and rows. */
export async function scenarioCsvFromCli(
  scenario: Scenario,
): Promise<{ header: string[]; rows: number[][] }> {
  const dir = mkdtempSync(join(tmpdir(), 'k2-cli-'));
  const path = join(dir, 'scenario.k2.json');
  writeFileSync(path, serializeScenario(scenario));
  const result = await simulateCli('--scenario', path, '--format', 'csv');
  if (result.code !== 0) throw new Error(`k2-simulate exited ${result.code}: ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return { header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',').map(Number)) };
}
