import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  doseEvents,
  makeRegimen,
  MAX_DOSES,
  MAX_OUTPUT_POINTS,
  outputGrid,
  parseScenarioText,
  scenarioWork,
  workOverCap,
} from '../../sim/index';
import { parseCliArgs, UsageError } from '../../main/cli/args';
import { CAP_FIXTURES, fixtureText } from '../fixtures/capFixtures';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

describe('scenarioWork counts the work without doing it', () => {
  it('agrees with doseEvents and outputGrid (a second method that builds the arrays)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 60, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 500 })),
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.nat(5),
        fc.nat(5),
        (days, intervalH, firstDoseH, doseCount, stepMin, missed, extra) => {
          const regimen = makeRegimen({
            compound: 'mk7',
            doseUg: 1,
            intervalH,
            firstDoseH,
            doseCount,
            missedDoses: Array.from({ length: missed }, (_, i) => i),
            extraDoses: Array.from({ length: extra }, (_, i) => ({ timeH: i, amountUg: 1, fatG: 0 })),
          });
          const horizonH = days * 24;
          const regular = doseEvents({ ...regimen, extraDoses: [] }, horizonH).length;
          const work = scenarioWork({ horizonDays: days, stepMin, regimens: [regimen, regimen] });
          expect(work.doses).toBe(2 * (regular + missed + extra));
          expect(work.points).toBe(2 * outputGrid(horizonH, stepMin / 60).length);
        },
      ),
      { seed: 20261125, numRuns: 300 },
    );
  });
});

describe('work caps', () => {
  it('the stored fixtures are the builders’ output', () => {
    for (const [file, fixture] of Object.entries(CAP_FIXTURES)) {
      expect(readFileSync(join(FIXTURES, file), 'utf8'), file).toBe(fixtureText(fixture));
    }
  });

  it('a file exactly at each cap is valid; one just over is refused with a message naming the cap', () => {
    const read = (file: string) => parseScenarioText(readFileSync(join(FIXTURES, file), 'utf8'));
    const atDoses = read('at-cap-doses.k2.json');
    const atPoints = read('at-cap-points.k2.json');
    expect(atDoses.ok && scenarioWork(atDoses.scenario).doses).toBe(MAX_DOSES);
    expect(atPoints.ok && scenarioWork(atPoints.scenario).points).toBe(MAX_OUTPUT_POINTS);
    // The grid the simulator would build has exactly the cap's length (independent count).
    expect(
      atPoints.ok && outputGrid(atPoints.scenario.horizonDays * 24, atPoints.scenario.stepMin / 60).length,
    ).toBe(6_000_000);
    expect(read('over-cap-doses.k2.json')).toEqual({
      ok: false,
      error:
        'This run needs 100,001 doses; the limit is 100,000 doses (regular, extra and missed doses of all regimens): use a longer interval or a shorter duration',
    });
    expect(read('over-cap-points.k2.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^This run needs 6,000,001 output points; the limit is 6,000,000 output points/,
      ),
    });
  });

  it('the command line refuses work over a cap before doing it', () => {
    const refuse = (args: string[]) => {
      try {
        parseCliArgs(args);
      } catch (e) {
        if (e instanceof UsageError) return e.message;
      }
      return null;
    };
    expect(refuse(['--interval-h', '0.0001', '--days', '3000'])).toMatch(
      /^this run needs 720,000,001 doses; the limit is 100,000 doses/,
    );
    expect(refuse(['--days', '3650', '--step-min', '0.5'])).toMatch(
      /needs 10,512,001 output points; the limit is 6,000,000 output points/,
    );
    // At the cap: 100,000 doses, every 30 min (49,999.5 h), within 2,084 days.
    expect(refuse(['--interval-h', '0.5', '--days', '2084', '--doses', '100000'])).toBeNull();
    expect(refuse(['--interval-h', '0.5', '--days', '2084', '--doses', '100001'])).toMatch(/100,001 doses/);
  });

  it('whole process: --interval-h 0.0001 --days 3000 exits 2 with one line (it ran out of memory before)', async () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const cli = join(process.cwd(), 'main', 'cli', 'main.ts');
    const result = await promisify(execFile)(tsx, [cli, '--interval-h', '0.0001', '--days', '3000']).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'k2-simulate: this run needs 720,000,001 doses; the limit is 100,000 doses (regular, extra and missed doses of all regimens): use a longer interval or a shorter duration',
    ]);
  });
});

describe('cap sentences never print Infinity', () => {
  it('an interval of 5e-324 h gives "more than 1,000,000,000,000,000 doses", not "Infinity doses"', () => {
    const words = workOverCap({ doses: Infinity, points: 10 });
    expect(words).toBe(
      'this run needs more than 1,000,000,000,000,000 doses; the limit is 100,000 doses (regular, extra and missed doses of all regimens): use a longer interval or a shorter duration',
    );
    expect(workOverCap({ doses: 1, points: Number.POSITIVE_INFINITY })).toMatch(
      /^this run needs more than 1,000,000,000,000,000 output points;/,
    );
  });
});
