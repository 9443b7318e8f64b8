import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Catalog } from '../../../sim/i18n';
import type { MessageId } from './catalogs';

/**
 * The pseudo-locale, for tests only (loaded on demand, never listed in the switch): every letter of the English
 * text accented and the message padded by about 40% inside brackets, "[Ĥàļƒ-ļîƒé ·····]". A string on screen
 * that is not bracketed and accented was never translated; a box that overflows with it will overflow in German.
 */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

const accent = (text: string): string => [...text].map((c) => ACCENTED[c] ?? c).join('');

function walk(elements: MessageFormatElement[]): void {
  for (const el of elements) {
    if (el.type === TYPE.literal) el.value = accent(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) walk(option.value);
    else if (el.type === TYPE.tag) walk(el.children);
  }
}

/** One message in pseudo form: literals accented, placeholders kept, padded by 40% of its length. */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  walk(ast);
  const text = printAST(ast);
  // Leading or trailing spaces and punctuation stay outside the brackets: they join the message to its neighbours.
  const pad = '·'.repeat(Math.max(1, Math.round(message.length * 0.4)));
  return `[${text} ${pad}]`;
}

/** The pseudo catalog: every English message in pseudo form. */
export function pseudoCatalog(english: Catalog<MessageId>): Catalog<MessageId> {
  return Object.fromEntries(
    Object.entries(english).map(([id, text]) => [id, pseudoMessage(text as string)]),
  ) as Catalog<MessageId>;
}
