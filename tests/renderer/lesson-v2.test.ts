/**
 * Lesson version 2: prediction settings and annotations per scene, captions with live numbers, and version 1
 * files migrated. The placeholder values are checked against the scenario's numbers computed independently
 * (sim's regimenMetrics on a one-compartment MK-7 whose half-life is the preset's 68 h, and the closed-form
 * 90%-of-plateau time ln(10)/ke for regular doses).
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, presetParameters, type Scenario } from '../../sim';
import {
  LESSON_VERSION,
  parseLessonText,
  serializeLesson,
  type Lesson,
} from '../../renderer/src/presentation/lesson';
import {
  captionText,
  parseCaption,
  placeholderValues,
} from '../../renderer/src/presentation/captionPlaceholders';
import {
  sceneCaption,
  sceneFromScenario,
  sceneSimulation,
  storyScenes,
  defaultAnnotations,
} from '../../renderer/src/presentation/scenes';

/** One MK-7 regimen, 90 µg daily for 21 days, shown alone. */
function mk7Daily(): Scenario {
  const s = defaultScenario();
  const mk7 = s.regimens.find((r) => r.compound === 'mk7')!;
  return {
    ...s,
    horizonDays: 21,
    regimens: [{ ...mk7, doseUg: 90, intervalH: 24, doseCount: 21, missedDoses: [], extraDoses: [] }],
    display: { ...s.display, visible: ['mk7'], units: 'ng/mL' },
  };
}

const v1Doc = {
  format: 'k2-kinetics-lesson',
  version: 1,
  title: 'Old lesson',
  scenes: [
    // In version 1 braces were plain text.
    { title: 'Braces', caption: 'Sets {a, b} and {peak} as written', scenario: mk7Daily() },
    { title: 'Story', story: 'single-dose', scenario: storyScenes()[0]!.scenario },
  ],
};

