/** Page arithmetic of long lists (the Pager draws the buttons), without the page's modules, so workers can use it. */

/** How many pages `total` rows fill (at least one). */
export function pageCount(total: number, pageRows: number): number {
  return Math.max(1, Math.ceil(total / pageRows));
}

/** The page asked for, within the pages there are now (a list that shrank keeps its last page). */
export function pageOf(asked: number, total: number, pageRows: number): number {
  return Math.min(Math.max(0, asked), pageCount(total, pageRows) - 1);
}
