import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ENGLISH, simTranslator } from '../../sim/i18n';
import { CATALOGS, LANGUAGES } from '../../renderer/src/i18n/catalogs';
import { makeTranslator } from '../../renderer/src/i18n/locale';
import { pseudoCatalog } from '../../sim/i18n';

/**
 * Every catalog holds every English message, each parses as ICU MessageFormat, uses the same values as the
 * English one, and its plural forms are the language's own (CLDR plural categories from Intl.PluralRules, an
 * independent source: English and German have "one" and "other", Japanese only "other").
 */
interface Shape {
  args: Set<string>;
  plurals: { arg: string; keys: string[] }[];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { args: new Set(), plurals: [] }): Shape {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date)
      shape.args.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      shape.args.add(el.value);
      if (el.type === TYPE.plural) shape.plurals.push({ arg: el.value, keys: Object.keys(el.options) });
      for (const option of Object.values(el.options)) shapeOf(option.value, shape);
    }
  }
  return shape;
}

const english = CATALOGS.en;
/** Messages that are the same word in German (units, names). */
const SAME_IN_GERMAN = new Set<string>([
  'duration.min',
  'controls.linear',
  'metrics.cmax',
  'metrics.auc',
  'population.colParameter',
  'sources.colParameter',
  'markers.marker',
  'sentence.limitBoth',
  'sens.colParameter',
  'export.text',
  'export.dpi',
]);
const ids = Object.keys(english) as (keyof typeof english)[];

describe('catalogs', () => {
  it('English has messages from sim/ and the renderer', () => {
    expect(ids.length).toBeGreaterThan(60);
    expect(ids).toContain('steady.day');
    expect(ids).toContain('app.subtitle');
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const catalog = CATALOGS[language];
    const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);

    it('holds every English id, and no other', () => {
      expect(Object.keys(catalog).sort()).toEqual([...ids].sort());
    });

    it.each(ids)('%s parses, uses the English values, and plurals of the language', (id) => {
      const text = catalog[id];
      expect(text.trim(), id).not.toBe('');
      const shape = shapeOf(parse(text));
      const en = shapeOf(parse(english[id]));
      expect([...shape.args].sort(), id).toEqual([...en.args].sort());
      for (const plural of shape.plurals) {
        expect(plural.keys, `${id}: ${plural.arg} needs "other"`).toContain('other');
        for (const key of plural.keys)
          expect(key.startsWith('=') || categories.has(key as Intl.LDMLPluralRule), `${id}: "${key}"`).toBe(
            true,
          );
      }
    });

    it('translates: a German or Japanese message differs from the English one unless it holds no words', () => {
      if (language === 'en') return;
      const same = ids.filter(
        (id) =>
          !(language === 'de' && SAME_IN_GERMAN.has(id)) &&
          catalog[id] === english[id] &&
          /[a-z]{3,}/i.test(english[id].replace(/\{[^}]*\}/g, '')),
      );
      expect(same).toEqual([]);
    });
  });
});

describe('plurals come from the library', () => {
  it('English, German and Japanese count doses their own way', () => {
    const en = makeTranslator('en', CATALOGS.en);
    const de = makeTranslator('de', CATALOGS.de);
    const ja = makeTranslator('ja', CATALOGS.ja);
    expect([1, 2].map((n) => en.t('schedule.missed', { n }))).toEqual(['1 missed dose', '2 missed doses']);
    expect([1, 2].map((n) => de.t('schedule.missed', { n }))).toEqual([
      '1 vergessene Dosis',
      '2 vergessene Dosen',
    ]);
    expect([1, 2].map((n) => ja.t('schedule.missed', { n }))).toEqual(['飲み忘れ1回', '飲み忘れ2回']);
  });

  it('the command line stays English with a decimal point; the UI writes German numbers', () => {
    expect(ENGLISH.t('steady.day', { day: ENGLISH.num(14), pct: ENGLISH.num(87) })).toBe(
      'Day 14: 87% of steady state',
    );
    const de = simTranslator('de-DE');
    expect(
      de.t('rule.atMost', { value: de.t('rule.withUnit', { value: de.num(3660.5), unit: 'days' }) }),
    ).toBe('darf höchstens 3.660,5 Tage sein');
  });
});

describe('pseudo-locale', () => {
  const pseudo = pseudoCatalog(CATALOGS.en);
  it('accents every letter, keeps every value and is about 40% longer', () => {
    for (const id of ids) {
      const text = pseudo[id];
      expect(text.startsWith('['), id).toBe(true);
      expect([...shapeOf(parse(text)).args].sort(), id).toEqual([...shapeOf(parse(english[id])).args].sort());
      // No plain ASCII letter outside the values' names.
      const literal = text.replace(/\{[^{}]*\}/g, '');
      if (!/[{}]/.test(literal)) expect(literal, id).not.toMatch(/[A-Za-z]/);
      // About 40% longer (the brackets and dots), measured on messages without values.
      if (!/[{}]/.test(english[id])) expect(text.length, id).toBeGreaterThanOrEqual(english[id].length * 1.3);
    }
  });
  it('formats like the English message', () => {
    const tr = makeTranslator('pseudo', pseudo);
    expect(tr.t('pager.range', { noun: 'X', first: '1', last: '50', total: '3.650' })).toMatch(
      /^\[X 1–50 öƒ 3\.650 [· ]+\]$/,
    );
  });
});
