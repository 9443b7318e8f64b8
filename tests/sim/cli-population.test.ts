/**
 * --subjects and --seed through the real, built command line (node out/cli/k2-simulate.mjs): the output of
 * old is unchanged without them; with N > 1 the CSV gains ordered percentile columns after the typical
 * subject's, and the summary a `population` object checked against the log-normal closed form.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BETWEEN_SUBJECT_VARIABILITY } from '../../sim';
import { simulateCli } from '../support/cli';
import { expectClose } from '../support/expectClose';

const BAND_COLUMNS = [
  'plasma_p05_ng_per_ml',
  'plasma_p25_ng_per_ml',
  'plasma_p50_ng_per_ml',
  'plasma_p75_ng_per_ml',
  'plasma_p95_ng_per_ml',
];

function csvRows(text: string): { header: string[]; rows: number[][] } {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  return { header: header!, rows: rows.map((r) => r.map(Number)) };
}

describe('command line: --subjects and --seed', () => {
  it('without --subjects (and with --subjects 1) prints exactly what it printed before', async () => {
    const args = ['--compound', 'mk7', '--dose-ug', '90', '--days', '5', '--fat-g', '15'];
    const plain = await simulateCli(...args);
    const one = await simulateCli(...args, '--subjects', '1');
    expect(plain.code).toBe(0);
    expect(one.stdout).toBe(plain.stdout);
    expect(plain.stdout.split('\n')[0]).not.toContain('p05');
  });

  it('with N > 1: typical subject first, then ordered percentile columns; the same seed gives the same output', async () => {
    const args = [
      '--compound',
      'mk7',
      '--dose-ug',
      '90',
      '--days',
      '20',
      '--fat-g',
      '15',
      '--subjects',
      '400',
    ];
    const plain = await simulateCli('--compound', 'mk7', '--dose-ug', '90', '--days', '20', '--fat-g', '15');
    const a = await simulateCli(...args, '--seed', '7');
    const b = await simulateCli(...args, '--seed', '7');
    const c = await simulateCli(...args, '--seed', '8');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const base = csvRows(plain.stdout);
    const { header, rows } = csvRows(a.stdout);
    expect(header.slice(0, 2)).toEqual(['time_h', 'plasma_ng_per_ml']);
    expect(header).toEqual([...base.header, ...BAND_COLUMNS]);
    expect(rows.length).toBe(base.rows.length);
    const at = BAND_COLUMNS.map((c) => header.indexOf(c));
    rows.forEach((r, i) => {
      // The typical subject's columns are the run without --subjects, to the digit.
      expect(r.slice(0, base.header.length)).toEqual(base.rows[i]);
      const p = at.map((j) => r[j]!);
      for (let k = 1; k < p.length; k++) expect(p[k]!).toBeGreaterThanOrEqual(p[k - 1]!);
    });
    // At the plateau (day 20) the median person is near the typical one: F and V scale levels log-symmetrically,
    // so only ka and t½ (which change the shape) move the median; 15% covers that and 400 people's noise.
    const last = rows.at(-1)!;
    expectClose(last[at[2]!]!, last[1]!, { rel: 0.15 });
  });

  it('the summary’s population: AUC median = typical and CV = the log-normal closed form', async () => {
    // One 15 mg MK-4 dose over 3 days: MK-4 is cleared within hours, so AUC(0-72 h) is AUC(0-∞) = F·D/CL
    // = F·D·t½ / (ln 2 · V). With independent log-normal F, t½ and V, ln AUC has variance ω²F + ω²t½ + ω²V,
    // so the CV is sqrt(e^(ω²F + ω²t½ + ω²V) - 1), and the median is the typical subject's AUC.
    const args = ['--compound', 'mk4', '--dose-ug', '15000', '--doses', '1', '--fat-g', '20', '--days', '3'];
    const typical = JSON.parse((await simulateCli(...args, '--format', 'summary')).stdout) as {
      auc_ng_h_per_ml: number;
    };
    const run = await simulateCli(...args, '--format', 'summary', '--subjects', '4000', '--seed', '11');
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as {
      auc_ng_h_per_ml: number;
      population: Record<'cmax' | 'auc', { p05: number; p50: number; p95: number; cv: number }> & {
        subjects: number;
        seed: number;
      };
    };
    expect(s.auc_ng_h_per_ml).toBe(typical.auc_ng_h_per_ml);
    expect([s.population.subjects, s.population.seed]).toEqual([4000, 11]);
    const w2 = (cv: number) => Math.log1p(cv * cv);
    const v = BETWEEN_SUBJECT_VARIABILITY;
    const cvClosed = Math.sqrt(Math.expm1(w2(v.f.value) + w2(v.tHalfH.value) + w2(v.volumeL.value)));
    // Standard error of a sample CV near 0.4 with n = 4,000: about CV·sqrt((1 + 2 CV²) / 2n) = 0.005; 0.025 is 5 SE.
    expectClose(s.population.auc.cv, cvClosed, { abs: 0.025 });
    // SE of the sample median of a log-normal: 1.2533 · ω / sqrt(n) ≈ 0.8% of it; 4% is 5 SE.
    expectClose(s.population.auc.p50, typical.auc_ng_h_per_ml, { rel: 0.04 });
    for (const m of [s.population.cmax, s.population.auc]) {
      expect(m.p05).toBeLessThan(m.p50);
      expect(m.p50).toBeLessThan(m.p95);
    }
  });

  it('refuses too large a population and a --seed without --subjects, with exit status 2 and one line', async () => {
    const big = await simulateCli('--subjects', '10000', '--days', '365');
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/^k2-simulate: variation between 10,000 people needs 91,260,000 values/);
    expect(big.stderr.trim().split('\n')).toHaveLength(1);
    const seed = await simulateCli('--seed', '3');
    expect(seed.code).toBe(2);
    expect(seed.stdout).toBe('');
  });

  it('a scenario file with several regimens gets r<k>_ prefixed percentile columns and a population per run', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { defaultScenario, serializeScenario } = await import('../../sim');
    const dir = mkdtempSync(join(tmpdir(), 'k2-pop-'));
    const file = join(dir, 's.k2.json');
    writeFileSync(file, serializeScenario({ ...defaultScenario(), horizonDays: 5 }));
    const csv = await simulateCli('--scenario', file, '--subjects', '50');
    expect(csv.code).toBe(0);
    const header = csv.stdout.split('\n')[0]!.split(',');
    expect(header).toContain('plasma_p95_ng_per_ml');
    expect(header).toContain('r2_mk7_plasma_p05_ng_per_ml');
    expect(header).toContain('r3_k1_plasma_p50_ng_per_ml');
    const json = await simulateCli('--scenario', file, '--subjects', '50', '--format', 'json');
    const parsed = JSON.parse(json.stdout) as { runs: { summary: { population?: { subjects: number } } }[] };
    expect(parsed.runs.map((r) => r.summary.population?.subjects)).toEqual([50, 50, 50]);
  });
});
