/**
 * The lesson as a PowerPoint file (.pptx, Office Open XML): one 16:9 slide per scene with the figure as the
 * export draws it, the title, the caption, the sources and the caution, and speaker notes holding the scene's
 * computed numbers and its teaching point. pptxgenjs (a few hundred kB with JSZip) is loaded with import() when
 * the teacher exports, never with the app.
 */
import type { Lesson } from '../presentation/lesson';
import { fileSlug } from '../../../sim/text/fileSlug';
import { getBridge } from '../bridge';
import { currentTranslator } from '../i18n/locale';
import { wrapMeasured } from '../plot/layout';
import { APP_VERSION } from './appVersion';
import { lessonPages, type LessonPage } from './lessonPages';
import { rasterizeSvg } from './rasterize';

/** SVG text -> PNG bytes at a density; the browser's canvas in the app, a stand-in in Node tests. */
export type Rasterizer = (
  svg: string,
  widthPx: number,
  heightPx: number,
  density: number,
) => Promise<Uint8Array>;

/** PowerPoint's default widescreen slide, 13.333 × 7.5 in: 18 pt is 3.3% of its height. */
const SLIDE_W_IN = 13.333;
const MARGIN_IN = 0.45;
const FIGURE = { x: MARGIN_IN, y: 1.2, w: 8.2, h: 8.2 * (9 / 16) };
const CAPTION = {
  x: FIGURE.x + FIGURE.w + 0.3,
  y: FIGURE.y,
  w: SLIDE_W_IN - MARGIN_IN - (FIGURE.x + FIGURE.w + 0.3),
};
/** The caption's size: 20 pt, smaller only as far as needed to fit beside the figure, never below 18 pt. */
const CAPTION_PT = [20, 19, 18] as const;
const MIN_CAPTION_PT = 18;
const FONT = 'Arial';
const INK = '1A1A1A';
const MUTED = '4A4A4A';

/** Points to CSS pixels (the text measurer's unit): 1 pt = 4/3 px. */
const px = (pt: number) => (pt * 4) / 3;

/** The largest caption size whose wrapped lines fit the caption box, measured as the chart kit measures labels. */
export function captionPoints(caption: string): number {
  const boxWidthPx = px(CAPTION.w * 72) * 0.92;
  for (const pt of CAPTION_PT) {
    const lines = wrapMeasured(caption, px(pt), boxWidthPx, 1000).length;
    if (lines * pt * 1.2 <= FIGURE.h * 72) return pt;
  }
  // Longer still: 18 pt, and the text box shrinks it on overflow (fit: 'shrink').
  return MIN_CAPTION_PT;
}

/** The speaker notes: teaching point, the computed numbers, the schedule, and a reminder on prediction scenes. */
export function speakerNotes(page: LessonPage): string {
  const tr = currentTranslator();
  return [
    ...(page.predicts ? [tr.t('pres.export.predictNote'), ''] : []),
    tr.t('pres.export.teachingPoint', { text: page.teachingPoint }),
    '',
    tr.t('pres.export.numbersHead', { version: APP_VERSION }),
    ...page.numbers.map((n) => `• ${n}`),
    '',
    tr.t('pres.export.schedule', { schedule: page.schedule }),
    tr.t('pres.export.notAdvice'),
  ].join('\n');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The .pptx file's bytes. */
export async function buildLessonPptx(
  lesson: Lesson,
  rasterize: Rasterizer = rasterizeSvg,
): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = lesson.title;
  const tr = currentTranslator();
  pptx.subject = tr.t('pres.export.subject');
  pptx.company = 'K2 Kinetics';
  for (const page of lessonPages(lesson)) {
    const slide = pptx.addSlide();
    slide.addText(page.title, {
      x: MARGIN_IN,
      y: 0.3,
      w: SLIDE_W_IN - 2 * MARGIN_IN,
      h: 0.8,
      fontFace: FONT,
      fontSize: 32,
      bold: true,
      color: INK,
      valign: 'middle',
      margin: 0,
    });
    const png = await rasterize(page.figure.svg, page.figure.widthPx, page.figure.heightPx, 2);
    slide.addImage({ data: `data:image/png;base64,${base64(png)}`, ...FIGURE, altText: page.figure.alt });
    slide.addText(page.caption, {
      ...CAPTION,
      h: FIGURE.h,
      fontFace: FONT,
      fontSize: captionPoints(page.caption),
      color: INK,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
    });
    const small = { fontFace: FONT, fontSize: 14, color: MUTED, margin: 0, valign: 'top' as const };
    const below = FIGURE.y + FIGURE.h + 0.2;
    slide.addText(tr.t('pres.export.sources', { sources: page.sources.map((s) => s.short).join('; ') }), {
      ...small,
      x: MARGIN_IN,
      y: below,
      w: SLIDE_W_IN - 2 * MARGIN_IN,
      h: 0.35,
    });
    if (page.cautions.length > 0) {
      slide.addText(`${tr.t('pres.export.cautionHead')} ${page.cautions.join(' ')}`, {
        ...small,
        fontSize: 12,
        x: MARGIN_IN,
        y: below + 0.4,
        w: SLIDE_W_IN - 2 * MARGIN_IN,
        h: 0.95,
        fit: 'shrink',
      });
    }
    slide.addText(
      tr.t('pres.export.footer', { version: APP_VERSION, n: page.number, count: lesson.scenes.length }),
      {
        ...small,
        fontSize: 12,
        x: MARGIN_IN,
        y: 7.5 - 0.4,
        w: SLIDE_W_IN - 2 * MARGIN_IN,
        h: 0.3,
        align: 'right',
      },
    );
    slide.addNotes(speakerNotes(page));
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error(currentTranslator().t('pres.export.slidesFailed'));
  return out;
}

/** "vitamin-k-kinetics.pptx". */
export function slidesFileName(title: string): string {
  return `${fileSlug(title) || 'lesson'}.pptx`;
}

/** Builds the slides and hands them to the bridge (native save dialog, or a download): a sentence for the user. */
export async function saveLessonSlides(lesson: Lesson): Promise<string> {
  const bytes = await buildLessonPptx(lesson);
  const saved = await getBridge().saveExport({
    kind: 'pptx',
    suggestedName: slidesFileName(lesson.title),
    content: bytes as Uint8Array<ArrayBuffer>,
  });
  const tr = currentTranslator();
  if (!saved.ok) throw new Error(tr.t('pres.export.slidesNotSaved', { error: saved.error }));
  if (saved.data.canceled) return tr.t('pres.export.canceled');
  const name = saved.data.path.split(/[\\/]/).pop() ?? saved.data.path;
  return tr.t('pres.export.slidesSaved', { name, n: lesson.scenes.length });
}
