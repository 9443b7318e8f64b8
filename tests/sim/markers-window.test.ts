/**
 * markerChangeAtPct reads only the week before the readout (a binary search into the time grid) and gives exactly
 * what a plain scan of the whole run gives (independent truth: the scan, written here as the old code did it),
 * on regular, fine and irregular grids, at every study week and at times between grid points.
 */
import { describe, expect, it } from 'vitest';
import { makeRegimen, simulateRegimen } from '../../sim';
import { MARKER_READOUT_WEEKS, markerChangeAtPct, undercarboxylatedChangePct } from '../../sim/markers';
import { COMPOUND_PRESETS, TISSUE_PRESET } from '../../sim/presets/compounds';

function scanned(
  run: { timeH: ArrayLike<number>; boneNgPerMl: ArrayLike<number>; arteryNgPerMl: ArrayLike<number> },
  compound: 'mk7' | 'k1',
  marker: 'ucOC' | 'dp-ucMGP',
  atH: number,
): number {
  const series = marker === 'dp-ucMGP' ? run.arteryNgPerMl : run.boneNgPerMl;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < run.timeH.length; i++) {
    const t = run.timeH[i]!;
    if (t > atH - 168 && t <= atH + 1e-9) {
      sum += series[i]!;
      count++;
    }
  }
  const nmol = count === 0 ? 0 : ((sum / count) * 1000) / COMPOUND_PRESETS[compound].molarMassGPerMol.value;
  return undercarboxylatedChangePct(marker === 'dp-ucMGP' ? TISSUE_PRESET.artery : TISSUE_PRESET.bone, nmol);
}

describe('marker readouts read one week of the run', () => {
  it('equal the whole-run scan bit for bit', () => {
    const irregular = (() => {
      const timeH = [0];
      while (timeH.at(-1)! < 60 * 168) timeH.push(timeH.at(-1)! + 0.3 + ((timeH.length * 7919) % 13) / 10);
      return Float64Array.from(timeH);
    })();
    const runs = [
      {
        compound: 'mk7' as const,
        run: simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 180 }), 60 * 168, 1),
      },
      {
        compound: 'k1' as const,
        run: simulateRegimen(makeRegimen({ compound: 'k1', doseUg: 1000 }), 30 * 168, 0.1),
      },
    ];
    const mk7 = runs[0]!.run;
    // The same values on an irregular grid (the search must not assume a step).
    const n = Math.min(irregular.length, mk7.timeH.length);
    runs.push({
      compound: 'mk7',
      run: {
        ...mk7,
        timeH: irregular.subarray(0, n),
        boneNgPerMl: mk7.boneNgPerMl.subarray(0, n),
        arteryNgPerMl: mk7.arteryNgPerMl.subarray(0, n),
      },
    });
    let compared = 0;
    for (const { compound, run } of runs) {
      for (const marker of ['ucOC', 'dp-ucMGP'] as const) {
        const times = [...MARKER_READOUT_WEEKS.map((w) => w * 168), 0, 1, 167.95, 168.05, 1000.5, 1e9, -5];
        for (const atH of times) {
          expect(markerChangeAtPct(run, compound, marker, atH)).toBe(scanned(run, compound, marker, atH));
          compared++;
        }
      }
    }
    expect(compared).toBe(72);
  });
});
