import { COMPOUND_PRESETS, type Scenario } from '../../../sim';
import { labelWithFactor } from '../../../sim/fit/factorWords';
import { scheduleInWords } from '../../../sim/scenario/describe';
import type { Translator } from '../../../sim/i18n';
import { currentTranslator } from '../i18n/locale';

/** Which regimen the sensitivity chart is about, and its name: light, for the section and the Export menu. */

/**
 * "MK-7 90 µg every 24 h with a 15 g-fat meal" or, on a pattern, "MK-7 90 µg twice a day at 08:00 and 20:00
 * (breakfast, dinner)", for the regimen picker and the figure's subtitle (the export caption's words), with
 * the personal factor when there is one.
 */
export function regimenName(scenario: Scenario, index: number, tr: Translator = currentTranslator()): string {
  const r = scenario.regimens[index]!;
  const label = r.label ? `${r.label}: ` : '';
  // The bars move around the person's own curve: a personal factor is named ("…, fitted ×0.35").
  return labelWithFactor(
    `${label}${COMPOUND_PRESETS[r.compound].label} ${scheduleInWords(r, scenario.calendar, tr)}`,
    scenario.personal,
    tr,
  );
}

/** The regimen shown first: the first visible MK-7 one (the supplement most people ask about), else the first visible. */
export function defaultRegimenIndex(scenario: Scenario): number {
  const visible = (i: number) => scenario.display.visible.includes(scenario.regimens[i]!.compound);
  const indices = scenario.regimens.map((_, i) => i).filter(visible);
  return indices.find((i) => scenario.regimens[i]!.compound === 'mk7') ?? indices[0] ?? 0;
}

/** The regimen the sensitivity chart is about: the one chosen, if it still exists, else the default. */
export function sensitivityRegimen(scenario: Scenario, chosen: number | null | undefined): number {
  return chosen != null && chosen >= 0 && chosen < scenario.regimens.length
    ? chosen
    : defaultRegimenIndex(scenario);
}
