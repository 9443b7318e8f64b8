import type { Scenario } from '../../../sim';
import { formatFactor } from '../../../sim/fit/factorWords';
import { fitStaleness } from '../../../sim/fit/fitBasis';
import { CAPTION_ORDER, formatDuration, regimenClauses } from '../../../sim/scenario/describe';

// The words themselves live in sim/scenario/describe (one implementation for the app, files and titles).
export { formatAmount, formatDuration } from '../../../sim/scenario/describe';

/**
 * The regimen in one line, for image captions and CSV headers:
 * "MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal, 30 days".
 * Compounds with the same schedule share one clause; only shown compounds are described.
 */
export function regimenCaption(scenario: Scenario): string {
  const shown = CAPTION_ORDER.some(
    (id) => scenario.display.visible.includes(id) && scenario.regimens.some((r) => r.compound === id),
  );
  const duration = formatDuration(scenario.horizonDays);
  if (!shown) return `No compound shown, ${duration}`;
  const clauses = regimenClauses(scenario);
  const compare = scenario.display.compareFat ? '; dashed: the same doses without fat' : '';
  return `${clauses.join('; ')}, ${duration}${compare}${personalClause(scenario)}`;
}

/**
 * "; every level × 0.35, the personal factor fitted to 4 measured levels" (or "set by hand"): a figure whose
 * curves are scaled says so in its footer. Empty for the typical person (factor 1).
 */
export function personalClause(scenario: Scenario): string {
  const personal = scenario.personal;
  if (!personal || personal.factor === 1) return '';
  const fit = personal.fit;
  const from = fit ? `fitted to ${fit.n} measured level${fit.n === 1 ? '' : 's'}` : 'set by hand';
  const stale = fitStaleness(scenario) === null ? '' : ' (the levels or doses have changed since)';
  return `; every level ×${formatFactor(personal.factor)}, the personal factor ${from}${stale}`;
}
