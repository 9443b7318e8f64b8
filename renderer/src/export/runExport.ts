import { savedScenarioText, scenarioView, streamedView, type Scenario } from '../../../sim';
import type { ExportKind, ExportOptions } from './exportKinds';

export type { ExportKind, ExportOptions } from './exportKinds';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { getBridge } from '../bridge';
import { currentTranslator } from '../i18n/locale';
import { fileSlug } from '../../../sim/text/fileSlug';
import { embedScenarioInPng, embedScenarioInSvg } from '../../../sim/image/scenarioImage';
import { APP_VERSION } from './appVersion';
import { buildParametersCsv } from './csv';
import { ExportCanceled, streamCsv } from './csvStreamRunner';
import { DEFAULT_FIGURE_OPTIONS } from './figureSpec';
import { withDpi } from './pngMeta';
import { SIZE_PRESETS } from './presets';
import { rasterizeSvg } from './rasterize';
import { renderFigureSvg } from './renderFigure';
import { sensitivityFigure } from '../sensitivity/sensitivityFigure';
import { sensitivityRegimen } from '../sensitivity/regimenChoice';
import {
  APP_SEED,
  APP_SUBJECTS,
  bandColumns,
  computeBands,
  MAX_POPULATION_VALUES,
  populationOverCap,
  type DrawnBands,
} from '../population/populationBands';

/**
 * The bands the screen shows (same people and seed), when the export includes them. Null when they are off, or
 * too large to simulate (the screen then shows that refusal instead of bands): the export goes ahead without
 * them and says so (bandsLeftOut).
 */
function exportBands(scenario: Scenario, options: ExportOptions): DrawnBands[] | null {
  if (!options.population || populationOverCap(scenario, APP_SUBJECTS) !== null) return null;
  return computeBands({ scenario, subjects: APP_SUBJECTS, seed: APP_SEED });
}

/** A sentence saying the bands are left out, when they are on but too large to export, else "". */
function bandsLeftOut(scenario: Scenario, options: ExportOptions): string {
  const over = options.population ? populationOverCap(scenario, APP_SUBJECTS) : null;
  if (over === null) return '';
  const tr = currentTranslator();
  return ` ${tr.t('run.bandsLeftOut', { limit: tr.num(MAX_POPULATION_VALUES) })}`;
}

export interface ExportOutcome {
  /** Short confirmation for a status line, e.g. "Saved daily-90-ug-with-a-meal.png (1920 × 1080 px)." */
  message: string;
  canceled: boolean;
  /** Time from start to the file handed to the bridge (ms), for the report and the progress display. */
  elapsedMs: number;
}

/** 0..1 and a label ("Building CSV rows"); called between steps so the UI can draw a progress bar. */
export type ProgressListener = (fraction: number, label: string) => void;

/** Lets the browser paint (progress) between slices of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The figure as SVG text at a preset's size: the chart kit rendered with react-dom/server. */
export function exportSvg(scenario: Scenario, options: ExportOptions): string {
  const preset = SIZE_PRESETS[options.preset];
  return renderFigureSvg({
    view: scenarioView(scenario, { tr: currentTranslator() }),
    options: options.figure ?? DEFAULT_FIGURE_OPTIONS,
    theme: preset.theme,
    widthPx: preset.widthPx,
    heightPx: preset.heightPx,
    appVersion: APP_VERSION,
    bands: exportBands(scenario, options),
  });
}

/**
 * Builds and hands one export to the bridge (native save dialog in the app, a download in the browser).
 * Throws an Error whose message is a sentence for the user.
 */
