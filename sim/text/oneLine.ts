/**
 * A message as one safe line: control characters (C0, DEL, C1, and the Unicode line and paragraph separators)
 * are shown escaped, so a file name with a newline or a file holding an ESC sequence can neither split the
 * message nor drive a terminal, and a long message is cut. Every message the command line prints and every
 * file error the app shows goes through it.
 * @example oneLine('a\nb\u001b[31m') // => 'a\\nb\\x1b[31m'
 */
export function oneLine(message: string, maxChars = 500): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const escaped = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
  return escaped.length > maxChars ? `${escaped.slice(0, maxChars)}…` : escaped;
}
