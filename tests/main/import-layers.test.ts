/**
 * The import rule (scripts/lint/importLayers.js) through ESLint itself, on source text placed at real paths:
 * imports that run back up a layer, out of sim/, or between the processes are errors; the tree has none.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'k2/import-layers').map((m) => m.message);
}

describe('imports run one way (k2/import-layers)', () => {
  it('the chart kit may not import a feature; a feature may import the kit', async () => {
    expect(
      await layerErrors(
        'renderer/src/plot/probe.ts',
        "export { computeBands } from '../population/populationBands';\n",
      ),
    ).toEqual([
      'renderer/src/plot/ (layer 3) imports renderer/src/population/ (layer 4): imports run down the layers only (scripts/lint/importLayers.js).',
    ]);
    expect(
      await layerErrors(
        'renderer/src/population/probe.ts',
        "export { layoutPanel } from '../plot/layout';\n",
      ),
    ).toEqual([]);
  });

  it('peers of one layer never import each other, so no folder circle can form', async () => {
    const errors = await layerErrors(
      'renderer/src/schedule/probe.ts',
      "export { sensitivityRegimen } from '../sensitivity/regimenChoice';\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/layer 5\) imports renderer\/src\/sensitivity\/ \(layer 5\)/);
  });

  it('sim/ imports nothing outside itself; main and renderer meet only in sim/', async () => {
    expect(
      await layerErrors('sim/cli/probe.ts', "export { atomicWriteChunks } from '../../main/atomic-write';\n"),
    ).toEqual(['sim/ imports nothing outside sim/: "../../main/atomic-write" leaves it.']);
    expect(
      await layerErrors(
        'renderer/src/bridge/probe.ts',
        "export type { K2Bridge } from '../../../main/index';\n",
      ),
    ).toHaveLength(1);
    expect(await layerErrors('main/probe.ts', "export { App } from '../renderer/src/App';\n")).toHaveLength(
      1,
    );
    expect(
      await layerErrors(
        'renderer/src/bridge/probe.ts',
        "export type { K2Bridge } from '../../../sim/ipc/contract';\n",
      ),
    ).toEqual([]);
  });

  it('a new renderer folder must be placed in a layer', async () => {
    expect(
      await layerErrors(
        'renderer/src/newfeature/probe.ts',
        "export { layoutPanel } from '../plot/layout';\n",
      ),
    ).toEqual([
      'renderer/src/newfeature/ is not in RENDERER_LAYERS (scripts/lint/importLayers.js): place it in a layer.',
    ]);
  });
});
