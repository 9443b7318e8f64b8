import { ENGLISH, type Translator } from '../i18n/translator';
import { jsonSyntaxWhere } from './jsonSyntax';

export type BoundedJsonResult = { ok: true; data: unknown } | { ok: false; error: string };

/** Line and column (both from 1) of a character offset, as an editor shows them. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first `[` or `{` that opens a level deeper than maxDepth, or -1. One pass over the text that
 * skips strings (and their escapes), so it costs the same as reading the file and never recurses: a hostile file
 * nested 100,000 deep would otherwise overflow the stack of whatever walks the parsed value (zod, messages).
 * @example firstTooDeep('{"a":[[1]]}', 2) // => 6
 * @example firstTooDeep('{"a":"[[[["}', 1) // => -1
 */
export function firstTooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return -1;
}

/**
 * JSON.parse behind a nesting limit, with errors as one sentence naming the line and column: what every file
 * boundary (scenario, lesson, session, image payload, link) parses with. `what` names the kind of file in the
 * messages ("scenario", "lesson").
 */
export function parseBoundedJson(
  text: string,
  what: string,
  maxDepth: number,
  tr: Translator = ENGLISH,
): BoundedJsonResult {
  const kind = tr.t('json.kind', { what });
  const deep = firstTooDeep(text, maxDepth);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    return {
      ok: false,
      error: tr.t('json.tooDeep', { depth: maxDepth, line, column, kind }),
    };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      error: tr.t('json.syntax', { where: jsonSyntaxWhere(text, e, tr), kind }),
    };
  }
}
