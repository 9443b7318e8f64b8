/**
 * SVG snapshots of charts composed from the chart kit's marks (plot/marks/), as Observable Plot's tests keep
 * theirs: the exported figure of three story scenarios in the screen, projector and print themes, and the
 * projector chart of scenes 1 and 6 with every annotation on, mid-playback. Numbers are rounded to one decimal
 * so a sub-pixel change in measuring or layout does not churn the files, and each tag starts a line so a diff
 * shows which mark moved.
 *
 * A failing snapshot means a drawing changed. Open the .svg files under tests/renderer/__snapshots__/figures/
 * (they are standalone SVG) and look at them; when the change is intended, update them with
 *   npx vitest run tests/renderer/figure-snapshots.test.tsx --update
 * and commit the changed files with the code that changed them.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scenarioView } from '../../sim';
import { DEFAULT_FIGURE_OPTIONS } from '../../renderer/src/export/figureSpec';
import { renderFigureSvg } from '../../renderer/src/export/renderFigure';
import {
  EXPORT_PRINT_THEME,
  PLOT_THEMES,
  projectorTheme,
  type PlotTheme,
} from '../../renderer/src/plot/theme';
import {
  halfLifeMarker,
  steadyStateBand,
  thresholdAnnotation,
} from '../../renderer/src/presentation/annotations';
import { observationMarks } from '../../renderer/src/presentation/observationMarks';
import { PresentationChart } from '../../renderer/src/presentation/PresentationChart';
import { sceneSimulation, storyScenes } from '../../renderer/src/presentation/scenes';
import type { StorySceneId } from '../../renderer/src/presentation/story';

/** Numbers with two or more decimals rounded to one ("12.3456" -> "12.3"; the XML "1.0" stays), a tag per line. */
function normalizeSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

function story(id: StorySceneId) {
  const scene = storyScenes().find((s) => s.story === id)!;
  return { scene, sim: sceneSimulation(scene) };
}

const THEMES: [string, PlotTheme][] = [
  ['screen', PLOT_THEMES.screen],
  ['projector', projectorTheme(1)],
  ['print', EXPORT_PRINT_THEME],
];

// One dose of two compounds (log-free, two curves); daily doses to a plateau with both panels; a missed dose
// on a calendar of K1 and MK-7 (K1's two compartments, a hollow missed marker).
const SCENARIOS: StorySceneId[] = ['single-dose', 'tissue', 'missed-dose'];

describe('exported figure, composed from the marks', () => {
  for (const id of SCENARIOS) {
    for (const [themeName, theme] of THEMES) {
      it(`${id} in the ${themeName} theme`, async () => {
        const { scene } = story(id);
        const svg = renderFigureSvg({
          view: scenarioView(scene.scenario),
          options: DEFAULT_FIGURE_OPTIONS,
          theme,
          widthPx: 1200,
          heightPx: 700,
          appVersion: 'test',
        });
        await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/figures/${id}-${themeName}.svg`);
      });
    }
  }
});

describe('projector chart, composed from the marks', () => {
  for (const id of ['single-dose', 'k1-vs-mk7'] as const) {
    it(`${id} with every annotation, mid-playback`, async () => {
      const { sim } = story(id);
      const marks = observationMarks(sim, 'plasma');
      const markup = renderToStaticMarkup(
        <PresentationChart
          width={1280}
          height={600}
          chart="plasma"
          sim={sim}
          timeDays={sim.horizonH / 24 / 2}
          annotations={{
            halfLife: halfLifeMarker(sim),
            steadyState: steadyStateBand(sim),
            threshold: thresholdAnnotation(sim, 1),
            doses: true,
          }}
          marks={marks}
          fontScale={1280 / 1920}
        />,
      );
      const svg = markup.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/figures/presentation-${id}.svg`);
    });
  }
});
