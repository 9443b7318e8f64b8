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

/** About 40% of `chars` in dots, in words of five so a long message still wraps. */
function padding(chars: number): string {
  const dots = Math.max(1, Math.round(chars * 0.4));
  return Array.from({ length: Math.ceil(dots / 5) }, (_, k) => '·'.repeat(Math.min(5, dots - k * 5))).join(
    ' ',
  );
}

/**
 * Accents the literal text of an ICU message from `i` until an unmatched "}" (or the end); returns the text,
 * where it stopped, and how many characters of it are the message's own words (the padding is 40% of those).
 * An argument "{name}" or "{name, type, …}" is copied, with the bodies of its plural or select options accented
 * and padded in turn.
 */
function literal(msg: string, i: number): [string, number, number] {
  let out = '';
  let own = 0;
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
      own++;
      i++;
    }
  }
  return [out, i, own];
}

function argument(msg: string, start: number): [string, number] {
  let i = start + 1;
  let head = '';
  while (i < msg.length && msg[i] !== '}' && msg[i] !== '{') head += msg[i++];
  const type = head.split(',')[1]?.trim();
  if (msg[i] === '}' || (type !== 'plural' && type !== 'select' && type !== 'selectordinal')) {
    // A plain value ("{name}", "{n, number}"): copied.
    const end = msg.indexOf('}', i);
    return [msg.slice(start, end + 1), end + 1];
  }
  // Options: "key {body} key {body}"; the keys sit in the text before each "{". Each body is padded by its own
  // length, so a long list of choices does not pad the one shown.
  let out = `{${head}`;
  while (i < msg.length && msg[i] !== '}') {
    if (msg[i] === '{') {
      const [body, next, own] = literal(msg, i + 1);
      out += own > 0 ? `{${body} ${padding(own)}}` : `{${body}}`;
      i = next + 1;
    } else out += msg[i++];
  }
  return [`${out}}`, i + 1];
}

/**
 * One message in pseudo form.
 * @example pseudoMessage('Day {day}: {pct}% of steady state') // => '[Đàý {day}: {pct}% öƒ šţéàđý šţàţé ····· ····]'
 */
export function pseudoMessage(message: string): string {
  const [text, , own] = literal(message, 0);
  return own > 0 ? `[${text} ${padding(own)}]` : `[${text}]`;
}

/** A whole catalog in pseudo form. */
export function pseudoCatalog<Id extends string>(english: Readonly<Record<Id, string>>): Record<Id, string> {
  return Object.fromEntries(
    Object.entries<string>(english).map(([id, text]) => [id, pseudoMessage(text)]),
  ) as Record<Id, string>;
}
