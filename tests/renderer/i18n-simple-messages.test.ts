import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  formatSimpleMessage,
  pseudoCatalog,
  PSEUDO_LOCALE,
  simpleMessage,
} from '../../sim/i18n';
import { CATALOGS, LANGUAGES } from '../../renderer/src/i18n/catalogs';

/**
 * The translator writes messages with plain `{name}` arguments without intl-messageformat's parser
 * (sim/i18n/translator.ts). Checked against the parser itself, the independent truth, over every message of
 * every catalog (English, German, Japanese and the pseudo-locale): the fast path is taken only where the
 * parser finds nothing but text and plain arguments, and there it writes exactly what intl-messageformat writes.
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

describe.each(CATALOG_CASES)('$name catalog', ({ locale, catalog }) => {
  const entries = Object.entries(catalog);

  it('takes the fast path only for text and plain arguments, and writes what intl-messageformat writes', () => {
    let fast = 0;
    for (const [id, text] of entries) {
      const parts = simpleMessage(text);
      const elements = parse(text);
      const plain = elements.every((el) => el.type === TYPE.literal || el.type === TYPE.argument);
      if (!parts) continue;
      fast++;
      expect(plain, `${id}: "${text}"`).toBe(true);
      const names = parts.filter((_, i) => i % 2 === 1);
      for (const kind of ['string', 'number'] as const) {
        const values = valuesFor(names, kind);
        const expected = String(new IntlMessageFormat(text, locale).format(values));
        expect(formatSimpleMessage(parts, values), `${id} with ${kind} values`).toBe(expected);
      }
    }
    // Most messages need no parser (the point of the fast path).
    expect(fast).toBeGreaterThan(entries.length / 2);
  });

  it('the translator writes every message as intl-messageformat does', () => {
    const tr = createTranslator<string>(locale, catalog, CATALOGS.en);
    for (const [id, text] of entries) {
      const parts = simpleMessage(text);
      if (!parts) continue;
      const values = valuesFor(
        parts.filter((_, i) => i % 2 === 1),
        'number',
      );
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

  it('hands a missing value to the parser, which throws as before', () => {
    const tr = createTranslator<'m'>('en-US', { m: 'Dose {n}' }, { m: 'Dose {n}' });
    expect(formatSimpleMessage(simpleMessage('Dose {n}')!, {})).toBeNull();
    expect(() => tr.t('m', {})).toThrow(/n/);
    expect(() => new IntlMessageFormat('Dose {n}', 'en-US').format({})).toThrow(/n/);
    expect(tr.t('m', { n: 0 })).toBe('Dose 0');
  });
});
