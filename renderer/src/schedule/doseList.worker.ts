/// <reference lib="webworker" />
import { doseListPages, type DoseListPage, type DoseListsRequest } from './doseListPages';
import { serveRequests } from '../workers/protocol';

// A file's ten-year calendar regimens are 11,000-99,000 rows to list (0.2-1 s): listed here, and only the pages
// the panel shows travel back.
serveRequests<DoseListsRequest, Record<number, DoseListPage>>(self, doseListPages);
