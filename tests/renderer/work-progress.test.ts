/**
 * What the heavy-scenario UI says, rendered to markup with react-dom/server (no browser): the work in
 * numbers, a progress bar and Cancel while working; the retry after a cancel; nothing once ready. The live
 * behaviour (Cancel stopping the worker, the page staying responsive) is in tests/e2e/heavy.test.ts.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim';
import { scenarioView } from '../../sim/view/scenarioView';
import { describeWork, WorkProgress } from '../../renderer/src/view/WorkProgress';
import type { ScenarioViewState } from '../../renderer/src/view/useScenarioView';

const work = { points: 87_841, doses: 87_840, curves: 1, estimatedMs: 441 };
const html = (state: ScenarioViewState) => renderToStaticMarkup(createElement(WorkProgress, { state }));

describe('WorkProgress', () => {
  it('names the work in numbers', () => {
    expect(describeWork(work)).toBe('1 curve, 87,840 doses, 87,841 points each');
  });

  it('while working: a status with the work, a progress bar and Cancel', () => {
    const markup = html({
      status: 'working',
      work,
      startedMs: null,
      previous: null,
      cancel: () => undefined,
    });
    expect(markup).toContain('role="status"');
    expect(markup).toContain('87,840 doses');
    expect(markup).toMatch(/<progress[^>]*aria-label="Calculation progress"/);
    expect(markup).toContain('>Cancel</button>');
  });

  it('says the time past its estimate as longer than estimated, never "13 s of about 1 s"', () => {
    const at = (elapsedMs: number) =>
      html({
        status: 'working',
        work,
        startedMs: performance.now() - elapsedMs,
        previous: null,
        cancel: () => undefined,
      });
    // 441 ms in Node is about 1 s in the browser.
    expect(at(0)).toContain('0 s of about 1 s.');
    const late = at(13_200);
    expect(late).toContain('13 s, longer than the 1 s estimated for a typical computer.');
    expect(late).not.toContain('of about');
  });

  it('after Cancel: says so and offers to calculate again', () => {
    const markup = html({ status: 'canceled', work, previous: null, retry: () => undefined });
    expect(markup).toContain('Calculation cancelled');
    expect(markup).toContain('>Calculate again</button>');
  });

  it('a failure is an alert in words; a ready view shows nothing', () => {
    expect(html({ status: 'failed', error: 'out of memory', previous: null })).toMatch(
      /role="alert".*could not be calculated: out of memory/,
    );
    const scenario = defaultScenario();
    expect(html({ status: 'ready', view: scenarioView(scenario), scenario })).toBe('');
  });
});
