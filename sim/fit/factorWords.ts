import type { Personal } from './schema';

/**
 * The personal factor as every artefact names it, so a curve scaled by it never looks like the typical
 * person's. Two significant digits, as the fit panel shows it (describeFactorFit).
 */

/** "0.35", "1.8", "12": the factor as the panel shows it. */
export function formatFactor(factor: number): string {
  return factor.toPrecision(2);
}

/** The factor applied to a scenario (1 when there is none). */
export function personalFactorOf(scenario: { personal?: Personal | undefined }): number {
  return scenario.personal?.factor ?? 1;
}

/**
 * The words after a curve's name: "fitted ×0.35" for a fitted factor, "personal factor ×2.0" for one set by
 * hand, null for the typical person (factor 1), where nothing needs saying.
 * @example factorWords({ factor: 2, fit: null }) // => 'personal factor ×2.0'
 */
export function factorWords(personal: Personal | undefined): string | null {
  if (!personal || personal.factor === 1) return null;
  const f = formatFactor(personal.factor);
  return personal.fit ? `fitted ×${f}` : `personal factor ×${f}`;
}

/**
 * A series label with the factor: "MK-7, fitted ×0.35"; unchanged for the typical person.
 * @example labelWithFactor('MK-7', { factor: 0.35, fit: null }) // => 'MK-7, personal factor ×0.35'
 */
export function labelWithFactor(label: string, personal: Personal | undefined): string {
  const words = factorWords(personal);
  return words === null ? label : `${label}, ${words}`;
}

/**
 * A data-CSV column name with the factor, so a spreadsheet column can never pass for the typical person's:
 * "mk7_plasma_ng_per_ml_personal_x0.35"; unchanged for the typical person.
 */
export function columnWithFactor(column: string, personal: Personal | undefined): string {
  if (!personal || personal.factor === 1) return column;
  return `${column}_personal_x${formatFactor(personal.factor)}`;
}
