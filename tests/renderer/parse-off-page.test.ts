/**
 * A large scenario's text is read in a worker of the kit (files/parseOffPage.ts, issue 20): whatever the text,
 * the answer must be the one the page's own parseScenarioText gives (valid, refused for its schema, over a cap,
 * too deep, truncated: word for word), the worker must really be used for a large text and never for a small
 * one, and no worker (file://, tests) or a parser that throws in the worker must still end in words. The worker
 * side is the real serveRequests behind a structured-clone port (tests/support/fakeWorker).
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_MEASURED_LEVELS, parseScenarioText, type ParseResult } from '../../sim';
import {
  parseScenarioTextOffPage,
  PARSE_ON_PAGE_BELOW_CHARS,
  type ParseWorkerPort,
} from '../../renderer/src/files/parseOffPage';
import { interpretScenarioText, parseAhead } from '../../renderer/src/files/documentState';
import { restoreDecision, restoreDecisionOffPage } from '../../renderer/src/session/restoreSession';
import { serveRequests, type WorkerScope } from '../../renderer/src/workers/protocol';
import { FREEZE_FIXTURES, freezeFixtureText } from '../fixtures/freezeFixtures';
import { FakeWorker } from '../support/fakeWorker';

const measuredFile = () => FREEZE_FIXTURES['10000-measured-levels']!();
const big = freezeFixtureText(measuredFile());

/** Large texts the page would refuse, each for another reason. */
function refusedTexts(): Record<string, string> {
  const file = measuredFile();
  const levels = file['measured'] as Record<string, unknown>[];
  return {
    'a level below zero': freezeFixtureText({
      ...file,
      measured: levels.map((m, i) => (i === 7_777 ? { ...m, value: -1 } : m)),
    }),
    'over the measured-levels cap': freezeFixtureText({
      ...file,
      measured: [...levels, ...levels.slice(0, MAX_MEASURED_LEVELS / 10 + 1)],
    }),
    truncated: big.slice(0, big.length - 1_000),
    'nested too deep': big.replace('"name":', `"deep":${'['.repeat(50_000)}${']'.repeat(50_000)},"name":`),
    'a newer version': big.replace(/"version":\s*\d+/, '"version": 999'),
  };
}

function workerPool() {
  const made: FakeWorker<string, ParseResult>[] = [];
  const create = (): ParseWorkerPort => {
    const worker = new FakeWorker<string, ParseResult>(
      (scope: WorkerScope<string>) => serveRequests(scope, parseScenarioText),
      true,
    );
    made.push(worker);
    return worker;
  };
  return { made, create };
}

describe('parseScenarioTextOffPage', () => {
  it('opens a large valid file in the worker, as the page would', async () => {
    expect(big.length).toBeGreaterThan(PARSE_ON_PAGE_BELOW_CHARS);
    const { made, create } = workerPool();
    const offPage = await parseScenarioTextOffPage(big, create);
    expect(made).toHaveLength(1);
    expect(made[0]!.posted).toEqual([{ kind: 'run', id: 1, request: big }]);
    expect(made[0]!.terminated).toBe(true);
    expect(offPage.ok).toBe(true);
    expect(offPage).toEqual(parseScenarioText(big));
    if (offPage.ok) expect(offPage.scenario.measured).toHaveLength(10_000);
  });

  it.each(Object.entries(refusedTexts()))(
    'refuses a large file (%s) with the page parser’s own words',
    async (_, text) => {
      expect(text.length).toBeGreaterThan(PARSE_ON_PAGE_BELOW_CHARS);
      const onPage = parseScenarioText(text);
      expect(onPage.ok).toBe(false);
      const { made, create } = workerPool();
      expect(await parseScenarioTextOffPage(text, create)).toEqual(onPage);
      expect(made).toHaveLength(1);
    },
  );

  it('reads a small file on the page, without starting a worker', async () => {
    const small = freezeFixtureText({ ...measuredFile(), measured: [] });
    expect(small.length).toBeLessThan(PARSE_ON_PAGE_BELOW_CHARS);
    const { made, create } = workerPool();
    expect(await parseScenarioTextOffPage(small, create)).toEqual(parseScenarioText(small));
    expect(made).toHaveLength(0);
  });

  it('reads on the page when no worker can start, and in words when the worker’s parser throws', async () => {
    const noWorker = (): ParseWorkerPort => {
      throw new Error('Worker is not defined');
    };
    expect(await parseScenarioTextOffPage(big, noWorker)).toEqual(parseScenarioText(big));
    const throwing = (): ParseWorkerPort =>
      new FakeWorker<string, ParseResult>(
        (scope) =>
          serveRequests(scope, () => {
            throw new RangeError('Maximum call stack size exceeded');
          }),
        true,
      );
    expect(await parseScenarioTextOffPage(big, throwing)).toEqual({
      ok: false,
      error: 'Maximum call stack size exceeded',
    });
  });
});

describe('the file loader and the session restore read large texts off the page', () => {
  it('opens with the answer parsed ahead in the worker, and only for that very text', async () => {
    // A worker whose answer is told apart from the page's own parse by its name.
    const marked = (): ParseWorkerPort =>
      new FakeWorker<string, ParseResult>(
        (scope) =>
          serveRequests(scope, (text: string) => {
            const parsed = parseScenarioText(text);
            return parsed.ok
              ? { ...parsed, scenario: { ...parsed.scenario, name: 'from the worker' } }
              : parsed;
          }),
        true,
      );
    await parseAhead(big, marked);
    const opened = interpretScenarioText('“measured.k2.json”', big);
    expect(opened.ok && opened.scenario.name).toBe('from the worker');
    // Read once: the same text again is parsed afresh.
    const again = interpretScenarioText('“measured.k2.json”', big);
    expect(again.ok && again.scenario.name).toBe('10,000 measured levels');
    // Another text than the one parsed ahead is parsed itself (a stale answer is never used).
    await parseAhead(big, marked);
    const other = refusedTexts()['a level below zero']!;
    const refused = interpretScenarioText('“other.k2.json”', other);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain(
      (parseScenarioText(other) as { error: string }).error.replace(/\.$/, ''),
    );
  });

  it('decides the session restore as the page-side decision does', async () => {
    // No Worker in Node: the kit says so once per run and the page reads the text itself.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const text of [null, big, '{"format":', ...Object.values(refusedTexts())])
      expect(await restoreDecisionOffPage(text)).toEqual(restoreDecision(text));
  });
});
