/**
 * Population benchmark: 1,000 virtual subjects on 90 days of daily MK-7 at hourly resolution (2,161 points,
 * 90 doses), the target being under 100 ms. Prints wall-clock and CPU time (CPU time is what a
 * loaded machine cannot inflate); asserts nothing (speed goals live here, not in unit tests).
 * Run: npx tsx scripts/bench-population.ts (the coordinator calls benchPopulation from npm run bench).
 */
import { cpuUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { makeRegimen } from '../sim/regimen/regimen';
import { simulatePopulation } from '../sim/population/simulatePopulation';

export interface PopulationBench {
  wallMedianMs: number;
  wallBestMs: number;
  cpuMedianMs: number;
  cpuBestMs: number;
}

export function benchPopulation(repeats = 9): PopulationBench {
  const regimen = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 });
  const wall: number[] = [];
  const cpu: number[] = [];
  simulatePopulation(regimen, 90 * 24, 1, { subjects: 1000, seed: 99 }); // warm-up (JIT)
  for (let i = 0; i < repeats; i++) {
    const c0 = cpuUsage();
    const t0 = performance.now();
    simulatePopulation(regimen, 90 * 24, 1, { subjects: 1000, seed: i + 1 });
    wall.push(performance.now() - t0);
    const c = cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const [w, c] = [sorted(wall), sorted(cpu)];
  const mid = Math.floor(repeats / 2);
  return { wallMedianMs: w[mid]!, wallBestMs: w[0]!, cpuMedianMs: c[mid]!, cpuBestMs: c[0]! };
}

export function formatPopulationBench(b: PopulationBench): string {
  return `population: 1,000 subjects x 90 days hourly (2,161 points, 90 doses): wall median ${b.wallMedianMs.toFixed(1)} ms (best ${b.wallBestMs.toFixed(1)}), CPU median ${b.cpuMedianMs.toFixed(1)} ms (best ${b.cpuBestMs.toFixed(1)}); target < 100 ms`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(formatPopulationBench(benchPopulation()));
