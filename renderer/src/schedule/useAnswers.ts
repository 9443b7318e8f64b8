import { useMemo } from 'react';
import type { Scenario } from '../../../sim';
import { scenarioAnswers, type AnswerRow, type AnswersRequest } from '../../../sim/answers/scenarioAnswers';
import { useT } from '../i18n';
import { useWorkerResult, type WorkerResultState } from '../workers/useWorkerResult';

const createWorker = () => new Worker(new URL('./answers.worker.ts', import.meta.url), { type: 'module' });

/**
 * The answers for the visible regimens, computed in a Web Worker, newest scenario only (the worker kit's useWorkerResult): two
 * runs per regimen and a calendar expansion take seconds for files at the caps, which must not block the page
 * (issue 20). `threshold` is in the view's unit, or null for none.
 */
export function useAnswers(
  scenario: Scenario,
  threshold: number | null,
): WorkerResultState<AnswersRequest, AnswerRow[]> {
  // The UI's locale: the sentences are asked again in the new language when it changes.
  const { locale } = useT();
  const request = useMemo<AnswersRequest>(
    () => ({ scenario, threshold, locale }),
    [scenario, threshold, locale],
  );
  // Posted in a task right after a slider step's own (a deferred value re-rendered the whole schedule section a
  // second time: 280 ms for a file at the dose cap).
  return useWorkerResult({
    enabled: true,
    request,
    createWorker,
    computeHere: scenarioAnswers,
    postAfterTask: true,
  });
}
