import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario, serializeScenario } from '../../sim/index';
import { simulateCli } from '../support/cli';
import { expectClose } from '../support/expectClose';

// The built command line (what `k2-simulate` and `npm run -s simulate` run), built first when stale.
const simulate = simulateCli;

describe('command line (npm run -s simulate)', () => {
  it('prints CSV with the contract header and one row per output time, 0 to the horizon inclusive', async () => {
    const { code, stdout } = await simulate(
      '--compound',
      'mk7',
      '--dose-ug',
      '420',
      '--days',
      '3',
      '--doses',
      '1',
      '--fat-g',
      '20',
    );
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]!.startsWith('time_h,plasma_ng_per_ml,')).toBe(true);
    expect(lines).toHaveLength(1 + 73);
    expect(lines[1]!.split(',')[0]).toBe('0');
    expect(lines[73]!.split(',')[0]).toBe('72');
    // Sato 2012: still detectable at 48 h.
    expect(Number(lines[49]!.split(',')[1])).toBeGreaterThan(0.1);
  });

  it('prints a summary with the contract keys; accumulation matches 1/(1-e^(-ke τ)) in order of magnitude', async () => {
    const { code, stdout } = await simulate(
      '--format',
      'summary',
      '--days',
      '60',
      '--dose-ug',
      '90',
      '--fat-g',
      '15',
    );
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    for (const key of [
      'cmax_ng_per_ml',
      'tmax_h',
      'trough_ng_per_ml',
      'auc_ng_h_per_ml',
      't_half_h',
      'accumulation_ratio',
      'time_to_90pct_ss_h',
    ]) {
      expect(typeof s[key], key).toBe('number');
    }
    expect(s.t_half_h).toBe(68);
    expectClose(s.accumulation_ratio_theoretical, 1 / (1 - Math.exp((-Math.LN2 / 68) * 24)), { rel: 1e-12 });
    expectClose(s.time_to_90pct_ss_h, (68 * Math.LN10) / Math.LN2, { rel: 0.05 });
  });

  it('applies overrides: --f fixes F whatever the fat', async () => {
    const a = JSON.parse(
      (await simulate('--format', 'summary', '--f', '0.3', '--fat-g', '0', '--days', '5')).stdout,
    );
    const b = JSON.parse(
      (await simulate('--format', 'summary', '--f', '0.3', '--fat-g', '40', '--days', '5')).stdout,
    );
    expect(a.auc_ng_h_per_ml).toBe(b.auc_ng_h_per_ml);
    expect(a.bioavailability_applied).toEqual([0.3]);
  });

  it.each([
    [['--dose-ug', '-5'], /--dose-ug must be at least 0 µg, got -5/],
    [['--dose-ug', 'abc'], /--dose-ug must be a number, got 'abc'/],
    [['--dose-ug', '1,5'], /decimal point, not a comma/],
    [['--compound', 'mk9'], /--compound must be one of mk4, mk7, k1/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--interval-h', '0'], /--interval-h must be more than 0 h/],
    [['--doses', '2.5'], /--doses must be a whole number/],
    [['--format', 'xml'], /--format must be csv, json or summary/],
    [['--days', '3650', '--step-min', '0.5'], /output points; the limit is/],
  ])('rejects %j with exit code 2 and one line naming the problem', async (args, message) => {
    const { code, stdout, stderr } = await simulate(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
  });

  it('runs a scenario file, and rejects a malformed one without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-cli-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, serializeScenario({ ...defaultScenario(), horizonDays: 2 }));
    const ok = await simulate('--scenario', good);
    expect(ok.code).toBe(0);
    const header = ok.stdout.split('\n')[0]!;
    expect(header).toMatch(/^time_h,plasma_ng_per_ml,.*r2_mk7_plasma_ng_per_ml.*r3_k1_plasma_ng_per_ml/);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1 + 49);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"k2-kinetics-scenario","version":2,"horizonDays":');
    const failed = await simulate('--scenario', bad);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/bad\.json: Not valid JSON/);
    expect((await simulate('--scenario', join(dir, 'missing.json'))).stderr).toMatch(/no such file/);
    expect((await simulate('--scenario', good, '--dose-ug', '5')).stderr).toMatch(
      /cannot be combined with --dose-ug/,
    );
  });

  it('--out writes the file and never leaves a temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-cli-'));
    const out = join(dir, 'levels.csv');
    writeFileSync(out, 'previous content');
    expect((await simulate('--days', '2', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('time_h,plasma_ng_per_ml')).toBe(true);
    expect(readdirSync(dir)).toEqual(['levels.csv']);
    // A bad option must not touch the existing file.
    expect((await simulate('--days', '-1', '--out', out)).code).toBe(2);
    expect(readFileSync(out, 'utf8').startsWith('time_h,plasma_ng_per_ml')).toBe(true);
  });
});
