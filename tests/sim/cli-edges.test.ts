/**
 * The command line at its edges, through real OS pipes, real files, FIFOs and signals: every byte reaches a
 * slow reader, an early-closing reader ends the run quietly, nothing the user had is overwritten, nothing
 * hangs, and every error is one clean line.
 */
import { execFile, spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  openSync,
  closeSync,
} from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  defaultScenario,
  doseEvents,
  makeRegimen,
  molarMass,
  plasmaAt,
  presetParameters,
  regimenMetrics,
  serializeScenario,
  simulate,
  TISSUE_PRESET,
} from '../../sim/index';
import { DEFAULT_MEAL_FAT_G } from '../../sim/schedule/schema';
import { builtCli, simulateCli } from '../support/cli';
import { expectClose } from '../support/expectClose';

const execFileAsync = promisify(execFile);
let cli = '';
beforeAll(async () => {
  cli = await builtCli();
}, 120_000);

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'k2-cli-edge-'));
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a bash pipeline and returns its stdout; `${PIPESTATUS[0]}` gives the CLI's own exit status. */
async function bash(script: string): Promise<string> {
  const { stdout } = await execFileAsync('bash', ['-c', script], { maxBuffer: 1 << 24 });
  return stdout;
}

describe('output through a real OS pipe', () => {
  it('a slow reader gets every line (14,402) and the exit status is 0', async () => {
    const args = '--compound mk7 --dose-ug 180 --days 300 --step-min 30 --format csv';
    const out = await bash(
      `node ${quote(cli)} ${args} 2>/dev/null | (sleep 1; wc -l); echo "status=\${PIPESTATUS[0]}"`,
    );
    const [count, status] = out.trim().split('\n');
    // 300 days at 30 min: 300 * 48 + 1 rows, plus the header.
    expect(Number(count)).toBe(300 * 48 + 1 + 1);
    expect(status).toBe('status=0');
  }, 60_000);

  it.each([
    ['node directly', (args: string[]) => ({ command: process.execPath, argv: [cli, ...args] })],
    [
      'npm run -s simulate',
      (args: string[]) => ({ command: 'npm', argv: ['run', '-s', 'simulate', '--', ...args] }),
    ],
  ])(
    'through %s, a slow node reader that pauses between reads gets every byte a file gets',
    async (_via, how) => {
      const dir = freshDir();
      const file = join(dir, 'levels.csv');
      const args = ['--days', '120', '--step-min', '5'];
      expect((await simulateCli(...args, '--out', file)).code).toBe(0);
      const expected = statSync(file).size;
      // Node's own child pipe; the reader pauses 50 ms after each read while the writer keeps going.
      const { command, argv } = how(args);
      const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
      let received = 0;
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => {
        received += d.length;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 50);
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      // npm may add its own config warnings; nothing else may appear.
      expect(stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'))).toEqual([]);
      expect(code).toBe(0);
      expect(received).toBe(expected);
    },
    60_000,
  );

  it('a reader that closes early (| head -1) gets the header; exit 0 and nothing on stderr', async () => {
    const dir = freshDir();
    const err = join(dir, 'stderr.txt');
    const out = await bash(
      `node ${quote(cli)} --days 3650 --step-min 1 2>${quote(err)} | head -1; echo "status=\${PIPESTATUS[0]}"`,
    );
    const lines = out.trim().split('\n');
    expect(lines[0]!.startsWith('time_h,plasma_ng_per_ml,')).toBe(true);
    expect(lines[1]).toBe('status=0');
    expect(readFileSync(err, 'utf8')).toBe('');
  }, 60_000);

  it('a closed standard output (>&-) is an error, exit 1, as coreutils make it; > /dev/null is still fine', async () => {
    const dir = freshDir();
    const err = join(dir, 'stderr.txt');
    const closed = await bash(`node ${quote(cli)} --days 2 >&- 2>${quote(err)}; echo "status=$?"`);
    expect(closed.trim()).toBe('status=1');
    expect(readFileSync(err, 'utf8')).toMatch(/^k2-simulate: write error: standard output is closed/);
    const devNull = await bash(`node ${quote(cli)} --days 2 >/dev/null 2>${quote(err)}; echo "status=$?"`);
    expect(devNull.trim()).toBe('status=0');
    expect(readFileSync(err, 'utf8')).toBe('');
  });

  it('npm run -s simulate rebuilds a stale build before running it', async () => {
    // Make the build look older than every source: the launcher must rebuild it, then run the new build.
    utimesSync(cli, new Date(0), new Date(0));
    const out = await bash(
      `npm run -s simulate -- --days 1 2>/dev/null | head -1; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(out.trim().split('\n')).toEqual([expect.stringMatching(/^time_h,plasma_ng_per_ml,/), 'status=0']);
    expect(statSync(cli).mtimeMs).toBeGreaterThan(Date.now() - 120_000);
  }, 120_000);

  it('npm run -s simulate keeps the exit status of the command line', async () => {
    const run = (args: string): Promise<string> =>
      bash(`npm run -s simulate -- ${args} >/dev/null 2>&1; echo "status=$?"`);
    expect((await run('--dose-ug -5')).trim()).toBe('status=2');
    expect((await run('--days 2')).trim()).toBe('status=0');
  }, 60_000);
});

describe('long runs are streamed', () => {
  it('ten years at 1-minute resolution as JSON: exit 0 and a complete document', async () => {
    const dir = freshDir();
    const file = join(dir, 'levels.json');
    const fd = openSync(file, 'w');
    const child = spawn(process.execPath, [cli, '--days', '3650', '--step-min', '1', '--format', 'json'], {
      stdio: ['ignore', fd, 'pipe'],
    });
    closeSync(fd);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // 5,256,001 points in 7 arrays, far more than V8's longest string (2^29 characters): only streaming fits.
    expect(statSync(file).size).toBeGreaterThan(2 ** 29);
    const head = execFileSync('head', ['-c', '100', file]).toString();
    expect(head.startsWith('{"note":')).toBe(true);
    const tail = execFileSync('tail', ['-c', '200', file]).toString();
    expect(tail.endsWith('}}]}\n')).toBe(true);
  }, 180_000);

  it('a JSON document spanning many blocks parses and holds the exact curve', async () => {
    const { code, stdout } = await simulateCli('--days', '400', '--step-min', '30', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { time_h: number[]; runs: { plasma_ng_per_ml: number[] }[] };
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 100, fatG: DEFAULT_MEAL_FAT_G.breakfast });
    const truth = simulate({
      pk: presetParameters('mk7'),
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, 400 * 24),
      horizonH: 400 * 24,
      stepH: 0.5,
    });
    expect(doc.time_h).toEqual(Array.from(truth.timeH));
    expect(doc.runs[0]!.plasma_ng_per_ml).toEqual(Array.from(truth.plasmaNgPerMl));
  }, 60_000);

  it('the ten-year 1-minute summary (one streaming pass) matches regimenMetrics on the full arrays', async () => {
    const { code, stdout } = await simulateCli('--days', '3650', '--step-min', '1', '--format', 'summary');
    expect(code).toBe(0);
    const s = JSON.parse(stdout) as Record<string, number>;
    const horizonH = 3650 * 24;
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 100, fatG: DEFAULT_MEAL_FAT_G.breakfast });
    const full = simulate({
      pk: presetParameters('mk7'),
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, horizonH),
      horizonH,
      stepH: 1 / 60,
    });
    const m = regimenMetrics(regimen, full, molarMass('mk7'));
    expectClose(s.cmax_ng_per_ml!, m.cmaxNgPerMl, { rel: 1e-9 });
    // At steady state every daily peak is equal to rounding, so tmax may pick any of them: check it is a peak.
    expectClose(plasmaAt(full, [s.tmax_h!])[0]!, m.cmaxNgPerMl, { rel: 1e-9 });
    expectClose(s.trough_ng_per_ml!, m.troughNgPerMl!, { rel: 1e-9 });
    expectClose(s.auc_ng_h_per_ml!, m.aucNgHPerMl, { rel: 1e-9 });
  }, 120_000);
});

describe('files: nothing the user had is overwritten', () => {
  it('--out naming the input scenario is refused (exit 2) and the scenario is untouched', async () => {
    const dir = freshDir();
    const scenario = join(dir, 's.json');
    const text = serializeScenario({ ...defaultScenario(), horizonDays: 2 });
    writeFileSync(scenario, text);
    symlinkSync(scenario, join(dir, 'alias.json'));
    for (const out of [scenario, join(dir, '.', 's.json'), join(dir, 'alias.json')]) {
      const r = await simulateCli('--scenario', scenario, '--out', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/k2-simulate: .*(same file|is the input|not a regular file)/);
      expect(readFileSync(scenario, 'utf8')).toBe(text);
    }
  });

  it('--out in a folder that does not exist, or under a file, is refused in words before anything runs', async () => {
    const dir = freshDir();
    const missing = await simulateCli('--days', '2', '--out', join(dir, 'nodir', 'x.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `k2-simulate: --out ${join(dir, 'nodir', 'x.csv')}: the folder ${join(dir, 'nodir')} does not exist\n`,
    );
    writeFileSync(join(dir, 'file'), 'x');
    const underFile = await simulateCli('--days', '2', '--out', join(dir, 'file', 'x.csv'));
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/: .*file is not a folder\n$/);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('x');
    const empty = await simulateCli('--days', '2', '--out', '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('k2-simulate: --out needs a file name; it was empty\n');
  });

  it('--out that is a symlink, a FIFO or a folder is refused with a message, and left as it was', async () => {
    const dir = freshDir();
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'previous');
    const link = join(dir, 'link.csv');
    symlinkSync(real, link);
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    for (const [out, kind] of [
      [link, /symbolic link/],
      [fifo, /FIFO/],
      [dir, /folder/],
      ['/dev/null', /device/],
    ] as const) {
      const r = await simulateCli('--days', '2', '--out', out);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(kind);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('previous');
  });

  // Every catchable signal that ends a process by default (SIGQUIT, SIGUSR2 and SIGALRM used to leave the temp file).
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2', 'SIGALRM'] as const)(
    '%s in the middle of a large write leaves no temporary file and the target untouched',
    async (sent) => {
      const dir = freshDir();
      const target = join(dir, 'big.csv');
      writeFileSync(target, 'previous');
      const child = spawn(process.execPath, [cli, '--days', '730', '--step-min', '1', '--out', target], {
        stdio: 'ignore',
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      // Wait until the temporary file exists and has data in it: the write is under way.
      const started = Date.now();
      for (;;) {
        const temp = readdirSync(dir).find((n) => n !== 'big.csv');
        if (temp !== undefined && statSync(join(dir, temp)).size > 1_000_000) break;
        if (Date.now() - started > 60_000) throw new Error('the write never started');
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill(sent);
      const { code, signal } = await exited;
      expect(signal === sent || code === 128 + osConstants.signals[sent]).toBe(true);
      expect(readdirSync(dir)).toEqual(['big.csv']);
      expect(readFileSync(target, 'utf8')).toBe('previous');
    },
    90_000,
  );
});

describe('input that could hang or garble the terminal', () => {
  it('--scenario on a FIFO is refused at once (exit 2), never read', async () => {
    const dir = freshDir();
    const fifo = join(dir, 'scenario.json');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [cli, '--scenario', fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(-1);
      }, 10_000);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a regular file/);
  }, 20_000);

  it.each([
    ['a newline in the file name', 'bad\nname.json', '{'],
    [
      'an escape sequence inside the file',
      'bad.json',
      '{"format":"k2-kinetics-scenario","x":\u001b[31mred\u001b[0m\n}',
    ],
    [
      'a label with control characters',
      'label.json',
      serializeScenario({
        ...defaultScenario(),
        regimens: [{ ...defaultScenario().regimens[0]!, doseUg: -1, label: 'a\u001b[2Jb\nc' }],
      }),
    ],
  ])('%s: the error is one line with control characters escaped', async (_what, name, content) => {
    const dir = freshDir();
    const path = join(dir, name);
    writeFileSync(path, content);
    const r = await simulateCli('--scenario', path);
    expect(r.code).toBe(2);
    expect(r.stderr.endsWith('\n')).toBe(true);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(r.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(r.stderr.startsWith('k2-simulate: ')).toBe(true);
  });
  it('a scenario file with invalid UTF-8 is refused as the app refuses it, not decoded with replacement characters', async () => {
    const dir = freshDir();
    const path = join(dir, 'latin1.k2.json');
    const [before, after] = readFileSync('tests/fixtures/valid.k2.json', 'utf8').split('Fixture:');
    // A lone 0xB5 (Latin-1 "µ") is not valid UTF-8.
    writeFileSync(path, Buffer.concat([Buffer.from(before!), Buffer.from([0xb5]), Buffer.from(after!)]));
    const r = await simulateCli('--scenario', path, '--format', 'summary');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not UTF-8 text/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('a run without --scenario loads no zod: the schema stays in the on-demand chunk (start-up time)', async () => {
    const cli = await builtCli();
    const entry = readFileSync(cli, 'utf8');
    // Static imports only: `import ... from "./chunks/x.mjs"`; `import("...")` is loaded on demand.
    const statics = [...entry.matchAll(/from\s*"(\.\/chunks\/[^"]+)"/g)].map((m) => m[1]!);
    expect(statics.length).toBeGreaterThan(0);
    for (const chunk of [cli, ...statics.map((p) => join(dirname(cli), p))]) {
      expect(readFileSync(chunk, 'utf8'), chunk).not.toMatch(/ZodError/);
    }
  });
});
