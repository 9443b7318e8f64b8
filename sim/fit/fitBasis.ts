import { ENGLISH, type Translator } from '../i18n/translator';
import type { Scenario } from '../scenario/schema';

/**
 * What a personal-factor fit was computed from, as a short key stored with the fit: the measured levels, the
 * calendar, the duration and step, and the regimens of the measured compounds (the doses as planned and as
 * taken). When the key of today's scenario differs, the fit no longer describes the data and says so.
 */

/** Object keys in sorted order, so the same data give the same text however they were built. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** cyrb53 (public domain): a fast 53-bit string hash; a key to compare, not a secret. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

type FitInputs = Pick<Scenario, 'calendar' | 'regimens' | 'measured' | 'horizonDays' | 'stepMin'>;

/** The key of the data a fit of this scenario would use. */
export function fitDataKey(scenario: FitInputs): string {
  const measured = scenario.measured ?? [];
  const compounds = new Set(measured.map((l) => l.compound));
  return hash53(
    canonicalJson({
      measured,
      calendar: scenario.calendar ?? null,
      horizonDays: scenario.horizonDays,
      stepMin: scenario.stepMin,
      regimens: scenario.regimens.filter((r) => compounds.has(r.compound)),
    }),
  );
}

/**
 * One sentence when the scenario's fit was made from other data than the scenario holds now, else null (also
 * for fits saved before fits carried a key: nothing can be said about them).
 * @example fitStaleness({ horizonDays: 1, stepMin: 60, regimens: [], measured: [], personal: { factor: 1, fit: null } }) // => null
 */
export function fitStaleness(
  scenario: FitInputs & Pick<Scenario, 'personal'>,
  tr: Translator = ENGLISH,
): string | null {
  const fit = scenario.personal?.fit;
  if (!fit?.dataKey || fit.dataKey === fitDataKey(scenario)) return null;
  return tr.t('fit.stale');
}