export async function runExport(
  kind: ExportKind,
  scenario: Scenario,
  options: ExportOptions,
  onProgress: ProgressListener = () => {},
  /** Cancels a running export (CSV data: the worker stops and the partial file is removed). */
  signal?: AbortSignal,
): Promise<ExportOutcome> {
  const started = performance.now();
  const bridge = getBridge();
  // Status words in the UI's language; a data file (CSV, parameters) keeps the locale-neutral name of its
  // locale-neutral contents (a figure's name follows the UI's language: imageFigure).
  const tr = currentTranslator();
  const dataBase = fileSlug(scenarioTitle(scenario));
  const canceled = tr.t('run.canceled');
  const csvFailed = (error: string) => new Error(tr.t('run.csvFailed', { error }));
  onProgress(0.05, tr.t('run.simulating'));
  await nextFrame();
  // The CSV's note here; an image carries its own (BuiltImage.note), so a previewed image says it too.
  const note = kind === 'csv' ? bandsLeftOut(scenario, options) : '';
  const done = (message: string, canceled = false): ExportOutcome => ({
    message: canceled ? message : `${message}${note}`,
    canceled,
    elapsedMs: performance.now() - started,
  });

  if (kind === 'csv') {
    // Streamed: the save target first (native dialog), then rows from a worker straight to it, chunk by
    // chunk. Millions of rows never become one string (V8's limit is ~512 MB; ten years at 1 minute is more).
    const begun = await bridge.beginExport({ kind: 'csv', suggestedName: `${dataBase}.csv` });
    if (!begun.ok) throw csvFailed(begun.error);
    if (begun.data.canceled) return done(canceled, true);
    const { handle } = begun.data;
    let rows = 0;
    try {
      // With "variation between people" on, the bands go in as extra columns (capped in size, so whole).
      const bands = exportBands(scenario, options);
      await streamCsv(scenario, {
        signal,
        extra: bands ? bandColumns(bands) : [],
        onChunk: async (chunk) => {
          const written = await bridge.writeExportChunk({ handle, bytes: chunk.bytes });
          if (!written.ok) throw csvFailed(written.error);
          rows = chunk.rowsTotal;
          onProgress(0.05 + 0.9 * (chunk.rowsDone / Math.max(1, chunk.rowsTotal)), tr.t('run.writingRows'));
        },
      });
    } catch (e) {
      // Removes the partial file (Electron) or drops the collected parts (browser); the target is untouched.
      await bridge.abortExport({ handle });
      if (e instanceof ExportCanceled) return done(canceled, true);
      throw e;
    }
    onProgress(0.97, tr.t('run.saving'));
    const ended = await bridge.endExport({ handle });
    if (!ended.ok) throw csvFailed(ended.error);
    return done(tr.t('run.savedRows', { name: nameOf(ended.data.path), rows }));
  }

  if (kind === 'parameters') {
    // What was simulated, not the curves: the streamed view's skeleton (no arrays) is enough, so a long
    // minute-step run does not simulate 5 million points on the page for a table of 40 rows.
    const { skeleton, pointCount } = streamedView(scenario);
    const text = buildParametersCsv(skeleton, { appVersion: APP_VERSION, outputPoints: pointCount });
    const result = await bridge.saveExport({
      kind: 'csv',
      suggestedName: `${dataBase}.parameters.csv`,
      content: text,
    });
    if (!result.ok) throw csvFailed(result.error);
    if (result.data.canceled) return done(canceled, true);
    return done(tr.t('run.savedParameters', { name: nameOf(result.data.path) }));
  }

  const built = await buildImage(kind, scenario, options, onProgress);
  onProgress(0.9, tr.t('run.saving'));
  await nextFrame();
  if (kind === 'copy') {
    const result = await bridge.copyImage({ png: built.content as Uint8Array<ArrayBuffer> });
    if (!result.ok) throw new Error(tr.t('run.copyFailed', { error: result.error }));
    return done(`${tr.t('run.copied', { size: built.size })}${built.note}`);
  }
  const saved = await saveImage(built);
  return done(saved.message, saved.canceled);
}

export type ImageKind = Extract<ExportKind, 'png' | 'svg' | 'copy' | 'sensitivity-png' | 'sensitivity-svg'>;

/**
 * One image export as the exact bytes or text to be written: what the export preview shows and what Save then
 * writes, so the preview is the file.
 */
