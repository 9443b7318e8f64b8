import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ensureCliBuilt } from '../../scripts/build-cli.mjs';

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
