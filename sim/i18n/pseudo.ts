/**
 * The pseudo-locale "en-XA", for tests only: every letter of the English text accented and each message padded
 * by about 40% inside brackets, "[Ĥàļƒ-ļîƒé ·····]". A string on screen that is not accented was never
 * translated; a box that overflows with it will overflow in German. Values, plural and select keys are kept.
 */
export const PSEUDO_LOCALE = 'en-XA';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

/** Every accented letter the pseudo-locale writes, for tests that recognise pseudo text. */
export const PSEUDO_LETTERS = ACCENTED.join('');

const accentChar = (c: string): string => {
  const i = PLAIN.indexOf(c);
  return i < 0 ? c : ACCENTED[i]!;
};

/**
 * Accents the literal text of an ICU message from `i` until an unmatched "}" (or the end); returns the text and
 * where it stopped. An argument "{name}" or "{name, type, …}" is copied, with the bodies of its plural or select
 * options accented in turn.
 */
function literal(msg: string, i: number): [string, number] {
  let out = '';
  while (i < msg.length && msg[i] !== '}') {
    const c = msg[i]!;
    if (c === '{') {
      const [arg, next] = argument(msg, i);
      out += arg;
      i = next;
    } else if (c === "'" && (msg[i + 1] === '{' || msg[i + 1] === '}' || msg[i + 1] === "'")) {
      // Quoted ICU syntax: copied as it is.
      const end = msg.indexOf("'", i + 1);
      const stop = end < 0 ? msg.length : end + 1;
      out += msg.slice(i, stop);
      i = stop;
    } else {
      out += accentChar(c);
      i++;
    }
  }
  return [out, i];
}

function argument(msg: string, start: number): [string, number] {
  let i = start + 1;
  let head = '';
  while (i < msg.length && msg[i] !== '}' && msg[i] !== '{') head += msg[i++];
  const parts = head.split(',');
  const type = parts[1]?.trim();
  if (msg[i] === '}' || (type !== 'plural' && type !== 'select' && type !== 'selectordinal')) {
    // A plain value ("{name}", "{n, number}"): copied.
    const end = msg.indexOf('}', i);
    return [msg.slice(start, end + 1), end + 1];
  }
  // Options: "key {body} key {body}"; the keys sit in the text before each "{".
  let out = `{${head}`;
  while (i < msg.length && msg[i] !== '}') {
    if (msg[i] === '{') {
      const [body, next] = literal(msg, i + 1);
      out += `{${body}}`;
      i = next + 1;
    } else out += msg[i++];
  }
  return [`${out}}`, i + 1];
}

/**
 * One message in pseudo form.
 * @example pseudoMessage('{n, plural, one {# dose} other {# doses}}') // => '[{n, plural, one {# đöšé} other {# đöšéš}} ····· ····· ····· ·]'
 */
export function pseudoMessage(message: string): string {
  const [text] = literal(message, 0);
  // Padding in words of five, so a long message still wraps.
  const dots = Math.max(1, Math.round(message.length * 0.4));
  const pad = Array.from({ length: Math.ceil(dots / 5) }, (_, k) =>
    '·'.repeat(Math.min(5, dots - k * 5)),
  ).join(' ');
  return `[${text} ${pad}]`;
}

/** A whole catalog in pseudo form. */
export function pseudoCatalog<Id extends string>(english: Readonly<Record<Id, string>>): Record<Id, string> {
  return Object.fromEntries(
    Object.entries<string>(english).map(([id, text]) => [id, pseudoMessage(text)]),
  ) as Record<Id, string>;
}
