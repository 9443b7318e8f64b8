/**
 * How the renderer's code is split into files, the same in the desktop build (electron.vite.config.ts) and the
 * web build (vite.web.config.ts): everything the first chart needs (the modules the entry imports statically)
 * in two chunks next to the entry, rather than a dozen small shared chunks fetched one by one; export,
 * presentation, population and sensitivity code stays in chunks of its own, fetched when first used.
 *
 * React is the second initial chunk: the browser compiles each downloaded script on a background thread while
 * the page waits, two at once in parallel. Nearly every function of react-dom runs in the first render, so its
 * chunk asks V8 to compile them all there (Chromium's compile-hint comment) instead of one by one on the main
 * thread during the render: 12 ms less main-thread work at a cold start, while its background compile (about
 * 27 ms, as long as the app chunk's) runs beside the app chunk's.
 */

/** react, react-dom and their scheduler: the first render runs nearly all of their code. */
const REACT_MODULES = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;

export const RENDERER_CHUNKS = {
  codeSplitting: {
    groups: [
      { name: 'react', test: REACT_MODULES, tags: ['$initial' as const], priority: 2 },
      { name: 'app', tags: ['$initial' as const], priority: 1 },
    ],
  },
  postBanner: (chunk: { name: string }) => (chunk.name === 'react' ? '//# allFunctionsCalledOnLoad' : ''),
};
