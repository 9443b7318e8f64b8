import { formatNumberIn, NEUTRAL_LOCALE } from '../i18n/format';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { Personal } from './schema';

/**
 * The personal factor as every artefact names it, so a curve scaled by it never looks like the typical
 * person's. Two significant digits, as the fit panel shows it (describeFactorFit).
 */

/** "0.35", "1.8", "12", "2.0": the factor as the panel shows it (two significant digits, "1,8" in de-DE). */
export function formatFactor(factor: number, locale: string = NEUTRAL_LOCALE): string {
  return formatNumberIn(locale, factor, { significant: 2, minSignificant: 2 });
}

/**
 * The words after a curve's name: "fitted ×0.35" for a fitted factor, "personal factor ×2.0" for one set by
 * hand, null for the typical person (factor 1), where nothing needs saying.
 * @example factorWords({ factor: 2, fit: null }) // => 'personal factor ×2.0'
 */
export function factorWords(personal: Personal | undefined, tr: Translator = ENGLISH): string | null {
  if (!personal || personal.factor === 1) return null;
  const factor = formatFactor(personal.factor, tr.locale);
  return tr.t(personal.fit ? 'factor.fitted' : 'factor.personal', { factor });
}

/**
 * A series label with the factor: "MK-7, fitted ×0.35"; unchanged for the typical person.
 * @example labelWithFactor('MK-7', { factor: 0.35, fit: null }) // => 'MK-7, personal factor ×0.35'
 */
export function labelWithFactor(
  label: string,
  personal: Personal | undefined,
  tr: Translator = ENGLISH,
): string {
  const words = factorWords(personal, tr);
  return words === null ? label : tr.t('factor.label', { label, words });
}

/**
 * A data-CSV column name with the factor, so a spreadsheet column can never pass for the typical person's:
 * "mk7_plasma_ng_per_ml_personal_x0.35"; unchanged for the typical person.
 */
export function columnWithFactor(column: string, personal: Personal | undefined): string {
  if (!personal || personal.factor === 1) return column;
  // Data text: plain digits whatever the UI's language.
  return `${column}_personal_x${personal.factor.toPrecision(2)}`;
}
