/**
 * Builds the command line to one plain JavaScript file, out/cli/k2-simulate.mjs, so a run starts with node
 * alone (no tsx, no type stripping). `ensureCliBuilt()` rebuilds only when a source under sim/ is newer than the
 * output, so `npm run -s simulate` and the tests always run the current code.
 *
 * Usage: node scripts/build-cli.mjs (always builds), or import { ensureCliBuilt }.
 */
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'out', 'cli', 'k2-simulate.mjs');
const ENTRY = join(ROOT, 'sim', 'cli', 'main.ts');

/** Newest modification time (ms) of the CLI's inputs: every file under sim/ and main/atomic-write.ts. */
function newestSourceMs() {
  let newest = statSync(join(ROOT, 'main', 'atomic-write.ts')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'sim'));
  return Math.max(newest, statSync(fileURLToPath(import.meta.url)).mtimeMs);
}

/** Builds unconditionally. Writes a temporary file and renames it, so parallel builds never see half a file. */
export async function buildCli() {
  mkdirSync(dirname(CLI_OUT), { recursive: true });
  const temp = `${CLI_OUT}.${process.pid}.${Date.now()}.tmp`;
  await build({
    entryPoints: [ENTRY],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  chmodSync(temp, 0o755);
  renameSync(temp, CLI_OUT);
  return CLI_OUT;
}

/** Builds when the output is missing or older than any source; returns the output path. */
export async function ensureCliBuilt() {
  let builtMs = -Infinity;
  try {
    builtMs = statSync(CLI_OUT).mtimeMs;
  } catch {
    // missing: build it
  }
  if (builtMs < newestSourceMs()) await buildCli();
  return CLI_OUT;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
