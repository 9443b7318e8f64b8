import { describe, expect, it } from 'vitest';
import { defaultScenario, SCENARIO_VERSION, serializeScenario } from '../../sim';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  lessonFileName,
  parseLessonText,
  serializeLesson,
} from '../../renderer/src/presentation/lesson';
import { sceneFromScenario, storyScenes } from '../../renderer/src/presentation/scenes';

function lessonDoc(scenes: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: 'Week 3',
    scenes,
    ...extra,
  });
}

describe('lesson files', () => {
  it('round-trips the story plus a teacher scene, keeping titles, captions and story ids', () => {
    const mine = {
      ...sceneFromScenario(defaultScenario(), 'My schedule'),
      caption: 'What happens on day 5?',
    };
    const text = serializeLesson({ title: 'Vitamin K, week 3', scenes: [...storyScenes(), mine] });
    const parsed = parseLessonText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.lesson.title).toBe('Vitamin K, week 3');
    const storyCount = storyScenes().length;
    expect(parsed.lesson.scenes).toHaveLength(storyCount + 1);
    expect(parsed.lesson.scenes[0]!.story).toBe('single-dose');
    expect(parsed.lesson.scenes[storyCount]).toEqual(mine);
    expect(parsed.lesson.scenes.map((s) => s.scenario)).toEqual(
      [...storyScenes(), mine].map((s) => s.scenario),
    );
  });

  it('accepts an older scenario version inside a lesson (migrated by sim)', () => {
    const v1 = { version: 1, compound: 'mk7', doseUg: 180, intervalH: 24, days: 14, fatG: 10 };
    const parsed = parseLessonText(lessonDoc([{ title: 'Old file', scenario: v1 }]));
    if (!parsed.ok) throw new Error(parsed.error);
    const scenario = parsed.lesson.scenes[0]!.scenario;
    expect(scenario.version).toBe(SCENARIO_VERSION);
    expect(scenario.regimens[0]).toMatchObject({ compound: 'mk7', doseUg: 180, fatG: 10 });
  });

  it('rejects malformed files with errors that name the problem', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{"format": "k2-kinetics-lesson", "version": 1, "scenes": [', /Not valid JSON/],
      ['[1, 2]', /expected a JSON object/],
      [serializeScenario(defaultScenario()), /this is a scenario/],
      [JSON.stringify({ format: LESSON_FORMAT, scenes: [] }), /^version: missing/],
      [lessonDoc([]), /^Scene list must have at least 1 entry$/],
      [
        lessonDoc([{ title: '', scenario: defaultScenario() }]),
        /^Scene 1: the title must be at least 1 character long$/,
      ],
      [
        lessonDoc([{ title: 'x', scenario: defaultScenario(), colour: 'red' }]),
        /^Scene 1: unknown field "colour"$/,
      ],
      [
        lessonDoc([{ title: 'x', story: 'not-a-story', scenario: defaultScenario() }]),
        /^Scene 1: the story scene must be one of "single-dose", /,
      ],
      [
        lessonDoc([
          { title: 'ok', scenario: defaultScenario() },
          { title: 'bad', scenario: { ...defaultScenario(), horizonDays: -1 } },
        ]),
        /^Scene 2, its scenario: Duration must be more than 0 days, got -1$/,
      ],
      [lessonDoc([{ title: 'x', scenario: { hello: 1 } }]), /^Scene 1, its scenario: Version is missing/],
    ];
    for (const [text, pattern] of cases) {
      const parsed = parseLessonText(text);
      expect(parsed.ok, text.slice(0, 80)).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(pattern);
    }
  });

  it('refuses a lesson from a newer version and says to update', () => {
    const parsed = parseLessonText(
      lessonDoc([{ title: 'x', scenario: defaultScenario() }], { version: LESSON_VERSION + 1 }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(
        new RegExp(`version ${LESSON_VERSION + 1}, written by a newer K2 Kinetics.*update the app`),
      );
  });

  it('makes a safe file name from the title', () => {
    expect(lessonFileName('Vitamin K: week 3 / MK-7!')).toBe('vitamin-k-week-3-mk-7.k2lesson.json');
    expect(lessonFileName('***')).toBe('lesson.k2lesson.json');
  });
});
