/// <reference lib="webworker" />
import { serveStream } from '../workers/protocol';
import type { CsvByteChunk } from './csv';
import { csvStreamChunks } from './csvStream';
import type { CsvStreamRequest } from './csvStreamRunner';

// Rows come from the streamed simulation, off the main thread: a ten-year, minute-step export never freezes
// the page, and no whole series or whole text exists anywhere. Each chunk's bytes are transferred, not copied.
serveStream<CsvStreamRequest, CsvByteChunk>(
  self,
  (request) => csvStreamChunks(request.scenario, request.chunkChars, request.extra),
  (chunk) => [chunk.bytes.buffer],
);