export interface BuiltImage {
  format: 'png' | 'svg';
  /** Suggested file name, e.g. "daily-90-ug-with-a-meal-slide@2x.png". */
  name: string;
  content: string | Uint8Array<ArrayBuffer>;
  /** "1920 × 1080 px" or "960 × 540, vector". */
  size: string;
  /** A sentence appended to the confirmation (the bands left out), or "". */
  note: string;
}

/** Draws, rasterizes (PNG) and embeds the scenario: the file as it will be written. */
export async function buildImage(
  kind: ImageKind,
  scenario: Scenario,
  options: ExportOptions,
  onProgress: ProgressListener = () => {},
): Promise<BuiltImage> {
  const tr = currentTranslator();
  const sensitivity = kind === 'sensitivity-png' || kind === 'sensitivity-svg';
  const note = sensitivity ? '' : bandsLeftOut(scenario, options);
  onProgress(0.3, tr.t('run.drawing'));
  await nextFrame();
  const figure = await imageFigure(kind, scenario, options);
  // Every image carries the scenario as saved to a file (the same text), so it opens again as what made it.
  const carried = savedScenarioText(scenario);
  if (kind === 'svg' || kind === 'sensitivity-svg') {
    return {
      format: 'svg',
      name: `${figure.name}.svg`,
      content: embedScenarioInSvg(figure.svg, carried),
      // Pixel sizes as plain digits ("1920 × 1080"), as image tools write them.
      size: tr.t('run.sizeVector', { w: String(figure.widthPx), h: String(figure.heightPx) }),
      note,
    };
  }
  const density = kind === 'copy' ? 2 : options.density;
  onProgress(0.55, tr.t('run.rendering'));
  await nextFrame();
  const png = embedScenarioInPng(
    withDpi(
      await rasterizeSvg(figure.svg, figure.widthPx, figure.heightPx, density),
      figure.dpiAt1x * density,
    ),
    carried,
  );
  return {
    format: 'png',
    name: `${figure.name}@${density}x.png`,
    content: png,
    size: tr.t('run.sizePx', { w: String(figure.widthPx * density), h: String(figure.heightPx * density) }),
    note,
  };
}

/** Hands a built image to the bridge (native save dialog, or a download). Throws a sentence on failure. */
export async function saveImage(built: BuiltImage): Promise<{ message: string; canceled: boolean }> {
  const result = await getBridge().saveExport({
    kind: built.format,
    suggestedName: built.name,
    content: built.content,
  });
  const tr = currentTranslator();
  const format = built.format.toUpperCase();
  if (!result.ok) throw new Error(tr.t('run.saveFailed', { format, error: result.error }));
  if (result.data.canceled) return { message: tr.t('run.canceled'), canceled: true };
  return {
    message: `${tr.t('run.saved', { name: nameOf(result.data.path), size: built.size })}${built.note}`,
    canceled: false,
  };
}

/** An image export's SVG, layout size, dpi at 1x and file name without extension. */
interface ImageFigure {
  svg: string;
  widthPx: number;
  heightPx: number;
  dpiAt1x: number;
  name: string;
}

async function imageFigure(
  kind: ExportKind,
  scenario: Scenario,
  options: ExportOptions,
): Promise<ImageFigure> {
  const base = fileSlug(scenarioTitle(scenario, currentTranslator()));
  if (kind === 'sensitivity-png' || kind === 'sensitivity-svg') {
    const regimen = sensitivityRegimen(scenario, options.sensitivityRegimen);
    // Screen pixels at 1x (the figure has its own size, not a slide or print preset).
    return { ...(await sensitivityFigure(scenario, regimen)), dpiAt1x: 96, name: `${base}-sensitivity` };
  }
  const presetId = kind === 'copy' ? 'slide' : options.preset;
  const preset = SIZE_PRESETS[presetId];
  return {
    svg: exportSvg(scenario, { ...options, preset: presetId }),
    widthPx: preset.widthPx,
    heightPx: preset.heightPx,
    dpiAt1x: preset.dpiAt1x,
    name: `${base}-${preset.id}`,
  };
}

function nameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
