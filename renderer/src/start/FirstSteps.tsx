/**
 * The first screen's two paths (issue 19 §8): explore the forms with presets and sliders, or enter one's own
 * schedule and lab results. The panels they lead to sit far down the page (the Doses panel starts at about
 * 1,200 px at 1024 × 768), so each button scrolls to its panel and puts the keyboard focus there.
 */

interface Step {
  label: string;
  hint: string;
  /** The panel to show: found by its accessible name, the one thing screen readers announce too. */
  target: string;
}

const STEPS: readonly Step[] = [
  {
    label: 'Explore the forms',
    hint: 'Start from a preset, then move the sliders: MK-7, MK-4 and K1 side by side.',
    target: '.sidebar',
  },
  {
    label: 'Enter my own schedule',
    hint: 'Your start date, clock times, meals, missed, moved, double or added doses.',
    target: '[role="region"][aria-label="Doses"]',
  },
  {
    label: 'Add my lab results',
    hint: 'Measured levels drawn over the curves, and a personal factor fitted to them.',
    target: '[role="region"][aria-label="My measured levels"]',
  },
];

/** Scrolls to the panel and focuses its first control (no scroll animation when the user asked for less motion). */
function goTo(selector: string): void {
  const panel = document.querySelector<HTMLElement>(selector);
  if (!panel) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  panel.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  const control = panel.querySelector<HTMLElement>('select, input, button, [tabindex="0"]');
  (control ?? panel).focus({ preventScroll: true });
}

export function FirstSteps() {
  return (
    <nav className="first-steps" aria-label="Start here">
      <span className="first-steps-lead">Start here:</span>
      {STEPS.map((step) => (
        <button key={step.label} type="button" title={step.hint} onClick={() => goTo(step.target)}>
          {step.label}
        </button>
      ))}
    </nav>
  );
}
