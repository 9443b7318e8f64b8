import type { MessageValues } from './translator';

/**
 * Messages written without intl-messageformat's parser. Most messages are text with plain `{name}` arguments,
 * and many of the rest are one `{name, select, key {…} … other {…}}` whose branches are such text: formatting
 * them needs no parser, and the parser's first messages cost a cold start more than the whole render of those
 * messages (five select messages on the first screen: about 15 ms of main-thread work). intl-messageformat
 * writes a plain argument's string or number as String(value), and a select's value picks the branch named
 * String(value), else `other`.
 */

/** A `{name, select, …}`: its argument and its branches by key (`other` always among them). */
export interface SelectPart {
  readonly select: string;
  readonly branches: Readonly<Record<string, SimpleMessage>>;
}

/** Texts at even indices; at odd ones an argument's name or a select. */
export type SimpleMessage = readonly (string | SelectPart)[];

const PLAIN_ARGUMENT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/y;
const SELECT_HEAD = /\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*select\s*,/y;
const SELECT_KEY = /\s*([^\s{}]+)\s*\{/y;
const SELECT_END = /\s*\}/y;

/**
 * `text` as text, plain `{name}` arguments and selects of such text, or null when it needs intl-messageformat's
 * parser: plurals, number or date formats, apostrophe quoting, tags, `#`, a select without `other`, or any other
 * brace. An apostrophe before anything but another apostrophe, a brace or an angle bracket is plain text in ICU
 * ("the chart's"), and stays.
 * @example simpleMessage('Dose {n} of {count}') // => ['Dose ', 'n', ' of ', 'count', '']
 * @example simpleMessage('{n, plural, one {# day} other {# days}}') // => null
 * @example simpleMessage('{u, select, h {hours} other {{u}}}') // => ['', { select: 'u', branches: { h: ['hours'], other: ['', 'u', ''] } }, '']
 */
export function simpleMessage(text: string): SimpleMessage | null {
  if (/[<#]|'['{}<>]/.test(text)) return null;
  const read = readMessage(text, 0);
  return read && read.end === text.length ? read.parts : null;
}

/** The message from `start` up to the end of `text` or to an unmatched `}` (a select branch's end). */
function readMessage(text: string, start: number): { parts: SimpleMessage; end: number } | null {
  const parts: (string | SelectPart)[] = [];
  let literal = '';
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '}') break;
    if (c !== '{') {
      literal += c;
      i++;
      continue;
    }
    parts.push(literal);
    literal = '';
    PLAIN_ARGUMENT.lastIndex = i;
    const plain = PLAIN_ARGUMENT.exec(text);
    if (plain) {
      parts.push(plain[1]!);
      i = PLAIN_ARGUMENT.lastIndex;
      continue;
    }
    const select = readSelect(text, i);
    if (!select) return null;
    parts.push(select.part);
    i = select.end;
  }
  parts.push(literal);
  return { parts, end: i };
}

/** A `{name, select, key {…} …}` at `start`, or null. */
function readSelect(text: string, start: number): { part: SelectPart; end: number } | null {
  SELECT_HEAD.lastIndex = start;
  const head = SELECT_HEAD.exec(text);
  if (!head) return null;
  const branches: Record<string, SimpleMessage> = {};
  let i = SELECT_HEAD.lastIndex;
  for (;;) {
    SELECT_END.lastIndex = i;
    if (SELECT_END.test(text)) {
      i = SELECT_END.lastIndex;
      break;
    }
    SELECT_KEY.lastIndex = i;
    const key = SELECT_KEY.exec(text);
    if (!key || Object.hasOwn(branches, key[1]!)) return null;
    const branch = readMessage(text, SELECT_KEY.lastIndex);
    if (!branch || text[branch.end] !== '}') return null;
    branches[key[1]!] = branch.parts;
    i = branch.end + 1;
  }
  // The parser refuses a select without `other`; a key it reads otherwise (an argument name's look) is plain.
  if (!Object.hasOwn(branches, 'other')) return null;
  for (const key of Object.keys(branches)) if (!NAME_OR_KEY.test(key)) return null;
  return { part: { select: head[1]!, branches }, end: i };
}

/** Keys as the catalogs write them: words, digits, underscores and hyphens. */
const NAME_OR_KEY = /^[A-Za-z0-9_-]+$/;

/**
 * A simple message with its values, as intl-messageformat writes it; null when a value is missing or neither a
 * string nor a number, or a select's value names an Object property (the parser's path then answers, or throws
 * its own error).
 * @example formatSimpleMessage(['Dose ', 'n', ''], { n: 1200 }) // => 'Dose 1200'
 * @example formatSimpleMessage(simpleMessage('{u, select, h {hours} other {{u}}}'), { u: 'min' }) // => 'min'
 */
export function formatSimpleMessage(parts: SimpleMessage, values?: MessageValues): string | null {
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const part = parts[i]!;
    const name = typeof part === 'string' ? part : part.select;
    const value: unknown = values && Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    if (typeof part === 'string') out += String(value);
    else {
      const key = String(value);
      if (key in Object.prototype) return null;
      const written = formatSimpleMessage(part.branches[key] ?? part.branches.other!, values);
      if (written === null) return null;
      out += written;
    }
    out += parts[i + 1] as string;
  }
  return out;
}
