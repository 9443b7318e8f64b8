import { useMemo } from 'react';
import type { Scenario } from '../../../sim';
import { scenarioAnswers, type AnswerRow, type AnswersRequest } from '../../../sim/answers/scenarioAnswers';
import { browserLocale } from '../controls/NumberInput';
import { useLatestWorker, type LatestWorkerState } from '../population/useLatestWorker';

const createWorker = () => new Worker(new URL('./answers.worker.ts', import.meta.url), { type: 'module' });

/**
 * The answers for the visible regimens, computed in a Web Worker, newest scenario only (useLatestWorker): two
 * runs per regimen and a calendar expansion take seconds for files at the caps, which must not block the page
 * (issue 20). `threshold` is in the view's unit, or null for none.
 */
export function useAnswers(
  scenario: Scenario,
  threshold: number | null,
): LatestWorkerState<AnswersRequest, AnswerRow[]> {
  const request = useMemo<AnswersRequest>(
    () => ({ scenario, threshold, locale: browserLocale() }),
    [scenario, threshold],
  );
  return useLatestWorker({ enabled: true, request, createWorker, computeHere: scenarioAnswers });
}
