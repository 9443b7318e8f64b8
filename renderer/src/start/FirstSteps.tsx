/**
 * The first screen's two paths (issue 19 §8): explore the forms with presets and sliders, or enter one's own
 * schedule and lab results. The panels they lead to sit far down the page (the Doses panel starts at about
 * 1,200 px at 1024 × 768), so each button scrolls to its panel and puts the keyboard focus there.
 */

import { useT, type MessageId } from '../i18n';
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
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  panel.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  const control = panel.querySelector<HTMLElement>('select, input, button, [tabindex="0"]');
  (control ?? panel).focus({ preventScroll: true });
}

export function FirstSteps() {
  const tr = useT();
  return (
    <nav className="first-steps" aria-label={tr.t('start.nav')}>
      <span className="first-steps-lead">{tr.t('start.lead')}</span>
      {STEPS.map((step) => (
        <button key={step.label} type="button" title={tr.t(step.hint)} onClick={() => goTo(step.target)}>
          {tr.t(step.label)}
        </button>
      ))}
    </nav>
  );
}
