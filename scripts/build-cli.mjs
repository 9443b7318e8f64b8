/**
 * Builds the command line to one plain JavaScript file, out/cli/k2-simulate.mjs, so a run starts with node
 * alone (no tsx, no type stripping). `ensureCliBuilt()` rebuilds only when a source under sim/ is newer than the
 * output, so `npm run -s simulate` and the tests always run the current code.
 *
 * Usage: node scripts/build-cli.mjs (always builds), or import { ensureCliBuilt }.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'out', 'cli', 'k2-simulate.mjs');
const ENTRY = join(ROOT, 'main', 'cli', 'main.ts');

/**
 * Newest modification time (ms) of the CLI's inputs: every file under sim/ and main/cli/ (its Node side), and
 * the shared main/atomic-write.ts and main/link-target.ts.
 */
function newestSourceMs() {
  let newest = Math.max(
    statSync(join(ROOT, 'main', 'atomic-write.ts')).mtimeMs,
    statSync(join(ROOT, 'main', 'link-target.ts')).mtimeMs,
  );
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'sim'));
  walk(join(ROOT, 'main', 'cli'));
  return Math.max(newest, statSync(fileURLToPath(import.meta.url)).mtimeMs);
}

/**
 * Builds unconditionally. Code only some runs need (the scenario parser) goes to chunks loaded on demand;
 * chunk names carry content hashes, so an old entry file never loads a new chunk.
 */
export async function buildCli() {
  const outdir = dirname(CLI_OUT);
  mkdirSync(outdir, { recursive: true });
  // Loaded here, not at the top: `npm run simulate` imports this file on every run but rarely builds.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { 'k2-simulate': ENTRY },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  const entry = result.outputFiles.find((f) => f.path === CLI_OUT);
  if (!entry) throw new Error(`esbuild did not produce ${CLI_OUT}`);
  // Every file goes to a temporary name, then is renamed: a run (or a test) started meanwhile sees either
  // the old file or the new one, never a half-written one. The entry comes last, once its chunks exist.
  const place = (file, mode) => {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, file.contents, { mode });
    renameSync(temp, file.path);
  };
  for (const file of result.outputFiles) if (file !== entry) place(file, 0o644);
  place(entry, 0o755);
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
