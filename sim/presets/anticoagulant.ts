import type { CompoundId } from '../model/types';
import type { SourceId } from './sources';

/** A caution the app shows next to a regimen on screen, with the papers it rests on. */
export interface AnticoagulantCaution {
  compound: CompoundId;
  /** One or two sentences, ready to display. */
  text: string;
  sources: SourceId[];
}

const CAUTIONS: Record<CompoundId, AnticoagulantCaution> = {
  mk7: {
    compound: 'mk7',
    text: 'If you take a vitamin K antagonist (warfarin, acenocoumarol), talk to your doctor before taking MK-7: in healthy people on acenocoumarol, 10-20 µg/day MK-7 already shifted INR in a clinically relevant way in at least 40-60% of them, and 45 µg/day lowered INR by about 40% (Theuwissen 2013).',
    sources: ['theuwissen2013'],
  },
  k1: {
    compound: 'k1',
    text: 'If you take a vitamin K antagonist (warfarin, acenocoumarol), talk to your doctor before taking K1: in healthy volunteers on anticoagulants, 150 µg/day K1 was the threshold for a significant INR drop, while 100 µg/day did not significantly interfere (Schurgers 2004).',
    sources: ['schurgers2004'],
  },
  mk4: {
    compound: 'mk4',
    text: 'If you take a vitamin K antagonist (warfarin, acenocoumarol), talk to your doctor before taking MK-4: every form of vitamin K counteracts these drugs. The cited papers give no safe MK-4 dose for people on them.',
    sources: [],
  },
};

/**
 * The anticoagulant caution for a compound, for the app to show wherever a regimen of it is on screen.
 * MK-7: Theuwissen et al. 2013, J Thromb Haemost 11:1085-1092. K1: Schurgers et al. 2004, Blood 104:2682-2689.
 * @example anticoagulantCaution('mk7').sources // => ['theuwissen2013']
 */
export function anticoagulantCaution(compound: CompoundId): AnticoagulantCaution {
  return CAUTIONS[compound];
}