describe('lesson version 2', () => {
  it('opens a version 1 file: braces in its captions stay literal, no scene predicts', () => {
    expect(LESSON_VERSION).toBe(2);
    const parsed = parseLessonText(JSON.stringify(v1Doc));
    if (!parsed.ok) throw new Error(parsed.error);
    const [braces, story] = parsed.lesson.scenes;
    expect(braces!.caption).toBe('Sets {{a, b}} and {{peak}} as written');
    expect(sceneCaption(braces!, sceneSimulation(braces!), defaultAnnotations(braces!))).toBe(
      'Sets {a, b} and {peak} as written',
    );
    expect(braces!.predict).toBeUndefined();
    expect(story!.story).toBe('single-dose');
    // Saved again, it is a version 2 file that reads back the same.
    const again = parseLessonText(serializeLesson(parsed.lesson));
    if (!again.ok) throw new Error(again.error);
    expect(JSON.parse(serializeLesson(again.lesson)).version).toBe(2);
    expect(again.lesson.scenes[0]!.caption).toBe(braces!.caption);
  });

  it('keeps prediction settings and annotations through save and open', () => {
    const scene = {
      ...sceneFromScenario(mk7Daily(), 'Guess the plateau'),
      caption: 'Plateau after {plateauDays}',
      predict: {
        hide: 'future' as const,
        fromDays: 3,
        allowReveal: true,
        guesses: ['daysToPlateau' as const],
      },
      annotations: {
        halfLife: true,
        steadyState: false,
        threshold: true,
        doses: false,
        thresholdNgPerMl: 1.5,
      },
    };
    const lesson: Lesson = { title: 'Predictions', scenes: [scene] };
    const parsed = parseLessonText(serializeLesson(lesson));
    if (!parsed.ok) throw new Error(parsed.error);
    const back = parsed.lesson.scenes[0]!;
    expect(back.predict).toEqual(scene.predict);
    expect(back.annotations).toEqual(scene.annotations);
    expect(defaultAnnotations(back)).toEqual(scene.annotations);
    expect(back.caption).toBe('Plateau after {plateauDays}');
  });

  it('refuses prediction settings that cannot be shown, naming the scene', () => {
    const doc = (predict: unknown) =>
      JSON.stringify({
        format: 'k2-kinetics-lesson',
        version: 2,
        title: 'x',
        scenes: [{ title: 'a', scenario: mk7Daily(), predict }],
      });
    const late = parseLessonText(doc({ hide: 'future', fromDays: 30, allowReveal: true }));
    expect(late).toEqual({
      ok: false,
      error:
        "Scene 1: a prediction of the future part needs the day it starts from (fromDays), before the run's end at day 21.",
    });
    const tissue = parseLessonText(
      JSON.stringify({
        format: 'k2-kinetics-lesson',
        version: 2,
        title: 'x',
        scenes: [
          {
            title: 'a',
            story: 'tissue',
            scenario: storyScenes().find((s) => s.story === 'tissue')!.scenario,
            predict: { hide: 'curve', allowReveal: true },
          },
        ],
      }),
    );
    expect(tissue).toEqual({
      ok: false,
      error:
        'Scene 1 (tissue reach of MK-4 and MK-7) draws tissue, not a plasma curve to predict: remove its prediction.',
    });
    const bad = parseLessonText(doc({ hide: 'everything', allowReveal: true }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/hide/);
  });
});

describe('caption placeholders', () => {
  it('fill in the featured regimen’s numbers, in the scene’s units, and stay live when the scenario changes', () => {
    const scene = {
      ...sceneFromScenario(mk7Daily()),
      caption:
        '{compound}: peak {peak} at {peakTime}, t½ {halfLife}, plateau after {plateauDays}, trough {trough}',
    };
    const sim = sceneSimulation(scene);
    const m = sim.regimens[0]!.metrics;
    const text = sceneCaption(scene, sim, defaultAnnotations(scene));
    // Independent numbers: the preset half-life, and ln(10)/ke days to 90% of the plateau.
    const tHalfH = presetParameters('mk7').tHalfH;
    expect(tHalfH).toBe(68);
    const plateauDays = Math.log(10) / (Math.LN2 / tHalfH) / 24;
    expect(text).toContain(`t½ 68 h`);
    expect(text).toMatch(/^MK-7: peak [\d.]+ ng\/mL at \d+ h/);
    const shownPlateau = Number(/plateau after ([\d.]+) days/.exec(text)![1]);
    expect(Math.abs(shownPlateau - plateauDays)).toBeLessThanOrEqual(1.05);
    expect(Number(/peak ([\d.]+) ng/.exec(text)![1])).toBeCloseTo(m.cmaxNgPerMl, 1);
    expect(Number(/trough ([\d.]+) ng/.exec(text)![1])).toBeCloseTo(m.troughNgPerMl!, 1);
    // Live: double the dose, the peak doubles (linear kinetics); nmol/L changes the unit.
    const doubled = {
      ...scene,
      scenario: { ...scene.scenario, regimens: [{ ...scene.scenario.regimens[0]!, doseUg: 180 }] },
    };
    const text2 = sceneCaption(doubled, sceneSimulation(doubled), defaultAnnotations(doubled));
    expect(
      Number(/peak ([\d.]+) ng/.exec(text2)![1]) / Number(/peak ([\d.]+) ng/.exec(text)![1]),
    ).toBeCloseTo(2, 1);
    const nmol = {
      ...scene,
      scenario: { ...scene.scenario, display: { ...scene.scenario.display, units: 'nmol/L' as const } },
    };
    expect(sceneCaption(nmol, sceneSimulation(nmol), defaultAnnotations(nmol))).toMatch(
      /peak [\d.]+ nmol\/L/,
    );
  });

  it('one dose has no trough and no plateau, and says so', () => {
    const one = mk7Daily();
    one.regimens[0]!.doseCount = 1;
    const values = placeholderValues(sceneSimulation(sceneFromScenario(one)));
    expect(values.trough).toBe('(no trough: no repeated doses)');
    expect(values.plateauDays).toBe('(no plateau: no regular repeated doses)');
  });

  it('shows an unknown name visibly, and {{ }} as braces', () => {
    const values = placeholderValues(sceneSimulation(sceneFromScenario(mk7Daily())));
    const parts = parseCaption('Peak {peek}, {{peak}} is {peak}; {not a name} {', values);
    expect(parts.filter((p) => p.kind === 'unknown')).toEqual([
      { kind: 'unknown', name: 'peek', text: '{peek?}' },
    ]);
    expect(captionText(parts)).toBe(`Peak {peek?}, {peak} is ${values.peak}; {not a name} {`);
  });
});
