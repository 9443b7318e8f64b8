/**
 * The command line's words, run through the built command line and a real pipe: the summary of one dose and of
 * a schedule that stops says what its steady-state numbers are (or that there are none), --help names the
 * command, refusals say what an option needs and point to --help, compounds are read in any case, and the
 * default meal fat is the app's.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAT_G } from '../../main/cli/args';
import { defaultScenario, presetParameters, steadyState, TISSUE_PRESET } from '../../sim/index';
import { DEFAULT_MEAL_FAT_G } from '../../sim/schedule/schema';
import { simulateCli } from '../support/cli';
import { expectClose } from '../support/expectClose';

const summary = async (...args: string[]) => {
  const run = await simulateCli(...args, '--format', 'summary');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
};

describe('the summary of one dose and of a schedule that stops', () => {
  it('one dose: no trough, accumulation ratio or steady state (null), and a note saying why', async () => {
    const s = await summary('--doses', '1');
    for (const key of [
      'trough_ng_per_ml',
      'accumulation_ratio',
      'accumulation_ratio_theoretical',
      'time_to_90pct_ss_h',
      'steady_state',
      'steady_state_assumes',
    ]) {
      expect(s[key], key).toBeNull();
    }
    expect(s.notes).toEqual([
      'One dose, not repeated: no dosing interval, so no trough, accumulation ratio or steady state.',
    ]);
    expect(s.doses_taken).toBe(1);
  });

  it('5 doses in 30 days: the steady-state values are marked as what the schedule would reach if it continued', async () => {
    const s = await summary('--doses', '5');
    expect(s.steady_state_assumes).toBe(
      'the schedule continued unchanged (100 µg every 24 h with 15 g fat): this run stops it after 5 doses, so these are the values it would reach if it continued',
    );
    expect(s.notes).toContainEqual(
      expect.stringMatching(
        /^Steady state not reached: the schedule stops after 5 doses; .* if it continued\.$/,
      ),
    );
  });

  it('the opposite: an open daily schedule keeps its numbers (those of sim/metrics steadyState) and says what they assume', async () => {
    const s = await summary('--dose-ug', '90', '--days', '60');
    expect(s.steady_state_assumes).toBe('the schedule continues unchanged: 90 µg every 24 h with 15 g fat');
    const ss = steadyState(presetParameters('mk7'), TISSUE_PRESET, { doseUg: 90, intervalH: 24, fatG: 15 });
    expectClose(s.accumulation_ratio as number, ss.accumulationRatio, { rel: 1e-12 });
    expectClose((s.steady_state as { trough_ng_per_ml: number }).trough_ng_per_ml, ss.troughNgPerMl, {
      rel: 1e-12,
    });
    // Only the AUC's note (the last doses' exposure runs past day 60): nothing about steady state or one dose.
    expect(s.notes).toEqual([expect.stringMatching(/^AUC window incomplete: \d+% of the exposure/)]);
  });

  it('a dose of 0 says so, not "every dose is missed"', async () => {
    const s = await summary('--dose-ug', '0');
    expect(s.notes).toContain('No dose taken: the dose is 0 µg.');
    expect(s.accumulation_ratio).toBeNull();
  });
});

describe('defaults, names and refusals', () => {
  it("the default meal fat is the app's default scenario's (15 g), not 0 g", async () => {
    const appFatG = defaultScenario().regimens.find((r) => r.compound === 'mk7')!.fatG;
    expect([DEFAULT_FAT_G, DEFAULT_MEAL_FAT_G.breakfast]).toEqual([appFatG, appFatG]);
    const byDefault = await simulateCli('--days', '3');
    const asTheApp = await simulateCli('--days', '3', '--fat-g', String(appFatG));
    const fasted = await simulateCli('--days', '3', '--fat-g', '0');
    expect(byDefault.stdout).toBe(asTheApp.stdout);
    expect(byDefault.stdout).not.toBe(fasted.stdout);
  });

  it('reads a compound in any case, with or without its hyphen (MK7, MK-7, mk-7, K1)', async () => {
    const mk7 = (await simulateCli('--days', '2', '--compound', 'mk7')).stdout;
    for (const name of ['MK7', 'MK-7', 'mk-7', 'Mk7']) {
      const run = await simulateCli('--days', '2', '--compound', name);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toBe(mk7);
    }
    expect((await summary('--days', '2', '--compound', 'K1')).compound).toBe('k1');
  });

  it.each([
    [['--dose-ug', '--format', 'summary'], '--dose-ug needs a number after it'],
    [['--days'], '--days needs a number after it'],
    [['--compound'], '--compound needs mk4, mk7 or k1 after it'],
    [['--out'], '--out needs a file name after it'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--compound', 'mk9'], "--compound must be one of mk4, mk7, k1 (any case; MK-7 too), got 'mk9'"],
    [['--days', '2', '--days', '3'], '--days given twice: give each option once'],
  ])('%j: one line that says what is wrong and points to --help', async (args, words) => {
    const run = await simulateCli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`k2-simulate: ${words} (k2-simulate --help lists the options)\n`);
  });

  it('--help names the command, the default fat and what the steady-state values of --doses 1 are', async () => {
    const run = await simulateCli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Usage: k2-simulate [options]\n')).toBe(true);
    expect(run.stdout).toMatch(/--fat-g N .*default 15, a breakfast, as in\s+the app; 0 means fasted/);
    expect(run.stdout).toMatch(/with --doses N they are what it would reach if it\s+continued/);
    expect(run.stdout).toMatch(/One dose \(--doses 1\) repeats nothing: they are null/);
  });
});
