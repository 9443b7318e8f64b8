import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLessonPptx, captionPoints, speakerNotes } from '../../renderer/src/export/lessonSlides';
import { lessonPages } from '../../renderer/src/export/lessonPages';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import type { Lesson } from '../../renderer/src/presentation/lesson';

// A 1 × 1 PNG: Node has no canvas, and the file's structure does not depend on the figure's pixels.
const PIXEL = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const rasterized: string[] = [];
const stand = async (svg: string) => {
  rasterized.push(svg);
  return PIXEL;
};

function xml(files: Record<string, Uint8Array>, name: string): Document {
  const text = strFromU8(files[name]!);
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(text, 'application/xml');
  expect(errors, `${name} is well-formed XML`).toEqual([]);
  return doc as unknown as Document;
}

/** Every a:t run of a part, in order, joined: the text PowerPoint shows. */
function texts(doc: Document): string {
  return Array.from(doc.getElementsByTagName('a:t'))
    .map((t) => t.textContent ?? '')
    .join(' ');
}

describe('the lesson as .pptx', () => {
  const lesson: Lesson = { title: 'Vitamin K kinetics', scenes: storyScenes() };

  it('is a zip with a presentation, one slide and one notes page per scene, each well-formed XML', async () => {
    rasterized.length = 0;
    const files = unzipSync(await buildLessonPptx(lesson, stand));
    xml(files, 'ppt/presentation.xml');
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(lesson.scenes.length);
    const pages = lessonPages(lesson);
    for (const [i, scene] of lesson.scenes.entries()) {
      const slide = xml(files, `ppt/slides/slide${i + 1}.xml`);
      const shown = texts(slide);
      expect(shown).toContain(scene.title);
      // The figure is a picture whose alt text names what it plots.
      const pics = Array.from(slide.getElementsByTagName('p:cNvPr')).filter((e) => e.getAttribute('descr'));
      expect(pics.map((p) => p.getAttribute('descr'))).toEqual([pages[i]!.figure.alt]);
      const notesName = Object.keys(files).find((f) => f === `ppt/notesSlides/notesSlide${i + 1}.xml`);
      expect(notesName, `scene ${i + 1} has speaker notes`).toBeDefined();
      const notes = texts(xml(files, notesName!));
      expect(notes).toContain('Teaching point:');
      for (const line of pages[i]!.numbers) expect(notes).toContain(line);
    }
    // Each slide's picture is the export figure of its own scene, drawn once.
    expect(rasterized).toHaveLength(lesson.scenes.length);
    expect(rasterized.every((svg) => svg.includes('<svg'))).toBe(true);
    // The story's tissue scene plots tissue, the others plasma.
    const tissue = lesson.scenes.findIndex((s) => s.story === 'tissue');
    expect(pages[tissue]!.figure.alt).toMatch(/^Tissue exposure/);
    expect(pages[0]!.figure.alt).toMatch(/^Plasma level/);
  });

  it('names the published sources and the caution on an MK-7 scene', () => {
    const [first] = lessonPages({ title: 't', scenes: storyScenes().slice(0, 1) });
    expect(first!.sources.map((s) => s.short)).toContain('Schurgers 2007');
    expect(first!.cautions.join(' ')).toMatch(/Theuwissen 2013/);
  });

  it("notes put the scene's computed numbers in the scene's units", () => {
    const scenes = storyScenes().slice(1, 2);
    scenes[0]!.scenario.display.units = 'nmol/L';
    const [page] = lessonPages({ title: 't', scenes });
    expect(page!.numbers.join(' ')).toMatch(/nmol\/L/);
    expect(page!.numbers.join(' ')).not.toMatch(/ng\/mL/);
    expect(speakerNotes(page!)).toContain(page!.numbers[0]!);
  });

  it('marks a prediction scene: the notes say to ask first, the handout gets its frame', () => {
    const scenes = storyScenes().slice(0, 2);
    scenes[1] = { ...scenes[1]!, predict: { hide: 'curve', allowReveal: true } };
    const [plain, predicted] = lessonPages({ title: 't', scenes });
    expect([plain!.predicts, predicted!.predicts]).toEqual([false, true]);
    expect(speakerNotes(predicted!)).toMatch(/^Prediction scene: ask the class to sketch/);
    expect(speakerNotes(plain!)).toMatch(/^Teaching point: /);
  });

  it("a teacher's own scene: its words on the slide, the computed numbers as its teaching point", () => {
    const { scenario } = storyScenes()[1]!;
    const [own, worded] = lessonPages({
      title: 't',
      scenes: [
        { title: 'Mine', scenario },
        { title: 'Worded', scenario, caption: 'Watch the troughs rise.' },
      ],
    });
    expect(own!.teachingPoint).toBe(own!.numbers.join(' '));
    expect(own!.caption).toMatch(/^MK-7: peak /);
    expect(worded!.caption).toBe('Watch the troughs rise.');
    expect(speakerNotes(worded!)).toContain(`Teaching point: ${own!.numbers.join(' ')}`);
  });

  it('keeps captions at 18 pt or more, the size a projected slide needs', () => {
    expect(captionPoints('A short caption.')).toBe(20);
    expect(captionPoints('word '.repeat(400))).toBe(18);
  });
});
