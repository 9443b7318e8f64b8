/**
 * Restoring the last session (issue 10, item 4): a valid light session loads, an unusable one keeps the
 * default with the reason, and a heavy one (the 10-year hourly MK-7 run the page once froze on for 33 s)
 * asks first. The heavy case's numbers are counted independently here (hourly doses over 3,660 days).
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, serializeScenario } from '../../sim';
import { restoreDecision } from '../../renderer/src/session/restoreSession';

describe('restoreDecision', () => {
  it('no session: keep the default, no problem to report', () => {
    expect(restoreDecision(null)).toEqual({ action: 'keep-default', problem: null });
  });

  it('an unusable session keeps the default and says why', () => {
    const decision = restoreDecision('{"format":"k2-kinetics-scenario"');
    expect(decision.action).toBe('keep-default');
    expect(decision.action === 'keep-default' && decision.problem).toMatch(/^Saved session ignored: /);
  });

  it('a light session loads at once', () => {
    const decision = restoreDecision(serializeScenario(defaultScenario()));
    expect(decision).toEqual({ action: 'load', scenario: defaultScenario() });
  });

  it('a heavy session asks first, with its doses and points', () => {
    const heavy = defaultScenario();
    heavy.horizonDays = 3660;
    heavy.regimens = [{ ...heavy.regimens[1]!, intervalH: 1 }];
    heavy.display.visible = ['mk7'];
    const decision = restoreDecision(serializeScenario(heavy));
    expect(decision.action).toBe('ask');
    if (decision.action !== 'ask') return;
    expect(decision.work.doses).toBe(3660 * 24); // a dose at 0 h, 1 h, ..., the last before the horizon
    expect(decision.work.points).toBe(3660 * 24 + 1); // hourly grid, both ends
  });
});
