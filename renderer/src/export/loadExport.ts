/**
 * The export code (the figure through react-dom/server, PNG encoding, the sensitivity figure, the CSV stream),
 * loaded on first use: the first chart does not wait for it. The bundler makes it a chunk of its own.
 */
export const loadExport = () => import('./runExport');
