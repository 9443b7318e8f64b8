import { ENGLISH, type Translator } from '../i18n/translator';
import type { CompoundId } from '../model/types';
import type { SourceId } from './sources';

/** A caution the app shows next to a regimen on screen, with the papers it rests on. */
export interface AnticoagulantCaution {
  compound: CompoundId;
  /** One or two sentences, ready to display. */
  text: string;
  sources: SourceId[];
}

/** The texts are catalog messages caution.<compound> (sim/i18n/messages.en.ts), word for word from the papers. */
const CAUTIONS: Record<CompoundId, Omit<AnticoagulantCaution, 'text'>> = {
  mk7: {
    compound: 'mk7',
    sources: ['theuwissen2013'],
  },
  k1: {
    compound: 'k1',
    sources: ['schurgers2004'],
  },
  mk4: {
    compound: 'mk4',
    sources: [],
  },
};

/**
 * The anticoagulant caution for a compound, for the app to show wherever a regimen of it is on screen.
 * MK-7: Theuwissen et al. 2013, J Thromb Haemost 11:1085-1092. K1: Schurgers et al. 2004, Blood 104:2682-2689.
 * @example anticoagulantCaution('mk7').sources // => ['theuwissen2013']
 */
export function anticoagulantCaution(compound: CompoundId, tr: Translator = ENGLISH): AnticoagulantCaution {
  const caution = CAUTIONS[compound];
  return { ...caution, text: tr.t(`caution.${compound}`) };
}
