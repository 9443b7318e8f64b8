/**
 * ESLint rule `k2/import-layers`: imports run one way (issue 16).
 * - sim/ imports nothing outside sim/ (packages aside): the app, the command line and the tests all stand on it.
 * - main/ (Electron's main process and the command line's Node side) never imports the renderer, nor the
 *   renderer main/: both stand on sim/, where the IPC contract lives (sim/ipc/contract.ts).
 * - Inside renderer/src, a folder imports only folders of a lower layer in RENDERER_LAYERS: kits at the bottom,
 *   features above them, the app's own files on top. Peers of one layer never import each other, so no folder
 *   circle can form; a new folder must be placed in the list.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const RENDERER = resolve(ROOT, 'renderer', 'src');

/** Lowest first. */
export const RENDERER_LAYERS = [
  // The UI's language and the display locale (imports only sim/ and React): every layer speaks through it.
  ['i18n'],
  ['theme'],
  // The worker kit sits with them: it imports only sim/ (and React).
  ['bridge', 'state', 'workers'],
  // The kits: number boxes and sliders, and the chart kit (marks, scales, layout).
  ['controls', 'plot'],
  ['caution', 'measured', 'metrics', 'population', 'regimen', 'sources', 'start'],
  ['presentation', 'schedule', 'sensitivity', 'view'],
  ['errors', 'export', 'presets'],
  ['files'],
  ['session'],
  // App.tsx and main.tsx.
  ['(app)'],
];

const layerOf = new Map(RENDERER_LAYERS.flatMap((names, i) => names.map((n) => [n, i])));

/** "plot" for renderer/src/plot/Plot.tsx (and for "../plot", the folder's index), "(app)" for renderer/src/App.tsx. */
function rendererFolder(path) {
  const parts = relative(RENDERER, path).split(sep);
  if (parts.length > 1) return parts[0];
  return existsSync(path) && statSync(path).isDirectory() ? parts[0] : '(app)';
}

const area = (path) => {
  const rel = relative(ROOT, path);
  if (rel.startsWith('..')) return 'outside';
  return rel.split(sep)[0];
};

export const importLayers = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports run one way: sim/ is self-contained; renderer folders import lower layers only.',
    },
    schema: [],
  },
  create(context) {
    const file = resolve(context.filename);
    const from = area(file);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(file), spec);
      const to = area(target);
      if (from === 'sim' && to !== 'sim') {
        return context.report({ node, message: `sim/ imports nothing outside sim/: "${spec}" leaves it.` });
      }
      if (from === 'main' && to === 'renderer') {
        return context.report({
          node,
          message: `main/ must not import the renderer ("${spec}"); share code through sim/.`,
        });
      }
      if (from === 'renderer' && to === 'main') {
        return context.report({
          node,
          message: `The renderer must not import main/ ("${spec}"); share code through sim/.`,
        });
      }
      if (from !== 'renderer' || to !== 'renderer') return;
      if (!file.startsWith(RENDERER + sep) || !target.startsWith(RENDERER)) return;
      const a = rendererFolder(file);
      const b = target === RENDERER ? '(app)' : rendererFolder(target);
      if (a === b) return;
      const la = layerOf.get(a);
      const lb = layerOf.get(b);
      if (la === undefined || lb === undefined) {
        const missing = la === undefined ? a : b;
        return context.report({
          node,
          message: `renderer/src/${missing}/ is not in RENDERER_LAYERS (scripts/lint/importLayers.js): place it in a layer.`,
        });
      }
      if (lb >= la) {
        context.report({
          node,
          message: `renderer/src/${a}/ (layer ${la}) imports ${b === '(app)' ? 'the app' : `renderer/src/${b}/`} (layer ${lb}): imports run down the layers only (scripts/lint/importLayers.js).`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'import-layers': importLayers } };
