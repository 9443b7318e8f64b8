import { describe, expect, it } from 'vitest';
import {
  doseEvents,
  makeRegimen,
  molarMass,
  presetParameters,
  regimenMetrics,
  simulate,
  statesAt,
  STATE,
  TISSUE_PRESET,
  type RegimenMetrics,
} from '../../sim/index';
import { GridStepper } from '../../sim/stream/gridStepper';
import { blocksOf, simulateChunks } from '../../sim/stream/simulateChunks';
import { streamedRegimenMetrics } from '../../sim/stream/streamedMetrics';
import { expectClose } from '../support/expectClose';

const year = 365 * 24;

function inputFor(compound: 'mk4' | 'mk7' | 'k1', intervalH: number, horizonH: number, stepH: number) {
  const regimen = makeRegimen({ compound, doseUg: 180, intervalH, fatG: 15 });
  const input = {
    pk: presetParameters(compound),
    tissue: TISSUE_PRESET,
    doses: doseEvents(regimen, horizonH),
    horizonH,
    stepH,
  };
  return { regimen, input };
}

function numbersOf(m: RegimenMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') out[path] = value;
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(m, '');
  return out;
}

describe('simulateChunks', () => {
  it.each([
    ['MK-7 daily, 1 year hourly, odd block size', 'mk7', 24, year, 1, 997],
    ['MK-4 every 7.3 h, horizon not a multiple of the step, 1-point blocks', 'mk4', 7.3, 100.5, 0.7, 1],
  ] as const)('%s: the blocks, joined, are the full-array simulation', (_name, c, iv, h, step, block) => {
    const { input } = inputFor(c, iv, h, step);
    const full = simulate(input);
    const keys = ['timeH', 'plasmaNgPerMl', 'boneNgPerMl', 'arteryNgPerMl'] as const;
    const joined = Object.fromEntries(keys.map((k) => [k, [] as number[]]));
    let expectedStart = 0;
    for (const b of simulateChunks(input, block)) {
      expect(b.startIndex).toBe(expectedStart);
      expect(b.length).toBeLessThanOrEqual(block);
      expectedStart += b.length;
      for (const k of keys) joined[k]!.push(...b[k]);
    }
    for (const k of keys) expect(joined[k]).toEqual(Array.from(full[k]));
  });

  it('state carried across block boundaries is exact: every block start matches an independent propagation', () => {
    // statesAt walks dose by dose from t = 0 with no output grid at all: a second method.
    const { input } = inputFor('mk7', 24, 30 * 24, 1);
    const starts: { t: number; plasma: number }[] = [];
    for (const b of simulateChunks(input, 50)) starts.push({ t: b.timeH[0]!, plasma: b.plasmaNgPerMl[0]! });
    const full = simulate(input);
    const exact = statesAt(
      full.chain,
      full.gutInputs,
      starts.map((s) => s.t),
    );
    starts.forEach((s, i) =>
      expectClose(
        s.plasma,
        (exact[i]![STATE.centralFast]! + exact[i]![STATE.centralSlow]!) / input.pk.volumeL,
        { rel: 1e-12, abs: 1e-15 },
      ),
    );
  });
});

describe('streamedRegimenMetrics', () => {
  it.each(['mk4', 'mk7', 'k1'] as const)(
    '%s, 1 year hourly: one streaming pass agrees with the full-array regimenMetrics to 1e-9',
    (compound) => {
      const { regimen, input } = inputFor(compound, 24, year, 1);
      const full = numbersOf(regimenMetrics(regimen, simulate(input), molarMass(compound)));
      const streamed = numbersOf(streamedRegimenMetrics(regimen, input, molarMass(compound), 4096));
      expect(Object.keys(streamed)).toEqual(Object.keys(full));
      for (const [k, v] of Object.entries(full)) expectClose(streamed[k]!, v, { rel: 1e-9 });
    },
  );

  it('the grid maximum at a block boundary still brackets the exact peak', () => {
    // Single dose, 2 h lag: the grid peak of MK-4 lies a few hours in; blocks of 1..8 points move the boundary over it.
    const regimen = makeRegimen({ compound: 'mk4', doseUg: 420, doseCount: 1 });
    const input = {
      pk: presetParameters('mk4'),
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, 48),
      horizonH: 48,
      stepH: 1,
    };
    const full = regimenMetrics(regimen, simulate(input), molarMass('mk4'));
    for (let block = 1; block <= 8; block++) {
      const m = streamedRegimenMetrics(regimen, input, molarMass('mk4'), block);
      expectClose(m.cmaxNgPerMl, full.cmaxNgPerMl, { rel: 1e-12 });
      expectClose(m.tmaxH, full.tmaxH, { rel: 1e-9 });
    }
  });
});

describe('blocksOf with reused arrays', () => {
  it('gives the same values as fresh blocks, block by block, including a shorter last block', () => {
    const { input } = inputFor('mk7', 24, 10 * 24 + 0.5, 1);
    const fresh = [...simulateChunks(input, 64)].map((b) => Array.from(b.plasmaNgPerMl));
    const reused: number[][] = [];
    for (const b of blocksOf(new GridStepper(input), 64, true)) reused.push(Array.from(b.plasmaNgPerMl));
    expect(reused).toEqual(fresh);
    expect(reused.at(-1)!.length).toBe((10 * 24 + 2) % 64);
  });
});
