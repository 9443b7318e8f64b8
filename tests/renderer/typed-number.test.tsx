/**
 * One table of typed strings, in an English and a German locale, through the app's one number box
 * (renderer/src/controls/NumberInput.tsx): its event function (type, then Enter) is the code the browser runs,
 * and its markup is rendered by React. The expected values are written by hand from the reading rule in
 * sim/text/parseTypedNumber.ts and the limits table (not recomputed with the code under test); the same
 * table runs in Chromium with en-US and de-DE browser locales in tests/e2e/number-input.test.ts.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioWork, workOverCap, type Scenario } from '../../sim';
import {
  DOSE_BOUNDS,
  DURATION_BOUNDS,
  INTERVAL_BOUNDS,
  MEASURED_VALUE_LIMIT,
  readTypedValue,
} from '../../renderer/src/controls/bounds';
import {
  boxEvent,
  boxView,
  EMPTY_BOX,
  NumberInput,
  type BoxContext,
} from '../../renderer/src/controls/NumberInput';
import { TYPED_TABLE } from '../support/typedNumbers';

/** Types `text` into a box holding `ctx.value` and presses Enter: what was committed and what the box shows. */
function typeAndEnter(text: string, ctx: BoxContext) {
  const typed = boxEvent(EMPTY_BOX, { type: 'type', text }, ctx);
  expect(typed.commit).toBeUndefined(); // nothing is applied while typing
  const entered = boxEvent(typed.state, { type: 'commit' }, ctx);
  const value = entered.commit === undefined ? ctx.value : entered.commit;
  return { committed: entered.commit, state: entered.state, view: boxView(entered.state, { ...ctx, value }) };
}

describe('one table of typed strings through the number box, en-US and de-DE', () => {
  for (const row of TYPED_TABLE) {
    for (const locale of ['en-US', 'de-DE'] as const) {
      const expected = row[locale];
      it(`${locale}: ${JSON.stringify(row.typed)} in a measured value box`, () => {
        const ctx: BoxContext = { value: 0.5, limit: MEASURED_VALUE_LIMIT, locale, optional: false };
        const { committed, view } = typeAndEnter(row.typed, ctx);
        if (typeof expected === 'number') {
          expect(committed === undefined ? ctx.value : committed).toBe(expected);
          expect(view.error).toBeNull();
          // The box then shows the value in the locale's own way, and reads it back as the same number.
          expect(readTypedValue(view.text, MEASURED_VALUE_LIMIT, { locale })).toMatchObject({
            value: expected,
          });
        } else {
          expect(committed).toBeUndefined(); // the previous value stays
          expect(view.text).toBe(row.typed); // the typed text stays, to be corrected
          expect(view.error).toContain(expected);
          expect(view.error).toContain('Kept 0'); // says what is kept: 0.5 or 0,5
        }
      });
    }
  }

  it('"1,2" is 1.2 in both locales and is shown as each locale writes it', () => {
    for (const [locale, shown] of [
      ['en-US', '1.2'],
      ['de-DE', '1,2'],
    ] as const) {
      const ctx: BoxContext = { value: 0.5, limit: MEASURED_VALUE_LIMIT, locale, optional: false };
      expect(typeAndEnter('1,2', ctx).committed).toBe(1.2);
      expect(boxView(EMPTY_BOX, { ...ctx, value: 1.2 }).text).toBe(shown);
    }
  });

  it('an ambiguous "1,234" says how it was read, next to the box', () => {
    const en = typeAndEnter('1,234', { value: 1, limit: DOSE_BOUNDS, locale: 'en-US', optional: false });
    expect(en.committed).toBe(1234);
    expect(en.view.note).toBe('"1,234" read as 1234 ("," groups thousands in en-US)');
    const de = typeAndEnter('1,234', { value: 1, limit: DOSE_BOUNDS, locale: 'de-DE', optional: false });
    expect(de.committed).toBe(1.234);
    // The value as the box writes it in de-DE, where "," is the decimal mark.
    expect(de.view.note).toBe('"1,234" read as 1,234 ("," is the decimal mark in de-DE)');
  });
});

