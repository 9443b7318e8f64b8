import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  formatSimpleMessage,
  pseudoCatalog,
  PSEUDO_LOCALE,
  simpleMessage,
  type SimpleMessage,
} from '../../sim/i18n';
import { CATALOGS, LANGUAGES } from '../../renderer/src/i18n/catalogs';

/**
 * The translator writes messages of text, plain `{name}` arguments and selects of such text without
 * intl-messageformat's parser (sim/i18n/simpleMessage.ts). Checked against the parser itself, the independent
 * truth, over every message of every catalog (English, German, Japanese and the pseudo-locale) and every branch
 * of every select: the fast path is taken only where the parser finds nothing but text, plain arguments and
 * such selects, and there it writes exactly what intl-messageformat writes.
 */
const CATALOG_CASES = [
  ...LANGUAGES.map((language) => ({ name: language, locale: language, catalog: CATALOGS[language] })),
  { name: 'pseudo', locale: PSEUDO_LOCALE, catalog: pseudoCatalog(CATALOGS.en) },
];

/** Values of both kinds a message is given: strings (already formatted) and raw numbers. */
function valuesFor(names: readonly string[], kind: 'string' | 'number'): Record<string, string | number> {
  return Object.fromEntries(
    names.map((name, i) => [name, kind === 'string' ? `«${name} 1,5 µg»` : 1234.5 * (i + 1) - 0.25]),
  );
}

/** The plain arguments' names and each select's name with its keys, through every branch. */
function argumentsOf(
  parts: SimpleMessage,
  into = { plain: new Set<string>(), selects: new Map<string, Set<string>>() },
) {
  for (let i = 1; i < parts.length; i += 2) {
    const part = parts[i]!;
    if (typeof part === 'string') into.plain.add(part);
    else {
      const keys = into.selects.get(part.select) ?? new Set<string>();
      into.selects.set(part.select, keys);
      for (const [key, branch] of Object.entries(part.branches)) {
        keys.add(key);
        argumentsOf(branch, into);
      }
    }
  }
  return into;
}

/**
 * Values for every branch of every select (each key in turn, and a value no key names, which takes `other`),
 * with the plain arguments as strings and as numbers.
 */
function valueSets(parts: SimpleMessage): Record<string, string | number>[] {
  const { plain, selects } = argumentsOf(parts);
  const sets: Record<string, string | number>[] = [];
  for (const kind of ['string', 'number'] as const) {
    const base = valuesFor([...plain], kind);
    const unnamed = Object.fromEntries([...selects.keys()].map((name) => [name, 'no_such_key']));
    sets.push({ ...unnamed, ...base });
    for (const [name, keys] of selects)
      for (const key of keys)
        sets.push({ ...unnamed, ...base, [name]: /^\d+$/.test(key) ? Number(key) : key });
  }
  return sets;
}

/** The parser's elements are only text, plain arguments and selects of such elements. */
function onlyTextArgumentsAndSelects(elements: MessageFormatElement[]): boolean {
  return elements.every(
    (el) =>
      el.type === TYPE.literal ||
      el.type === TYPE.argument ||
      (el.type === TYPE.select &&
        Object.values(el.options).every((option) => onlyTextArgumentsAndSelects(option.value))),
  );
}

describe.each(CATALOG_CASES)('$name catalog', ({ locale, catalog }) => {
  const entries = Object.entries(catalog);

  it('takes the fast path only for text, plain arguments and selects, and writes what intl-messageformat writes', () => {
    let fast = 0;
    let selects = 0;
    for (const [id, text] of entries) {
      const parts = simpleMessage(text);
      if (!parts) continue;
      fast++;
      if (parts.some((part) => typeof part !== 'string')) selects++;
      expect(onlyTextArgumentsAndSelects(parse(text)), `${id}: "${text}"`).toBe(true);
      for (const values of valueSets(parts)) {
        const expected = String(new IntlMessageFormat(text, locale).format(values));
        expect(formatSimpleMessage(parts, values), `${id} with ${JSON.stringify(values)}`).toBe(expected);
      }
    }
    // Most messages need no parser (the point of the fast path), selects among them.
    expect(fast).toBeGreaterThan(entries.length / 2);
    expect(selects).toBeGreaterThan(5);
  });

  it('the translator writes every message as intl-messageformat does', () => {
    const tr = createTranslator<string>(locale, catalog, CATALOGS.en);
    for (const [id, text] of entries) {
      const parts = simpleMessage(text);
      if (!parts) continue;
      for (const values of valueSets(parts))
        expect(tr.t(id, values), id).toBe(String(new IntlMessageFormat(text, locale).format(values)));
    }
  });
});

describe('simpleMessage', () => {
  it('leaves ICU syntax to the parser', () => {
    for (const text of [
      '{n, plural, one {# day} other {# days}}',
      "It''s {n}",
      "'{literal}'",
      "a '<b>' c",
      "'}'",
      'a <b>bold</b> word',
      '{n, number}',
      '{ n }',
      'a } b',
      'a { b',
      '# {n}',
      '{u, select, h {hours}}',
      '{u, select, h {hours} h {again} other {x}}',
      '{u, select, h {{n, number}} other {x}}',
      '{u, select, =0 {none} other {x}}',
      '{u, select, h {hours} other {x}',
      '{u, select, h {hours} other {x}}}',
      '{u, selectordinal, one {#st} other {#th}}',
    ]) {
      expect(simpleMessage(text), text).toBeNull();
    }
  });

  it('keeps a plain apostrophe as text, as ICU does ("the chart\'s")', () => {
    for (const text of ["the chart's {n} scenes", "it's", "end'", "d' {n}'s"]) {
      const parts = simpleMessage(text);
      expect(parts, text).not.toBeNull();
      const values = { n: 3 };
      expect(formatSimpleMessage(parts!, values)).toBe(
        String(new IntlMessageFormat(text, 'en').format(values)),
      );
    }
  });

  it('splits text at plain arguments, and formats them', () => {
    const parts = simpleMessage('Dose {n} of {count}: {n}')!;
    expect(parts).toEqual(['Dose ', 'n', ' of ', 'count', ': ', 'n', '']);
    expect(formatSimpleMessage(parts, { n: 2, count: '3' })).toBe('Dose 2 of 3: 2');
  });

  it('reads selects, nested and beside text, as the parser does', () => {
    const text = '{a, select, x {X {n}} y {{b, select, p {P} other {Q {b}}}} other {O}} then {n}';
    const parts = simpleMessage(text)!;
    expect(parts).not.toBeNull();
    for (const values of [
      { a: 'x', n: 1, b: 'p' },
      { a: 'y', n: 2, b: 'p' },
      { a: 'y', n: 3, b: 'q' },
      { a: 'zz', n: 4, b: 'p' },
    ])
      expect(formatSimpleMessage(parts, values)).toBe(
        String(new IntlMessageFormat(text, 'en').format(values)),
      );
    // A select value naming an Object property is left to the parser.
    expect(formatSimpleMessage(parts, { a: 'constructor', n: 1, b: 'p' })).toBeNull();
  });

  it('hands a missing value to the parser, which throws as before', () => {
    const tr = createTranslator<'m'>('en-US', { m: 'Dose {n}' }, { m: 'Dose {n}' });
    expect(formatSimpleMessage(simpleMessage('Dose {n}')!, {})).toBeNull();
    expect(() => tr.t('m', {})).toThrow(/n/);
    expect(() => new IntlMessageFormat('Dose {n}', 'en-US').format({})).toThrow(/n/);
    expect(tr.t('m', { n: 0 })).toBe('Dose 0');
  });
});
