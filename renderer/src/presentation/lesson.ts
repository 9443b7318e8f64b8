import { z } from 'zod';
import { describeIssues, parseScenario, serializeScenario } from '../../../sim';
import type { PresentedScene } from './scenes';
import { STORY_SCENE_IDS } from './story';

/** A teacher's sequence of scenes, saved as JSON. Older versions would be migrated here, as scenarios are in sim/. */
export const LESSON_FORMAT = 'k2-kinetics-lesson';
export const LESSON_VERSION = 1;
/** A lesson holds a few dozen scenarios of a few kB each. */
export const MAX_LESSON_BYTES = 5_000_000;
export const MAX_LESSON_SCENES = 100;

/** The file's shape; each scene's scenario is checked (and migrated) by the simulation's own scenario parser. */
export const lessonSchema = z
  .object({
    format: z.literal(LESSON_FORMAT),
    version: z.literal(LESSON_VERSION),
    title: z.string().max(200).default('Untitled lesson'),
    scenes: z
      .array(
        z
          .object({
            title: z.string().min(1).max(200),
            caption: z.string().max(2000).optional(),
            story: z.enum(STORY_SCENE_IDS).optional(),
            scenario: z.unknown(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_LESSON_SCENES),
  })
  .strict();

export interface Lesson {
  title: string;
  scenes: PresentedScene[];
}

export type LessonParseResult = { ok: true; lesson: Lesson } | { ok: false; error: string };

/** Reads a lesson file's text: size, JSON, format, version, then every scene's scenario. Errors name the field. */
export function parseLessonText(text: string): LessonParseResult {
  if (text.length > MAX_LESSON_BYTES) {
    return {
      ok: false,
      error: `File is too large for a lesson (${text.length.toLocaleString('en')} characters).`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'File is empty: it is not a K2 Kinetics lesson.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Not a K2 Kinetics lesson: expected a JSON object.' };
  }
  const doc = data as Record<string, unknown>;
  if (doc['format'] !== LESSON_FORMAT) {
    const hint =
      doc['format'] === 'k2-kinetics-scenario' ? ' (this is a scenario: open it from the main window)' : '';
    return { ok: false, error: `Not a K2 Kinetics lesson: format should be "${LESSON_FORMAT}"${hint}.` };
  }
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: missing or not a positive whole number.' };
  }
  if (version > LESSON_VERSION) {
    return {
      ok: false,
      error: `version: this lesson is version ${version}, written by a newer K2 Kinetics; this version reads up to ${LESSON_VERSION}. Please update the app.`,
    };
  }
  const parsed = lessonSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const scenes: PresentedScene[] = [];
  for (const [i, scene] of parsed.data.scenes.entries()) {
    const scenario = parseScenario(scene.scenario);
    if (!scenario.ok) return { ok: false, error: `scenes[${i}].scenario: ${scenario.error}` };
    scenes.push({
      title: scene.title,
      scenario: scenario.scenario,
      ...(scene.caption !== undefined ? { caption: scene.caption } : {}),
      ...(scene.story !== undefined ? { story: scene.story } : {}),
    });
  }
  return { ok: true, lesson: { title: parsed.data.title, scenes } };
}

/** Pretty-printed JSON with a trailing newline; scenarios written exactly as scenario files are. */
export function serializeLesson(lesson: Lesson): string {
  const doc = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: lesson.title,
    scenes: lesson.scenes.map((s) => ({
      title: s.title,
      ...(s.caption ? { caption: s.caption } : {}),
      ...(s.story ? { story: s.story } : {}),
      scenario: JSON.parse(serializeScenario(s.scenario)) as unknown,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the lesson title: "Vitamin K in class" -> "vitamin-k-in-class.k2lesson.json". */
export function lessonFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'lesson'}.k2lesson.json`;
}
