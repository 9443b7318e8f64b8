import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, defaultScenario, parseScenarioText, serializeScenario } from '../../sim/index';

describe('scenario bytes and text: the same in the command line and the app', () => {
  // A name with "µ" (two bytes in UTF-8), so the invalid-UTF-8 case can cut inside a character.
  const scenario = { ...defaultScenario(), name: 'Daily 90 µg with a meal' };
  const text = serializeScenario(scenario);

  it('accepts and strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const decoded = decodeScenarioBytes(bytes);
    expect(decoded.ok && decoded.text.charCodeAt(0)).toBe(0xfeff); // kept by decoding ...
    expect(decoded.ok && parseScenarioText(decoded.text)).toEqual({
      ok: true,
      scenario,
      migratedFrom: null,
    }); // ... and removed by the parser both use
  });

  it('refuses invalid UTF-8 with a message instead of replacing bytes', () => {
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf('µ'); // "µ" is two bytes; cut the second to leave an invalid sequence
    const broken = new Uint8Array([...bytes.slice(0, at + 1), 0x41, ...bytes.slice(at + 2)]);
    expect(decodeScenarioBytes(broken)).toEqual({
      ok: false,
      error: 'The file is not UTF-8 text: it is not a K2 Kinetics scenario.',
    });
    expect(decodeScenarioBytes(bytes)).toEqual({ ok: true, text });
  });

  it('prints one line with control characters escaped, whatever the file holds', () => {
    const parsed = parseScenarioText('{"bad\nkey\u001b[31m": 1, "version": 2}');
    expect(parsed.ok).toBe(false);
    // eslint-disable-next-line no-control-regex -- the point: no control character reaches the terminal
    expect(!parsed.ok && parsed.error).not.toMatch(/[\u0000-\u001f]/);
  });
});
