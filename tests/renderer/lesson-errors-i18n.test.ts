/**
 * Why a lesson file or link is refused, in the UI's language: the file's own problems, a scene that cannot be
 * drawn, and a scene's scenario problem (sim's words, asked in the same language). English as it was.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator } from '../../renderer/src/i18n/locale';
import { LESSON_FORMAT, LESSON_VERSION, parseLessonText } from '../../renderer/src/presentation/lesson';
import { STORY } from '../../renderer/src/presentation/story';

const english = makeTranslator('en', CATALOGS.en);
const german = makeTranslator('de', CATALOGS.de);
const japanese = makeTranslator('ja', CATALOGS.ja);

const error = (text: string, tr = english) => {
  const parsed = parseLessonText(text, tr);
  return parsed.ok ? null : parsed.error;
};

/** A lesson of the single-dose story whose scene 2 has only K1. */
function k1SceneText(): string {
  const ok = STORY.find((s) => s.id === 'single-dose')!.scenario;
  const k1Only = structuredClone(ok);
  k1Only.regimens = [k1Only.regimens[0]!].map((r) => ({ ...r, compound: 'k1' as const }));
  return JSON.stringify({
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: 'Edited',
    scenes: [
      { title: 'Fine', story: 'single-dose', scenario: ok },
      { title: 'Broken', story: 'single-dose', scenario: k1Only },
    ],
  });
}

describe('lesson refusals in the UI language', () => {
  it('a scene that cannot be drawn', () => {
    expect(error(k1SceneText())).toBe(
      "Scene 2 (one dose of MK-4 vs MK-7) needs an MK-4 regimen; this lesson's scene has only K1.",
    );
    expect(error(k1SceneText(), german)).toBe(
      'Szene 2 (eine Dosis MK-4 gegenüber MK-7) braucht ein MK-4-Schema; die Szene dieser Lektion hat nur K1.',
    );
    expect(error(k1SceneText(), japanese)).toBe(
      'シーン2（MK-4とMK-7の1回服用）にはMK-4の投与計画が必要です。このレッスンのシーンにはK1しかありません。',
    );
  });

  it("the file's own problems: empty, a scenario file, a newer version", () => {
    expect(error('  ')).toBe('File is empty: it is not a K2 Kinetics lesson.');
    expect(error('  ', german)).toBe('Die Datei ist leer: Sie ist keine K2-Kinetics-Lektion.');
    const scenarioFile = JSON.stringify({ format: 'k2-kinetics-scenario', version: 1 });
    expect(error(scenarioFile)).toBe(
      `Not a K2 Kinetics lesson: format should be "${LESSON_FORMAT}" (this is a scenario: open it from the main window).`,
    );
    expect(error(JSON.stringify({ format: 'x' }))).toBe(
      `Not a K2 Kinetics lesson: format should be "${LESSON_FORMAT}".`,
    );
    expect(error(scenarioFile, german)).toBe(
      `Keine K2-Kinetics-Lektion: format sollte „${LESSON_FORMAT}“ sein (dies ist ein Szenario: Öffnen Sie es im Hauptfenster).`,
    );
    const newer = JSON.stringify({ format: LESSON_FORMAT, version: LESSON_VERSION + 1 });
    expect(error(newer)).toBe(
      `version: this lesson is version ${LESSON_VERSION + 1}, written by a newer K2 Kinetics; this version reads up to ${LESSON_VERSION}. Please update the app.`,
    );
    expect(error(newer, japanese)).toMatch(/^version：このレッスンはバージョン\d+で/);
  });

  it("a scene's scenario problem is in the same language throughout", () => {
    const ok = STORY.find((s) => s.id === 'daily-plateau')!.scenario;
    const bad = { ...structuredClone(ok), horizonDays: -1 };
    const text = JSON.stringify({
      format: LESSON_FORMAT,
      version: LESSON_VERSION,
      title: 't',
      scenes: [{ title: 'Bad', scenario: bad }],
    });
    const en = error(text)!;
    const de = error(text, german)!;
    expect(en).toMatch(/^Scene 1, its scenario: /);
    expect(de).toMatch(/^Szene 1, ihr Szenario: /);
    // The scenario's own sentence is German too: not the English one after a German head.
    expect(de.replace(/^Szene 1, ihr Szenario: /, '')).not.toBe(en.replace(/^Scene 1, its scenario: /, ''));
  });
});
