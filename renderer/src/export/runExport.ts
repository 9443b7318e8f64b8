import { scenarioView, type Scenario } from '../../../sim';
import { getBridge } from '../bridge';
import { fileSlug } from '../files/documentState';
import { APP_VERSION } from './appVersion';
import { buildParametersCsv, csvChunks } from './csv';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './figure';
import { withDpi } from './pngMeta';
import { SIZE_PRESETS, type Density, type SizePresetId } from './presets';
import { rasterizeSvg } from './rasterize';
import { renderFigureSvg } from './renderFigure';
import {
  APP_SEED,
  APP_SUBJECTS,
  bandColumns,
  computeBands,
  populationOverCap,
  type DrawnBands,
} from '../population/populationBands';

export type ExportKind = 'png' | 'svg' | 'csv' | 'parameters' | 'copy';

export interface ExportOptions {
  preset: SizePresetId;
  density: Density;
  /** Panels, title and footer; DEFAULT_FIGURE_OPTIONS when not given. */
  figure?: FigureOptions;
  /** Include "variation between people" (the bands on screen): in the figure and as CSV columns. */
  population?: boolean;
}

/** The bands the screen shows (same people and seed), when the export includes them. */
function exportBands(scenario: Scenario, options: ExportOptions): DrawnBands[] | null {
  if (!options.population) return null;
  const over = populationOverCap(scenario, APP_SUBJECTS);
  if (over !== null) throw new Error(over);
  return computeBands({ scenario, subjects: APP_SUBJECTS, seed: APP_SEED });
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

export const EXPORT_LABELS: Record<ExportKind, string> = {
  png: 'PNG image',
  svg: 'SVG image',
  csv: 'CSV data',
  parameters: 'CSV parameters',
  copy: 'Copy image',
};

/** The figure as SVG text at a preset's size: the chart kit rendered with react-dom/server. */
export function exportSvg(scenario: Scenario, options: ExportOptions): string {
  const preset = SIZE_PRESETS[options.preset];
  return renderFigureSvg({
    view: scenarioView(scenario),
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
): Promise<ExportOutcome> {
  const started = performance.now();
  const bridge = getBridge();
  const base = fileSlug(scenario.name);
  onProgress(0.05, 'Simulating at full resolution');
  await nextFrame();
  const done = (message: string, canceled = false): ExportOutcome => ({
    message,
    canceled,
    elapsedMs: performance.now() - started,
  });

  if (kind === 'csv' || kind === 'parameters') {
    const view = scenarioView(scenario);
    let text = '';
    if (kind === 'parameters') text = buildParametersCsv(view, { appVersion: APP_VERSION });
    else {
      const bands = exportBands(scenario, options);
      for (const chunk of csvChunks(view, undefined, bands ? bandColumns(bands) : [])) {
        text += chunk.text;
        onProgress(0.1 + 0.8 * (chunk.rowsDone / chunk.rowsTotal), 'Writing CSV rows');
        await nextFrame();
      }
    }
    const name = kind === 'csv' ? `${base}.csv` : `${base}.parameters.csv`;
    const result = await bridge.saveExport({ kind: 'csv', suggestedName: name, content: text });
    if (!result.ok) throw new Error(`Could not save the CSV: ${result.error}`);
    if (result.data.canceled) return done('Export canceled.', true);
    const what = kind === 'csv' ? `${view.timeH.length.toLocaleString('en')} rows` : 'parameters';
    return done(`Saved ${nameOf(result.data.path)} (${what}).`);
  }

  const presetId = kind === 'copy' ? 'slide' : options.preset;
  const preset = SIZE_PRESETS[presetId];
  onProgress(0.3, 'Drawing the figure');
  await nextFrame();
  const svg = exportSvg(scenario, { ...options, preset: presetId });

  if (kind === 'svg') {
    const name = `${base}-${preset.id}.svg`;
    const result = await bridge.saveExport({ kind: 'svg', suggestedName: name, content: svg });
    if (!result.ok) throw new Error(`Could not save the SVG: ${result.error}`);
    if (result.data.canceled) return done('Export canceled.', true);
    return done(`Saved ${nameOf(result.data.path)} (${preset.widthPx} × ${preset.heightPx}, vector).`);
  }

  const density = kind === 'copy' ? 2 : options.density;
  onProgress(0.55, 'Rendering pixels');
  await nextFrame();
  const png = withDpi(
    await rasterizeSvg(svg, preset.widthPx, preset.heightPx, density),
    preset.dpiAt1x * density,
  );
  const size = `${preset.widthPx * density} × ${preset.heightPx * density} px`;
  onProgress(0.9, 'Saving');
  await nextFrame();

  if (kind === 'copy') {
    const result = await bridge.copyImage({ png });
    if (!result.ok) throw new Error(`Could not copy the image: ${result.error}`);
    return done(`Copied the chart as an image (${size}); paste it into your slides.`);
  }
  const name = `${base}-${preset.id}@${density}x.png`;
  const result = await bridge.saveExport({ kind: 'png', suggestedName: name, content: png });
  if (!result.ok) throw new Error(`Could not save the PNG: ${result.error}`);
  if (result.data.canceled) return done('Export canceled.', true);
  return done(`Saved ${nameOf(result.data.path)} (${size}).`);
}

function nameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
