/// <reference lib="webworker" />
import { scenarioAnswers, type AnswerRow, type AnswersRequest } from '../../../sim/answers/scenarioAnswers';
import { serveRequests } from '../workers/protocol';

// Two runs per regimen and a calendar expansion: seconds for files at the caps (issue 20), off the main thread.
serveRequests<AnswersRequest, AnswerRow[]>(self, scenarioAnswers);
