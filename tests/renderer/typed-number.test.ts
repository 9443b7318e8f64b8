import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioWork, workOverCap } from '../../sim';
import { DOSE_BOUNDS, normalizeTyped, readTypedValue } from '../../renderer/src/controls/bounds';

describe('typed numbers: a thousands separator is understood or refused, never misread', () => {
  it.each([
    ['1,000.5', 1000.5],
    ['1.000,5', 1000.5],
    ['1,5', 1.5],
    ['12,25', 12.25],
    ['1,000,000', 1_000_000],
    ['1.000.000', 1_000_000],
    ['1.000', 1],
    ['2e3', 2000],
  ])('reads %s as %d', (text, value) => {
    expect(readTypedValue(text, DOSE_BOUNDS)).toEqual({ ok: true, value });
  });

  it.each(['12,34,567', '1,00.5', '1.5,5', '1,000,00'])('refuses %s with a message', (text) => {
    expect(normalizeTyped(text)).toBeNull();
    expect(readTypedValue(text, DOSE_BOUNDS)).toEqual({
      ok: false,
      message: `Dose: "${text}" could be misread. Type it without thousands separators, e.g. 1000 or 1000.5.`,
    });
  });

  it('refuses "1,000" (1000 to some readers, 1.0 to others), saying both readings', () => {
    expect(normalizeTyped('1,000')).toBeNull();
    expect(readTypedValue('1,000', DOSE_BOUNDS)).toEqual({
      ok: false,
      message: 'Dose: "1,000" could mean 1000 or 1.000. Type 1000, or use a decimal point.',
    });
  });

  it('refuses a value that would push the scenario over a work cap, naming the cap', () => {
    // 3 regimens × 3,660 days × every 0.1 h is far over 100,000 doses.
    const check = (intervalH: number) =>
      workOverCap(
        scenarioWork({
          ...defaultScenario(),
          horizonDays: 3660,
          regimens: defaultScenario().regimens.map((r) => ({ ...r, intervalH })),
        }),
      );
    const read = readTypedValue('0.1', { ...DOSE_BOUNDS, name: 'Dosing interval', unit: 'h' }, check);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/the limit is 100,000 doses/);
    expect(readTypedValue('24', DOSE_BOUNDS, check)).toEqual({ ok: true, value: 24 });
  });
});
