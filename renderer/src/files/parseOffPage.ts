import { parseScenarioText, type ParseResult } from '../../../sim';
import type { WorkerPort } from '../workers/protocol';
import { runOnce } from '../workers/runOnce';

/**
 * Below this many characters a scenario's text is read on the page: a few ms, less than a worker takes to start.
 * Above it (a file with thousands of measured levels or added doses) the parse and schema took 70-200 ms of the
 * page's main thread.
 */
export const PARSE_ON_PAGE_BELOW_CHARS = 100_000;

export type ParseWorkerPort = WorkerPort<string, ParseResult>;

const createParseWorker = (): ParseWorkerPort =>
  new Worker(new URL('./parseScenario.worker.ts', import.meta.url), { type: 'module' });

/**
 * parseScenarioText, in a worker of the kit when the text is large (the same function there: the same checks in
 * the same order, the same words). Where no worker can load (file://, tests without workers) it runs here after
 * the current frame. A parser that threw in the worker is a refusal in its words, not an error screen.
 */
export async function parseScenarioTextOffPage(
  text: string,
  createWorker: () => ParseWorkerPort = createParseWorker,
): Promise<ParseResult> {
  if (text.length < PARSE_ON_PAGE_BELOW_CHARS) return parseScenarioText(text);
  const outcome = await runOnce({ createWorker, request: text });
  if (outcome.kind === 'done') return outcome.result;
  if (outcome.kind === 'error') return { ok: false, error: outcome.error };
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return parseScenarioText(text);
}
