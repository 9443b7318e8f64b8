/**
 * The two scenes added for issue 9: "Why one person's level differs from another's" (bands of 1,000 people)
 * and "Why MK-4 needs milligrams" (the clinical regimen next to MK-7). Caption numbers are recomputed here from
 * sim directly (simulatePopulation, simulateRegimen), not through the story's code.
 */
import { describe, expect, it } from 'vitest';
import {
  makeRegimen,
  molarMass,
  regimenMetrics,
  simulatePopulation,
  simulateRegimen,
  toRegimen,
} from '../../sim';
import {
  sceneCaption,
  sceneSimulation,
  defaultAnnotations,
  storyScenes,
} from '../../renderer/src/presentation/scenes';
import { storyScene } from '../../renderer/src/presentation/story';

const conc = (x: number) =>
  x >= 100 ? Math.round(x).toLocaleString('en') : String(Number(x.toPrecision(2)));

function presented(id: string) {
  const s = storyScenes().find((x) => x.story === id);
  if (!s) throw new Error(`no scene ${id}`);
  return { s, caption: sceneCaption(s, sceneSimulation(s), defaultAnnotations(s)) };
}

describe('scene: why one person’s level differs from another’s', () => {
  it('quotes the day-21 percentiles of 1,000 seeded people and the published AUC CVs', () => {
    const { s, caption } = presented('variation');
    expect(storyScene('variation').population).toBe(true);
    const r = s.scenario.regimens[0]!;
    const horizonH = s.scenario.horizonDays * 24;
    const p = simulatePopulation(toRegimen(r), horizonH, s.scenario.stepMin / 60, {
      subjects: 1000,
      seed: 1,
    });
    const end = p.timeH.length - 1;
    const b = p.plasmaNgPerMl;
    expect(caption).toContain(`the median is ${conc(b.p50[end]!)} ng/mL`);
    expect(caption).toContain(`between ${conc(b.p25[end]!)} and ${conc(b.p75[end]!)} ng/mL`);
    expect(caption).toContain(`between ${conc(b.p05[end]!)} and ${conc(b.p95[end]!)} ng/mL`);
    // Uematsu 1996: SD/mean 150/485 = 31% and 194/371 = 52%.
    expect(caption).toContain('Uematsu 1996 measured 31%-52%');
    expect(caption).toContain(`Exposure varies ${Math.round(p.summary.auc.cv! * 100)}% (CV)`);
  });
});

describe('scene: why MK-4 needs milligrams', () => {
  it('is the clinical regimen (45 mg/day, 500× 90 µg) on a log axis, with the model and Uematsu 1996 AUC', () => {
    const { s, caption } = presented('mk4-milligrams');
    expect(s.scenario.display.axis).toBe('log');
    const mk4 = s.scenario.regimens.find((r) => r.compound === 'mk4')!;
    expect(mk4.doseUg).toBe(15_000);
    expect(caption).toContain('500× the 90 µg of MK-7');
    const horizonH = s.scenario.horizonDays * 24;
    const run = simulateRegimen(toRegimen(mk4), horizonH, s.scenario.stepMin / 60);
    const m = regimenMetrics(toRegimen(mk4), run, molarMass('mk4'));
    expect(caption).toContain(`MK-4 peaks at ${conc(m.cmaxNgPerMl)} ng/mL`);
    // The morning low of the last day: the last evening dose (19:00 the day before) until breakfast is absorbed.
    const lastDayH = horizonH - 24;
    let low = Infinity;
    run.timeH.forEach((t, i) => {
      if (t >= lastDayH - 13 && t <= lastDayH + 6) low = Math.min(low, run.plasmaNgPerMl[i]!);
    });
    expect(caption).toContain(`down to ${conc(low)} ng/mL each morning`);
    // One 15 mg dose with a 20 g-fat meal: Uematsu 1996 mean AUC(0-24 h) 485 ng·h/mL.
    const single = makeRegimen({ compound: 'mk4', doseUg: 15_000, fatG: 20, doseCount: 1 });
    const auc = regimenMetrics(single, simulateRegimen(single, 24, 0.1), molarMass('mk4')).aucNgHPerMl;
    expect(caption).toContain(`AUC(0-24 h) ${conc(auc)} ng·h/mL, Uematsu 1996 measured 485`);
  });
});
