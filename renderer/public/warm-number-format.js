// The first Intl.NumberFormat of a page loads the browser's number-formatting data (ICU), about 20 ms that the
// first chart's axis labels would otherwise wait for. index.html loads this small script first, so that cost is
// paid while the app's own script is still downloading and compiling off the main thread (idle then).
try {
  new Intl.NumberFormat(globalThis.navigator.language).format(1.5);
} catch {
  // No Intl or an odd language tag: the app formats numbers anyway, only without the head start.
}
