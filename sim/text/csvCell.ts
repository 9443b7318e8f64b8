/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return as a formula, so a scenario named `=HYPERLINK("http://…","click")` would run when its
 * export is opened. Every text a user typed (scenario names, regimen labels, lesson titles, notes) goes through
 * `csvText` before it reaches any CSV writer; RFC 4180 quoting (`csvQuote`) is applied after.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number literal ("-0.5", "1e-7", "90"): left as it is, so a negative number stays a number. */
const NUMBER_LITERAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A user's text made safe for a CSV cell: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'`
 * prefix (OWASP), which spreadsheets show as text and hide. Apply it to text fields only.
 * @example csvText('=1+1') // => "'=1+1"
 * @example csvText('MK-7') // => 'MK-7'
 */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell of a mixed table (the parameters file): a number literal is left as it is, any other text goes
 * through `csvText`. "-5" stays a number; "-5+cmd" is text and gets the prefix.
 * @example csvCell('-0.5') // => '-0.5'
 * @example csvCell('-1+1') // => "'-1+1"
 */
export function csvCell(cell: string): string {
  return NUMBER_LITERAL.test(cell) ? cell : csvText(cell);
}

/**
 * RFC 4180 quoting: a cell with a comma, a double quote, a line break or surrounding spaces is wrapped in
 * double quotes, with each quote doubled.
 * @example csvQuote('a "b", c') // => '"a ""b"", c"'
 */
export function csvQuote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * One CSV line of a mixed table: every cell through `csvCell`, then quoted as RFC 4180 needs.
 * @example csvLine(['=x', '-2', 'a,b']) // => "'=x,-2,\"a,b\""
 */
export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => csvQuote(csvCell(c))).join(',');
}
