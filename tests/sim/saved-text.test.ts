/**
 * Whatever opens must save (issue 20): a valid 1.96 MB file whose numbers are written like '8e4' re-saved as
 * 2.25 million characters, over the save and open limits. The saved form is now compact with the shortest
 * exact numbers when it must be, and a file whose saved form would still not fit is refused at open in the
 * cap's words. Independent truth: JSON.parse of the saved text, Node's Buffer.byteLength.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  savedScenarioText,
  serializeScenario,
  shortestNumbers,
  utf8Length,
} from '../../sim/index';

/** A scenario file of about `targetBytes` whose 40,000 extra doses' times and amounts are written '8e4'-style. */
function shortNumberFile(extraDoses: number): string {
  const s = defaultScenario();
  const doses = Array.from(
    { length: extraDoses },
    (_, i) => `{"timeH":${(i % 8) + 1}e4,"amountUg":1e5,"fatG":0}`,
  );
  const regimen = JSON.stringify({ ...s.regimens[0]!, extraDoses: [] }).replace(
    '"extraDoses":[]',
    `"extraDoses":[${doses.join(',')}]`,
  );
  return JSON.stringify({ ...s, horizonDays: 3660, regimens: [] }).replace(
    '"regimens":[]',
    `"regimens":[${regimen}]`,
  );
}

describe('saved text fits the open limit', () => {
  it('shortestNumbers writes each number in its shortest exact form and leaves strings alone', () => {
    expect(
      shortestNumbers('{"a":80000,"b":"80000 \\" 1000","c":0.0001,"d":12.5,"e":-3e-7,"f":[100,1e21]}'),
    ).toBe('{"a":8e4,"b":"80000 \\" 1000","c":1e-4,"d":12.5,"e":-3e-7,"f":[100,1e21]}');
    for (const n of [80000, 1e-7, 123456789012, 0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 2 ** 53])
      expect(JSON.parse(shortestNumbers(JSON.stringify({ n })))).toEqual({ n });
  });

  it('a 1.94 MB file written with 8e4-style numbers opens, saves under the limit, and reopens as the same scenario', () => {
    const text = shortNumberFile(51_000);
    expect(text.length).toBeGreaterThan(1_900_000);
    expect(text.length).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    const opened = parseScenarioText(text);
    if (!opened.ok) throw new Error(opened.error);
    // Plain compact JSON writes 80000 and 100000: over the limit (the 2.25 million characters).
    expect(JSON.stringify(opened.scenario).length).toBeGreaterThan(MAX_SCENARIO_BYTES);
    const saved = savedScenarioText(opened.scenario);
    expect(Buffer.byteLength(saved)).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    const again = parseScenarioText(saved);
    expect(again.ok && again.scenario).toEqual(opened.scenario);
  });

  it("a file whose saved form would pass the limit anyway is refused at open in the cap's words", () => {
    // The save writes the defaults a file may leave out (firstDoseH, doseCount, fatG, missedDoses, extraDoses,
    // overrides: about 85 characters a regimen), so 24 bare regimens in a file padded to just under the limit
    // cannot be saved, whatever the numbers.
    const s = defaultScenario();
    const bare = Array.from({ length: 23 }, () => '{"compound":"mk7","doseUg":90,"intervalH":8784}');
    const doses = Array.from({ length: 52_500 }, () => '{"timeH":8e4,"amountUg":1e5,"fatG":0}');
    const body = (notes: string) =>
      JSON.stringify({ ...s, horizonDays: 3660, notes, regimens: [] }).replace(
        '"regimens":[]',
        `"regimens":[{"compound":"mk7","doseUg":90,"intervalH":8784,"extraDoses":[${doses.join(',')}]},${bare.join(',')}]`,
      );
    const padding = MAX_SCENARIO_BYTES - 20 - body('').length;
    expect(padding).toBeGreaterThan(3000);
    expect(padding).toBeLessThanOrEqual(10_000);
    const text = body('n'.repeat(padding));
    expect(text.length).toBe(MAX_SCENARIO_BYTES - 20);
    const result = parseScenarioText(text);
    expect(result.ok ? 'opened' : result.error).toMatch(
      /^This file cannot be opened: this scenario would be 2,00[0-9],[0-9]{3} bytes when saved; the limit is 2,000,000 bytes: remove doses, edits or measured levels\.$/,
    );
    // 3,000 characters fewer notes (the same file otherwise): the defaults fit, it opens, and its save fits.
    const smaller = parseScenarioText(body('n'.repeat(padding - 3000)));
    if (!smaller.ok) throw new Error(smaller.error);
    expect(utf8Length(savedScenarioText(smaller.scenario))).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
  });

  it('small scenarios are still saved pretty-printed, exactly as before; utf8Length equals Buffer.byteLength', () => {
    expect(savedScenarioText(defaultScenario())).toBe(serializeScenario(defaultScenario()));
    for (const t of ['abc', 'µg', '€', '😀', 'a\ud800b', 'ü😀\udc00'])
      expect(utf8Length(t), t).toBe(Buffer.byteLength(t));
  });
});
