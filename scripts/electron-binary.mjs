// Finds the Electron binary the way node_modules/electron/index.js does, without throwing when it is
// missing (npm 11 blocks electron's postinstall download by default, so a fresh install has no binary).
// Shared by scripts/start.mjs and tests/e2e/support/electron.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in scripts/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Absolute path of the Electron executable, or null when it is not installed.
 * Honours ELECTRON_OVERRIDE_DIST_PATH like electron's own index.js.
 * @param {string} [root]
 * @returns {string | null}
 */
export function electronBinaryPath(root = repoRoot) {
  const moduleDir = join(root, 'node_modules', 'electron');
  const pathFile = join(moduleDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative || 'electron')
    : relative
      ? join(moduleDir, 'dist', relative)
      : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

/**
 * Electron's Chromium sandbox refuses to start as root on Linux (containers, CI): it then needs
 * --no-sandbox. Returns the extra arguments Electron needs on this machine.
 * @returns {string[]}
 */
export function electronSandboxArgs() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot ? ['--no-sandbox'] : [];
}
