/**
 * A lesson that passes the schema but gives a story scene a scenario it cannot draw is refused at open,
 * naming the scene (issue 10, item 5). The independent truth is the story's own caption code, the code that
 * threw while rendering and blanked the page: for every story scene and a set of broken variants of its
 * scenario, `storySceneProblem` says "fine" exactly when the real caption runs without throwing.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  parseLessonText,
  STORY_NEEDS,
  storySceneProblem,
} from '../../renderer/src/presentation/lesson';
import { simulateScene } from '../../renderer/src/presentation/sceneSimulation';
import { STORY, STORY_SCENE_IDS } from '../../renderer/src/presentation/story';

/** Broken variants of a scenario: each removes one thing some scene reads. */
function variants(scenario: Scenario): [string, Scenario][] {
  const out: [string, Scenario][] = [['as shipped', scenario]];
  const edit = (name: string, change: (s: Scenario) => void) => {
    const copy = structuredClone(scenario);
    change(copy);
    if (copy.regimens.length > 0) out.push([name, copy]);
  };
  for (const compound of ['mk4', 'mk7', 'k1'] as const) {
    edit(`without ${compound}`, (s) => {
      s.regimens = s.regimens.filter((r) => r.compound !== compound);
    });
  }
  edit('K1 only', (s) => {
    s.regimens = s.regimens.map((r) => ({ ...r, compound: 'k1' as const }));
  });
  edit('fat comparison off', (s) => {
    s.display.compareFat = false;
  });
  edit('no meal fat', (s) => s.regimens.forEach((r) => (r.fatG = 0)));
  edit('no missed dose', (s) => s.regimens.forEach((r) => (r.missedDoses = [])));
  edit('no regular doses', (s) => s.regimens.forEach((r) => (r.doseCount = 0)));
  edit('zero dose', (s) => s.regimens.forEach((r) => (r.doseUg = 0)));
  return out;
}

function captionThrows(id: (typeof STORY_SCENE_IDS)[number], scenario: Scenario): boolean {
  const story = STORY.find((s) => s.id === id)!;
  try {
    story.caption(simulateScene(scenario), story.annotations);
    return false;
  } catch {
    return true;
  }
}

describe('story scene needs', () => {
  it('covers every story scene', () => {
    expect(Object.keys(STORY_NEEDS).sort()).toEqual([...STORY_SCENE_IDS].sort());
  });

  // Every story scenario under every story id: the pairings a teacher can make by editing a lesson.
  for (const id of STORY_SCENE_IDS) {
    for (const source of STORY) {
      for (const [name, scenario] of variants(source.scenario)) {
        it(`${id} on the ${source.id} scenario, ${name}: refused exactly when the scene cannot be drawn`, () => {
          const problem = storySceneProblem(id, scenario, 1);
          expect(problem === null).toBe(!captionThrows(id, scenario));
        });
      }
    }
  }

  it('names the scene and what is missing, in the user’s words', () => {
    const single = STORY.find((s) => s.id === 'single-dose')!.scenario;
    const k1Only = structuredClone(single);
    k1Only.regimens = k1Only.regimens.map((r) => ({ ...r, compound: 'k1' as const }));
    expect(storySceneProblem('single-dose', k1Only, 1)).toBe(
      "Scene 1 (one dose of MK-4 vs MK-7) needs an MK-4 regimen; this lesson's scene has only K1.",
    );
  });

  it('parseLessonText refuses a lesson whose scene 2 cannot be drawn, naming scene 2', () => {
    const ok = STORY.find((s) => s.id === 'single-dose')!.scenario;
    const k1Only = structuredClone(ok);
    k1Only.regimens = [k1Only.regimens[0]!].map((r) => ({ ...r, compound: 'k1' as const }));
    const text = JSON.stringify({
      format: LESSON_FORMAT,
      version: LESSON_VERSION,
      title: 'Edited',
      scenes: [
        { title: 'Fine', story: 'single-dose', scenario: ok },
        { title: 'Broken', story: 'single-dose', scenario: k1Only },
      ],
    });
    const parsed = parseLessonText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^Scene 2 \(one dose of MK-4 vs MK-7\) needs an MK-4 regimen/);
  });
});
