/**
 * The first screen's two paths (issue 19 §8): explore the forms with presets and sliders, or enter one's own
 * schedule and lab results. The panels they lead to sit far down the page (the Doses panel starts at about
 * 1,200 px at 1024 × 768), so each button scrolls to its panel and puts the keyboard focus there.
 *
 * "Enter my own schedule" first asks which form the user takes when the scenario holds more than one: someone
 * entering their own schedule takes one form, not the three the starting scenario compares. The choice shows only
 * that form (the others stay in the scenario, hidden, and the compound switches bring them back); "Keep all"
 * changes nothing.
 */

import { useEffect, useRef, useState } from 'react';
import { COMPOUND_IDS, type CompoundId, type Scenario } from '../../../sim';
import { COMPOUND_PRESETS } from '../../../sim/presets/compounds';
import type { ScenarioAction } from '../state/scenarioReducer';
import { useT, type MessageId } from '../i18n';
import { matchesMedia } from '../theme/mediaQuery';
import { REDUCED_MOTION_QUERY } from '../theme/motion';
import { unfoldPanelOf } from './PhonePanel';

interface Step {
  label: MessageId;
  hint: MessageId;
  /** The panel to show: found by its accessible name, the one thing screen readers announce too. */
  target: string;
}

const STEPS: readonly Step[] = [
  {
    label: 'start.explore',
    hint: 'start.exploreHint',
    target: '.sidebar',
  },
  {
    label: 'start.schedule',
    hint: 'start.scheduleHint',
    target: '[data-panel="doses"]',
  },
  {
    label: 'start.lab',
    hint: 'start.labHint',
    target: '[data-panel="measured"]',
  },
];

const DOSES_PANEL = '[data-panel="doses"]';

/** Scrolls to the panel and focuses its first control (no scroll animation when the user asked for less motion). */
function goTo(selector: string): void {
  const panel = document.querySelector<HTMLElement>(selector);
  if (!panel) return;
  // On a phone the controls are folded: open them, and scroll and focus once they are drawn.
  if (unfoldPanelOf(panel)) {
    requestAnimationFrame(() => showPanel(panel));
    return;
  }
  showPanel(panel);
}

function showPanel(panel: HTMLElement): void {
  const reduce = matchesMedia(REDUCED_MOTION_QUERY);
  panel.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  const control = panel.querySelector<HTMLElement>('select, input, button, [tabindex="0"]');
  (control ?? panel).focus({ preventScroll: true });
}

/** The forms the scenario has a regimen of, in the compound switches' order. */
export function formsIn(scenario: Scenario): CompoundId[] {
  return COMPOUND_IDS.filter((c) => scenario.regimens.some((r) => r.compound === c));
}

/** The scenario showing only `compound` (one undoable step); the other regimens are kept, hidden. */
export function showOnly(scenario: Scenario, compound: CompoundId): Scenario {
  return { ...scenario, display: { ...scenario.display, visible: [compound] } };
}

export function FirstSteps({
  scenario,
  dispatch,
}: {
  scenario: Scenario;
  dispatch: (action: ScenarioAction) => void;
}) {
  const tr = useT();
  const [asking, setAsking] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const forms = formsIn(scenario);

  useEffect(() => {
    if (asking) firstChoice.current?.focus();
  }, [asking]);
  const choose = (compound: CompoundId | null): void => {
    setAsking(false);
    if (compound) dispatch({ type: 'replaceScenario', scenario: showOnly(scenario, compound) });
    // The Doses panel shows the chosen form from the next render on: go there once it is on the page.
    requestAnimationFrame(() => requestAnimationFrame(() => goTo(DOSES_PANEL)));
  };

  return (
    <nav className="first-steps" aria-label={tr.t('start.nav')}>
      <span className="first-steps-lead">{tr.t('start.lead')}</span>
      {STEPS.map((step) => {
        const asks = step.target === DOSES_PANEL && forms.length > 1;
        return (
          <button
            key={step.label}
            type="button"
            title={tr.t(step.hint)}
            aria-expanded={asks ? asking : undefined}
            aria-controls={asks ? 'first-steps-forms' : undefined}
            onClick={() => (asks ? setAsking(!asking) : goTo(step.target))}
          >
            {tr.t(step.label)}
          </button>
        );
      })}
      {asking && (
        <div
          id="first-steps-forms"
          className="first-steps-forms"
          role="group"
          aria-labelledby="first-steps-forms-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAsking(false);
          }}
        >
          <span id="first-steps-forms-question">{tr.t('start.whichForm')}</span>
          {forms.map((c, i) => (
            <button key={c} ref={i === 0 ? firstChoice : undefined} type="button" onClick={() => choose(c)}>
              {tr.t('start.onlyForm', { label: COMPOUND_PRESETS[c].label })}
            </button>
          ))}
          <button type="button" onClick={() => choose(null)}>
            {tr.t('start.keepAllForms', { count: forms.length })}
          </button>
        </div>
      )}
    </nav>
  );
}
