/**
 * Fuzzing the lesson parser (issue 10, item 8): every generated input becomes a lesson or is refused with one
 * line in words; nothing throws. Mutations start from the built-in story, so they reach every field, including
 * a scene's story id against its scenario (the check that keeps a scene from blanking the page). Seeded.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pathsOf, setAt } from '../support/mutate';
import { parseLessonText, serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';

const SEED = 20261125;
let tried = 0;
let accepted = 0;
afterAll(() => console.log(`lesson fuzz inputs tried: ${tried} (accepted: ${accepted})`));

function expectLessonOrOneLineRefusal(text: string): void {
  tried++;
  const parsed = parseLessonText(text);
  if (parsed.ok) {
    accepted++;
    expect(parsed.lesson.scenes.length).toBeGreaterThan(0);
    return;
  }
  expect(parsed.error.length).toBeGreaterThan(0);
  expect(parsed.error.length).toBeLessThan(2000);
  expect(parsed.error).not.toMatch(/\n|\bundefined\b|\[object Object\]/);
}

describe('fuzz: lesson parser', () => {
  const base = JSON.parse(serializeLesson({ title: 'Story', scenes: storyScenes() })) as unknown;
  const paths = pathsOf(base).filter((p) => p.length > 0);
  const nasty = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.double(),
    fc.constantFrom(0, -1, 1e308, 'single-dose', 'fat', 'mk4', 'k1', 3661),
    fc.string(),
    fc.constant(undefined),
  );

  it('mutated story lessons: a lesson, or refused with one line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), nasty), { minLength: 1, maxLength: 5 }),
        (edits) => {
          const doc = edits.reduce<unknown>((d, [path, value]) => setAt(d, path, value), base);
          expectLessonOrOneLineRefusal(JSON.stringify(doc) ?? '');
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('arbitrary text and JSON: refused with one line, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.string()), (text) =>
        expectLessonOrOneLineRefusal(text),
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });
});
