/// <reference lib="webworker" />
import { parseScenarioText, type ParseResult } from '../../../sim';
import { serveRequests } from '../workers/protocol';

// A large scenario file's JSON, schema and caps (10,000 measured levels, 38,000 added doses: 70-200 ms) are
// read here, so opening it or restoring it as the session never blocks the page (parseOffPage.ts).
serveRequests<string, ParseResult>(self, parseScenarioText);
