import { describe, expect, it } from 'vitest';
import {
  DETECTION_LIMIT_NG_PER_ML,
  molarMass,
  plasmaAt,
  regimenMetrics,
  simulateRegimen,
  TISSUE_PRESET,
  timeAboveThresholdH,
  toRegimen,
  type CompoundId,
  type Scenario,
} from '../../sim';
import {
  defaultAnnotations,
  sceneCaption,
  sceneSimulation,
  storyScenes,
  summaryCaption,
  type PresentedScene,
} from '../../renderer/src/presentation/scenes';
import { STORY } from '../../renderer/src/presentation/story';

// Independent of the module's formatting helpers: the numbers a class reads, recomputed from sim directly.
const conc = (x: number) => String(Number(x.toPrecision(2)));
const hours = (x: number) => `${Math.round(x)} h`;
const ratio = (x: number) =>
  x >= 10 ? `${Math.round(x).toLocaleString('en-US')}×` : `${(Math.round(x * 10) / 10).toString()}×`;
const pct = (x: number) => `${Math.round(x * 100)}%`;

function run(scenario: Scenario, compound: CompoundId, patch: Partial<ReturnType<typeof toRegimen>> = {}) {
  const source = scenario.regimens.find((r) => r.compound === compound);
  if (!source) throw new Error(`scenario has no ${compound}`);
  const regimen = { ...toRegimen(source), ...patch };
  const result = simulateRegimen(regimen, scenario.horizonDays * 24, scenario.stepMin / 60);
  return { regimen, result, metrics: regimenMetrics(regimen, result, molarMass(compound)) };
}

function scene(id: string): PresentedScene {
  const found = storyScenes().find((s) => s.story === id);
  if (!found) throw new Error(`no scene ${id}`);
  return found;
}

function captionOf(s: PresentedScene): string {
  return sceneCaption(s, sceneSimulation(s), defaultAnnotations(s));
}

