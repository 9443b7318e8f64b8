import {
  anticoagulantCaution,
  COMPOUND_PRESETS,
  SOURCES,
  type AnticoagulantCaution,
  type CompoundId,
} from '../../../sim';
import { currentTranslator, type AppTranslator } from '../i18n/locale';

/** Compounds whose anticoagulant caution rests on a published dose threshold (Theuwissen 2013, Schurgers 2004). */
export const CAUTION_COMPOUNDS: readonly CompoundId[] = ['mk7', 'k1'];

/** A caution ready to show: the model's text, the compound's name and the sources' short names. */
export interface ShownCaution extends AnticoagulantCaution {
  label: string;
  sourceNames: string[];
}

/**
 * The cautions for what is on screen: one per MK-7 or K1 compound among `compounds` (duplicates and other
 * compounds ignored), in the order given. The text is the model's, word for word; nothing is computed from the
 * dose, so the app never turns it into advice.
 */
export function cautionsFor(
  compounds: readonly CompoundId[],
  tr: AppTranslator = currentTranslator(),
): ShownCaution[] {
  const seen = new Set<CompoundId>();
  const out: ShownCaution[] = [];
  for (const c of compounds) {
    if (seen.has(c) || !CAUTION_COMPOUNDS.includes(c)) continue;
    seen.add(c);
    const caution = anticoagulantCaution(c, tr);
    out.push({
      ...caution,
      label: COMPOUND_PRESETS[c].label,
      sourceNames: caution.sources.map((id) => SOURCES[id].short),
    });
  }
  return out;
}

/** Compounds of the regimens a scenario draws (regimens of hidden compounds are not on screen). */
export function compoundsOnScreen(scenario: {
  regimens: readonly { compound: CompoundId }[];
  display: { visible: readonly CompoundId[] };
}): CompoundId[] {
  return scenario.regimens.map((r) => r.compound).filter((c) => scenario.display.visible.includes(c));
}
