import type { Scenario } from '../../../sim';
import { formatFactor } from '../../../sim/fit/factorWords';
import { fitStaleness } from '../../../sim/fit/fitBasis';
import { CAPTION_ORDER, formatDuration, regimenClauses } from '../../../sim/scenario/describe';
import type { AppTranslator } from '../i18n/locale';
import { NEUTRAL_ENGLISH } from '../i18n/neutral';

// The words themselves live in sim/scenario/describe (one implementation for the app, files and titles).
export { formatAmount, formatDuration } from '../../../sim/scenario/describe';

/**
 * The regimen in one line, for image captions and CSV headers:
 * "MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal, 30 days".
 * Compounds with the same schedule share one clause; only shown compounds are described. In `tr`'s language:
 * the figure passes the UI's; data files keep the default, English with plain digits.
 */
export function regimenCaption(scenario: Scenario, tr: AppTranslator = NEUTRAL_ENGLISH): string {
  const shown = CAPTION_ORDER.some(
    (id) => scenario.display.visible.includes(id) && scenario.regimens.some((r) => r.compound === id),
  );
  const duration = formatDuration(scenario.horizonDays, tr);
  if (!shown) return tr.t('figure.noneShown', { duration });
  return tr.t('figure.caption', {
    // "; " joins clauses in every language: each clause already names its compounds ("MK-7: …").
    clauses: regimenClauses(scenario, tr).join('; '),
    duration,
    compare: scenario.display.compareFat ? tr.t('figure.compareFat') : '',
    personal: personalClause(scenario, tr),
  });
}

/**
 * "; every level × 0.35, the personal factor fitted to 4 measured levels" (or "set by hand"): a figure whose
 * curves are scaled says so in its footer. Empty for the typical person (factor 1).
 */
export function personalClause(scenario: Scenario, tr: AppTranslator = NEUTRAL_ENGLISH): string {
  const personal = scenario.personal;
  if (!personal || personal.factor === 1) return '';
  const fit = personal.fit;
  return tr.t('figure.personal', {
    factor: formatFactor(personal.factor, tr.locale),
    from: fit ? tr.t('figure.fittedTo', { n: fit.n }) : tr.t('figure.byHand'),
    stale: fitStaleness(scenario) === null ? '' : tr.t('figure.stale'),
  });
}