describe('the box keeps what was typed until it is committed, and keeps the value when it refuses', () => {
  const ctx: BoxContext = { value: 90, limit: DOSE_BOUNDS, locale: 'en-US', optional: false };

  it('Escape after a refusal restores the committed value', () => {
    const refused = typeAndEnter('-5', ctx);
    expect(refused.view.error).toBe('Dose must be at least 0 µg, got -5. Kept 90 µg (Escape restores it).');
    const escaped = boxEvent(refused.state, { type: 'escape' }, ctx);
    expect(escaped.commit).toBeUndefined();
    expect(boxView(escaped.state, ctx)).toEqual({ text: '90', error: null, note: null });
  });

  it('a value changed from outside (slider, undo, file) replaces an unfinished draft', () => {
    const typed = boxEvent(EMPTY_BOX, { type: 'type', text: '12' }, ctx).state;
    expect(boxView(typed, ctx).text).toBe('12');
    expect(boxView(typed, { ...ctx, value: 150 }).text).toBe('150');
    // Committing then is a no-op: the draft belonged to the old value.
    expect(boxEvent(typed, { type: 'commit' }, { ...ctx, value: 150 }).commit).toBeUndefined();
  });

  it('committing the value the box already holds calls nothing', () => {
    expect(typeAndEnter('90,0', ctx).committed).toBeUndefined();
    expect(typeAndEnter('91', ctx).committed).toBe(91);
  });

  it('a required box refuses blank in words; an optional box commits null ("not set"), never 0', () => {
    expect(typeAndEnter('', ctx).view.error).toBe(
      'Dose needs a number: at least 0 and at most 1,000,000 µg. Kept 90 µg (Escape restores it).',
    );
    const optional = typeAndEnter('  ', { ...ctx, optional: true });
    expect(optional.committed).toBeNull();
    expect(boxView(EMPTY_BOX, { ...ctx, value: null }).text).toBe('');
  });
});

describe('typed pairs cannot start work beyond the caps (issue 20)', () => {
  // The same check ControlPanel gives its boxes: the scenario this edit would make, counted by sim/scenario/work.
  const capCheck =
    (base: Scenario, edit: (s: Scenario, v: number) => Scenario) =>
    (v: number): string | null =>
      workOverCap(scenarioWork(edit(base, v)));
  const withInterval = (s: Scenario, intervalH: number): Scenario => ({
    ...s,
    regimens: s.regimens.map((r) => ({ ...r, intervalH })),
  });

  it('duration 1e-6 days, then interval 1e-7 h: 240 doses per regimen, within the cap, accepted', () => {
    const tiny: Scenario = { ...defaultScenario(), horizonDays: 1e-6 };
    const read = readTypedValue('1e-7', INTERVAL_BOUNDS, capCheck(tiny, withInterval));
    expect(read).toEqual({ ok: true, value: 1e-7 });
    // 1e-6 days = 0.0864 s = 2.4e-5 h; every 1e-7 h gives floor(240 - tiny) + 1 = 240 doses (by hand).
    expect(scenarioWork(withInterval(tiny, 1e-7)).doses).toBe(240 * tiny.regimens.length);
  });

  it.each(['1e-7', '5e-324', '0,0001'])(
    'interval %s h over 30 days is refused with the cap words',
    (typed) => {
      const month: Scenario = { ...defaultScenario(), horizonDays: 30 };
      const read = readTypedValue(typed, INTERVAL_BOUNDS, capCheck(month, withInterval));
      expect(read.ok).toBe(false);
      expect(!read.ok && read.message).toMatch(
        /^Dosing interval .* h: this run needs .* doses; the limit is 100,000 doses/,
      );
    },
  );

  it('duration 3660 days over an interval of 0.01 h is refused with the cap words', () => {
    const fine = withInterval(defaultScenario(), 0.01);
    const read = readTypedValue(
      '3660',
      DURATION_BOUNDS,
      capCheck(fine, (s, horizonDays) => ({ ...s, horizonDays })),
    );
    expect(!read.ok && read.message).toMatch(
      /^Duration 3660 days: this run needs .* the limit is 100,000 doses/,
    );
  });

  it.each(['5e-324', '1e308', '-0', 'abc', ''])(
    'duration %j: a number within the limits or a sentence',
    (typed) => {
      const read = readTypedValue(
        typed,
        DURATION_BOUNDS,
        capCheck(defaultScenario(), (s, h) => ({ ...s, horizonDays: h })),
      );
      if (read.ok) expect(read.value).toBe(5e-324);
      else expect(read.message).toMatch(/^Duration[ :].*\.$/);
    },
  );
});

describe('the markup of the box', () => {
  it("a text box with a decimal keyboard, named by its field and unit, showing the locale's decimal mark", () => {
    const html = renderToStaticMarkup(
      <NumberInput
        value={1.2}
        onCommit={() => {}}
        limit={MEASURED_VALUE_LIMIT}
        label="Measured value"
        locale="de-DE"
      />,
    );
    expect(html).toContain('type="text"');
    expect(html).toContain('inputMode="decimal"');
    expect(html).toContain('aria-label="Measured value"');
    expect(html).toContain('value="1,2"');
    expect(html).toContain('aria-invalid="false"');
  });

  it('an optional box with no value is empty and says "not set"', () => {
    const html = renderToStaticMarkup(
      <NumberInput value={null} optional onCommit={() => {}} limit={DOSE_BOUNDS} locale="en-US" />,
    );
    expect(html).toContain('value=""');
    expect(html).toContain('placeholder="not set"');
    expect(html).toContain('aria-label="Dose (µg)"');
  });
});
