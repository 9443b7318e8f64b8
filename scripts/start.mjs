// `npm start`: runs the desktop app when the Electron binary is available, else the browser version.
//
// 1. node_modules missing: ask for `npm install` and stop.
// 2. Electron binary missing: try electron's own downloader (node_modules/electron/install.js, which npm 11
//    does not run by default) with a time limit.
// 3. Binary available: `electron-vite build`, then launch Electron on the built app.
// 4. Otherwise: say why in one line, `npm run build:web`, and serve dist-web with `vite preview`.
//
// Options: `npm start -- --web` skips Electron; K2_PORT (default 5173) sets the browser version's port;
// K2_ELECTRON_DOWNLOAD_TIMEOUT_S (default 120) limits the download.
// Exit codes follow the child that failed; Ctrl-C is passed on to the running child.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { electronBinaryPath, electronSandboxArgs, repoRoot } from './electron-binary.mjs';

const port = Number(process.env.K2_PORT ?? 5173);
const downloadTimeoutS = Number(process.env.K2_ELECTRON_DOWNLOAD_TIMEOUT_S ?? 120);
const forceWeb = process.argv.includes('--web');

/** The child currently running, so Ctrl-C and SIGTERM reach it. */
let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/**
 * Runs a command to completion. Resolves with { code, output } (output only when `capture` is set).
 * A signal exit maps to 128 + signal number, like a shell.
 */
function run(command, args, { capture = false, timeoutMs = 0, env = process.env } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    current = child;
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    let timedOut = false;
    const timer =
      timeoutMs > 0 ? setTimeout(() => ((timedOut = true), child.kill('SIGTERM')), timeoutMs) : null;
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      current = null;
      resolvePromise({ code: 127, output: `${output}\n${error.message}`, timedOut });
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      current = null;
      const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGKILL: 137 };
      resolvePromise({ code: code ?? signalCodes[signal] ?? 1, output, timedOut });
    });
  });
}

/** `npm run <script>` with the npm that started us (npm_execpath), so it also works on Windows. */
function npmRun(script) {
  const npmCli = process.env.npm_execpath;
  return npmCli
    ? run(process.execPath, [npmCli, 'run', script])
    : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script]);
}

const nodeBin = (path) => join(repoRoot, 'node_modules', ...path.split('/'));

/** The most telling line of the downloader's output (it prints a stack trace), shortened. */
function downloadFailureReason(output, timedOut) {
  if (timedOut) return `no answer within ${downloadTimeoutS} s`;
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const line =
    lines.find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|HTTP/i.test(l) && !l.startsWith('at ')) ??
    lines[0];
  if (!line) return 'unknown error';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Returns the binary path, downloading it first if needed; or { reason } when there is none. */
async function ensureElectron() {
  const existing = electronBinaryPath();
  if (existing) return { path: existing };
  if (forceWeb) return { reason: '--web was given' };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { reason: 'not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }
  const installer = nodeBin('electron/install.js');
  if (!existsSync(installer)) return { reason: 'node_modules/electron is incomplete; run `npm install`' };
  console.log(`Electron binary not installed; downloading it (up to ${downloadTimeoutS} s)...`);
  const result = await run(process.execPath, [installer], {
    capture: true,
    timeoutMs: downloadTimeoutS * 1000,
  });
  const downloaded = electronBinaryPath();
  if (downloaded) return { path: downloaded };
  return {
    reason: `download from github.com failed: ${downloadFailureReason(result.output, result.timedOut)}`,
  };
}

/** Polls the preview server until it answers, so the address is printed only once it works. */
function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePromise) => {
    const attempt = () => {
      const request = get(url, (response) => {
        response.resume();
        resolvePromise(true);
      });
      request.on('error', () => {
        if (Date.now() > deadline || current === null) resolvePromise(false);
        else setTimeout(attempt, 250);
      });
      request.setTimeout(1000, () => request.destroy());
    };
    attempt();
  });
}

/** True when nothing listens on the port yet (checked first, so an old server is never mistaken for ours). */
function portIsFree(portNumber) {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen(portNumber, 'localhost', () => probe.close(() => resolvePromise(true)));
  });
}

async function startElectron(binary) {
  const build = await run(process.execPath, [nodeBin('electron-vite/bin/electron-vite.js'), 'build']);
  if (build.code !== 0) return build.code;
  const sandboxArgs = electronSandboxArgs();
  if (sandboxArgs.length > 0) {
    console.log(
      'Running as root on Linux: starting Electron with --no-sandbox (Chromium refuses otherwise).',
    );
  }
  // ELECTRON_RUN_AS_NODE from a parent tool would turn Electron into plain Node; make sure it is off.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await run(binary, [...sandboxArgs, '.'], { env });
  return app.code;
}

async function startBrowserVersion(reason) {
  console.log(`Electron binary not available (${reason}); serving the browser version instead.`);
  if (!(await portIsFree(port))) {
    console.error(
      `Port ${port} is already in use (another K2 Kinetics?). Stop it, or choose a port: K2_PORT=5174 npm start`,
    );
    return 1;
  }
  const build = await npmRun('build:web');
  if (build.code !== 0) return build.code;
  const url = `http://localhost:${port}/`;
  const server = run(process.execPath, [
    nodeBin('vite/bin/vite.js'),
    'preview',
    '--config',
    'vite.web.config.ts',
    '--port',
    String(port),
    '--strictPort',
  ]);
  if (await waitForServer(url, 20_000)) {
    console.log(`K2 Kinetics (browser version): ${url}`);
  } else {
    console.error(`The preview server did not answer at ${url} (is port ${port} in use? Set K2_PORT).`);
  }
  return (await server).code;
}

async function main() {
  if (!existsSync(join(repoRoot, 'node_modules'))) {
    console.error('node_modules is missing: run `npm install` first, then `npm start`.');
    return 1;
  }
  const electron = await ensureElectron();
  return electron.path ? startElectron(electron.path) : startBrowserVersion(electron.reason);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