describe('classroom story', () => {
  it('has the eight stories in teaching order, each a valid scenario with a caption', () => {
    expect(STORY.map((s) => s.id)).toEqual([
      'single-dose',
      'daily-plateau',
      'fat',
      'tissue',
      'missed-dose',
      'k1-vs-mk7',
      'variation',
      'mk4-milligrams',
    ]);
    for (const s of storyScenes()) {
      expect(s.scenario.regimens.length).toBeGreaterThan(0);
      expect(captionOf(s).length).toBeGreaterThan(40);
    }
  });

  it('scene 1: MK-4 peak, never detectable; MK-7 peak and level at 48 h come from the simulation', () => {
    const s = scene('single-dose');
    const text = captionOf(s);
    const mk4 = run(s.scenario, 'mk4');
    const mk7 = run(s.scenario, 'mk7');
    expect(timeAboveThresholdH(mk4.result, DETECTION_LIMIT_NG_PER_ML.value)).toBe(0);
    expect(text).toContain(`MK-4 peaks at ${conc(mk4.metrics.cmaxNgPerMl)} ng/mL`);
    expect(text).toContain(
      `never reaches the assumed ${DETECTION_LIMIT_NG_PER_ML.value} ng/mL detection limit`,
    );
    expect(text).toContain(
      `MK-7 peaks at ${conc(mk7.metrics.cmaxNgPerMl)} ng/mL after ${hours(mk7.metrics.tmaxH)}`,
    );
    const c48 = plasmaAt(mk7.result, [48])[0]!;
    expect(text).toContain(
      `still at ${conc(c48)} ng/mL after 48 h: ${pct(c48 / mk7.metrics.cmaxNgPerMl)} of its peak`,
    );
    // MK-4 "gone in hours": the first grid time after its peak below 1% of the peak.
    const { timeH, plasmaNgPerMl } = mk4.result;
    const i = timeH.findIndex(
      (t, k) => t > mk4.metrics.tmaxH && plasmaNgPerMl[k]! < 0.01 * mk4.metrics.cmaxNgPerMl,
    );
    expect(text).toContain(`below 1% of that by ${hours(timeH[i]!)}`);
  });

  it('scene 2: half-life, plateau trough-peak, time to 90% and accumulation from steadyState', () => {
    const s = scene('daily-plateau');
    const text = captionOf(s);
    const { metrics } = run(s.scenario, 'mk7');
    const ss = metrics.steadyState!;
    expect(text).toContain(
      `half-life is ${hours(metrics.tHalfH)} (${Math.round((metrics.tHalfH / 24) * 10) / 10} days)`,
    );
    expect(text).toContain(`plateau of ${conc(ss.troughNgPerMl)}–${conc(ss.peakNgPerMl)} ng/mL`);
    expect(text).toContain(`90% reached after ${Math.round((ss.timeTo90PctH / 24) * 10) / 10} days`);
    expect(text).toContain(`${ratio(ss.accumulationRatio)} the exposure of day 1`);
  });

  it('scene 3: fed vs fasted plateau averages and the Uematsu ratio', () => {
    const s = scene('fat');
    const text = captionOf(s);
    const fed = run(s.scenario, 'mk7').metrics.steadyState!;
    const fasted = run(s.scenario, 'mk7', { fatG: 0 }).metrics.steadyState!;
    expect(text).toContain(`absorbs ${ratio(fed.averageNgPerMl / fasted.averageNgPerMl)} as much as fasted`);
    expect(text).toContain(`${conc(fed.averageNgPerMl)} ng/mL against ${conc(fasted.averageNgPerMl)} ng/mL`);
    expect(text).toContain(`rise ${ratio(1024 / 485)} from 20 g to 34.9 g`);
    expect(text).toContain('assumption');
  });

  it('scene 4: bone exposure ratio and marker changes as trials report them (sim/markers.ts), no carboxylated fractions', () => {
    const s = scene('tissue');
    const text = captionOf(s);
    const mk4 = run(s.scenario, 'mk4');
    const mk7 = run(s.scenario, 'mk7');
    const bone = mk7.metrics.tissue.boneAucNgHPerMl / mk4.metrics.tissue.boneAucNgHPerMl;
    // Past 1,000× the caption says so in words rather than quoting a six-digit ratio.
    expect(text).toContain(`${bone >= 1000 ? 'over 1,000×' : ratio(bone)} more exposure from MK-7`);
    // The 4-week change, recomputed from the tissue curve by hand: week average -> nmol/L -> Emax, to 5%.
    const weekAverage = (series: Float64Array) => {
      let sum = 0;
      let n = 0;
      mk7.result.timeH.forEach((t, i) => {
        if (t > 3 * 168 && t <= 4 * 168) {
          sum += series[i]!;
          n++;
        }
      });
      return ((sum / n) * 1000) / 649.0;
    };
    const fall = (c: number, ec50: number) => Math.round((-100 * c) / (ec50 + c) / 5) * 5;
    const mgp = fall(weekAverage(mk7.result.arteryNgPerMl), TISSUE_PRESET.artery.ec50NmolPerL);
    const oc = fall(weekAverage(mk7.result.boneNgPerMl), TISSUE_PRESET.bone.ec50NmolPerL);
    expect(text).toContain(`After 4 weeks MK-7 changes dp-ucMGP by about −${-mgp}%`);
    expect(text).toContain(`ucOC by about −${-oc}%`);
    expect(text).toContain('calibrated to Caluwé 2014');
    expect(text).toContain('illustrative');
    expect(text).not.toMatch(/carboxylated osteocalcin reaches/);
  });

  it('scene 5: the dip after the missed dose and time above the threshold', () => {
    const s = scene('missed-dose');
    const settings = defaultAnnotations(s);
    const text = sceneCaption(s, sceneSimulation(s), settings);
    const missed = run(s.scenario, 'mk7');
    const full = run(s.scenario, 'mk7', { missedDoses: [] });
    const index = missed.regimen.missedDoses[0]!;
    const from = index * 24;
    const low = (r: typeof missed) => {
      let m = Infinity;
      r.result.timeH.forEach((t, k) => {
        if (t >= from && t <= from + 48) m = Math.min(m, r.result.plasmaNgPerMl[k]!);
      });
      return m;
    };
    expect(low(missed)).toBeLessThan(low(full));
    expect(text).toContain(`day ${index}`);
    expect(text).toContain(
      `dips to ${conc(low(missed))} ng/mL, only ${pct(1 - low(missed) / low(full))} below`,
    );
    const above = timeAboveThresholdH(missed.result, settings.thresholdNgPerMl);
    expect(text).toContain(`for ${pct(above / (s.scenario.horizonDays * 24))} of the 21 days`);
    const k1 = timeAboveThresholdH(run(s.scenario, 'k1').result, settings.thresholdNgPerMl);
    expect(text).toContain(`above the line for ${hours(k1)} in all`);
    // The caption follows the teacher's threshold.
    const other = sceneCaption(s, sceneSimulation(s), { ...settings, thresholdNgPerMl: 1.5 });
    expect(other).toContain(
      `the 1.5 ng/mL line for ${pct(timeAboveThresholdH(missed.result, 1.5) / (21 * 24))}`,
    );
  });

  it('scene 6: similar first peaks (fitted), K1 hybrid half-lives, the 7-8× plateau ratio (fitted) and the time to plateau (predicted)', () => {
    const s = scene('k1-vs-mk7');
    const text = captionOf(s);
    const mk7Run = run(s.scenario, 'mk7');
    const k1Run = run(s.scenario, 'k1');
    const mk7 = mk7Run.metrics.steadyState!;
    const k1 = k1Run.metrics.steadyState!;
    const r = mk7.averageNgPerMl / k1.averageNgPerMl;
    expect(r).toBeGreaterThan(7);
    expect(r).toBeLessThan(8);
    expect(text).toContain(`a plateau average ${ratio(r)} K1's, fitted to Schurgers 2007's 7-8× (band)`);
    // First-day peaks from the plain runs: highest level within the first 24 h.
    const firstPeak = (x: typeof mk7Run) => {
      let best = { t: 0, c: -1 };
      x.result.timeH.forEach((t, i) => {
        if (t <= 24 && x.result.plasmaNgPerMl[i]! > best.c) best = { t, c: x.result.plasmaNgPerMl[i]! };
      });
      return best;
    };
    const p1 = firstPeak(k1Run);
    const p7 = firstPeak(mk7Run);
    expect(text).toContain(
      `First peaks after ${hours(p1.t)} (K1) and ${hours(p7.t)} (MK-7), MK-7's ${ratio(p7.c / p1.c)} K1's (fitted to Schurgers 2007)`,
    );
    expect(text).toContain('(half-lives 1.0 h and 27.6 h, fitted to Olson 2002)');
    expect(text).not.toContain('3.56');
    expect(text).toMatch(/95% of it after 1\d days \(predicted; Schurgers 2007 saw about 2 weeks\)\./);
  });

  it('a teacher caption replaces the computed one; a scene without one gets a computed summary', () => {
    const s = { ...scene('daily-plateau'), caption: 'Watch the trough.' };
    expect(captionOf(s)).toBe('Watch the trough.');
    const plain: PresentedScene = { title: 'Mine', scenario: scene('k1-vs-mk7').scenario };
    const mk7 = run(plain.scenario, 'mk7').metrics;
    const summary = summaryCaption(sceneSimulation(plain));
    expect(captionOf(plain)).toBe(summary);
    expect(summary).toContain(`MK-7: peak ${conc(mk7.cmaxNgPerMl)} ng/mL after ${hours(mk7.tmaxH)}`);
  });
});
