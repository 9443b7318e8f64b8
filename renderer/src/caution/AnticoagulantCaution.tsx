import './caution.css';
import type { CompoundId } from '../../../sim';
import { cautionsFor } from './cautions';
import { useT } from '../i18n';

/**
 * The anticoagulant caution next to the chart for each MK-7 or K1 regimen on screen: the cited finding and
 * "talk to your doctor", never a computed dose. Renders nothing when neither compound is shown.
 */
export function AnticoagulantCaution({ compounds }: { compounds: readonly CompoundId[] }) {
  const tr = useT();
  const cautions = cautionsFor(compounds, tr);
  if (cautions.length === 0) return null;
  return (
    <aside
      className="anticoagulant-caution"
      aria-label={tr.t('caution.region')}
      data-testid="anticoagulant-caution"
    >
      <strong>{tr.t('caution.heading')}</strong>
      <ul>
        {cautions.map((c) => (
          <li key={c.compound} data-compound={c.compound}>
            <span className="caution-compound">{c.label}:</span> {c.text}
            {c.sourceNames.length > 0 && (
              <span className="caution-sources">
                {' '}
                {tr.t('caution.source', { sources: c.sourceNames.join(', ') })}
              </span>
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
  const tr = useT();
  const cautions = cautionsFor(compounds, tr);
  if (cautions.length === 0) return null;
  const names = cautions.map((c) => c.label).reduce((a, b) => tr.t('caution.or', { a, b }));
  const sources = cautions.flatMap((c) => c.sourceNames).join('; ');
  return (
    <p
      className="caution-line"
      data-testid="anticoagulant-caution-line"
      title={cautions.map((c) => c.text).join(' ')}
    >
      {tr.t('caution.line', { names, sources })}
    </p>
  );
}
