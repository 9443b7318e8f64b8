/**
 * A size in megabytes as people read it: "10 MB", "2.1 MB" (decimal MB, as file managers show them).
 * @example [megabytes(10_486_387), megabytes(2_000_000)] // => ['10 MB', '2 MB']
 */
export function megabytes(bytes: number): string {
  const mb = bytes / 1e6;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}
