import './caution.css';
import type { CompoundId } from '../../../sim';
import { cautionsFor } from './cautions';

/**
 * The anticoagulant caution next to the chart for each MK-7 or K1 regimen on screen: the cited finding and
 * "talk to your doctor", never a computed dose. Renders nothing when neither compound is shown.
 */
export function AnticoagulantCaution({ compounds }: { compounds: readonly CompoundId[] }) {
  const cautions = cautionsFor(compounds);
  if (cautions.length === 0) return null;
  return (
    <aside
      className="anticoagulant-caution"
      aria-label="Caution for people on anticoagulants"
      data-testid="anticoagulant-caution"
    >
      <strong>On warfarin or another vitamin K antagonist?</strong>
      <ul>
        {cautions.map((c) => (
          <li key={c.compound} data-compound={c.compound}>
            <span className="caution-compound">{c.label}:</span> {c.text}
            {c.sourceNames.length > 0 && (
              <span className="caution-sources"> Source: {c.sourceNames.join(', ')}.</span>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * One line for the projector: who must talk to their doctor, with the papers; the full cited findings are on
 * hover (title) and in the app. Nothing when no MK-7 or K1 regimen is on screen.
 */
export function CautionLine({ compounds }: { compounds: readonly CompoundId[] }) {
  const cautions = cautionsFor(compounds);
  if (cautions.length === 0) return null;
  const names = cautions.map((c) => c.label).join(' or ');
  const sources = cautions.flatMap((c) => c.sourceNames).join('; ');
  return (
    <p
      className="caution-line"
      data-testid="anticoagulant-caution-line"
      title={cautions.map((c) => c.text).join(' ')}
    >
      On warfarin or another vitamin K antagonist? Talk to your doctor before taking {names}: small daily
      amounts already change INR ({sources}).
    </p>
  );
}
