/**
 * The worker kit (renderer/src/workers) without a browser: its page side (LatestRunner, runOnce) talks to its
 * real worker side (serveRequests, serveStream) through a fake port that clones every message as postMessage
 * does (tests/support/fakeWorker.ts). The truths checked: ids pair answers with requests, only the newest
 * request's answer is shown, Cancel stops the work and nothing arrives after it, errors come back as values
 * in words, buffers are transferred (detached where they were made), and a stream never runs more than its
 * window ahead of the page. Real Workers in Chromium are exercised by the e2e tests (heavy, population,
 * export-stream, answers, app).
 */
import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../renderer/src/workers/latestOnly';
import { LatestRunner, type Shown } from '../../renderer/src/workers/latestRunner';
import {
  serveRequests,
  serveStream,
  STREAM_WINDOW,
  type WorkerScope,
} from '../../renderer/src/workers/protocol';
import { runOnce } from '../../renderer/src/workers/runOnce';
import { transferables } from '../../renderer/src/workers/transfer';
import { FakeWorker, settle } from '../support/fakeWorker';

interface Ask {
  x: number;
}

/** The worker side of the tests: doubles x, refuses negative x in words. */
const double = (scope: WorkerScope<Ask>) =>
  serveRequests<Ask, number>(scope, ({ x }) => {
    if (x < 0) throw new RangeError(`x must not be negative (got ${x})`);
    return 2 * x;
  });

function runner(options: { cancelAfterMs?: number; computeHere?: (r: Ask) => number } = {}) {
  const workers: FakeWorker<Ask, number>[] = [];
  const shown: Shown<Ask, number>[] = [];
  const r = new LatestRunner<Ask, number>({
    createWorker: () => {
      const w = new FakeWorker<Ask, number>(double);
      workers.push(w);
      return w;
    },
    show: (s) => shown.push(s),
    cancelAfterMs: options.cancelAfterMs ?? 300,
    computeHere: options.computeHere,
  });
  /** The newest worker computes everything it was sent and the page reads the answers. */
  const step = () => {
    const w = workers[workers.length - 1]!;
    while (w.posted.length > w.answered.length && !w.terminated) {
      w.deliverToWorker();
      w.deliverToPage();
    }
  };
  return { r, workers, shown, step };
}

describe('serveRequests (the worker side)', () => {
  it('answers each job under its id, with the result or the error in words, and times it', () => {
    const w = new FakeWorker<Ask, number>(double);
    w.postMessage({ kind: 'run', id: 7, request: { x: 21 } });
    w.postMessage({ kind: 'run', id: 8, request: { x: -1 } });
    w.deliverToWorker();
    w.deliverToWorker();
    w.deliverToPage();
    const [first, second] = w.answered;
    expect(first).toMatchObject({ kind: 'result', id: 7, result: 42 });
    expect(first!.kind === 'result' && first!.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(second).toEqual({ kind: 'error', id: 8, error: 'x must not be negative (got -1)' });
  });

  it('transfers the typed arrays of a result: the worker’s copy is detached, the page gets the values', () => {
    let made: Float64Array | null = null;
    const w = new FakeWorker<Ask, { a: Float64Array; b: Float64Array }>((scope) =>
      serveRequests(
        scope,
        ({ x }) => {
          made = new Float64Array(1000).fill(x);
          // Two views of one buffer (series sharing their time grid): listed once, or postMessage throws.
          return { a: made, b: made.subarray(10, 20) };
        },
        transferables,
      ),
    );
    w.postMessage({ kind: 'run', id: 1, request: { x: 3 } });
    w.deliverToWorker();
    w.deliverToPage();
    const answer = w.answered[0]!;
    expect(answer.kind).toBe('result');
    if (answer.kind !== 'result') return;
    expect(made!.byteLength).toBe(0); // moved, not copied
    expect(answer.result.a.length).toBe(1000);
    expect(answer.result.a[999]).toBe(3);
    expect(answer.result.b.buffer).toBe(answer.result.a.buffer);
  });
});

describe('LatestOnly (the queue behind "newest request wins")', () => {
  it('sends the first request, queues only the newest behind it, and shows only the newest answer', () => {
    const q = new LatestOnly<string>(300);
    const first = q.submit('a', 0);
    expect(first.kind).toBe('send');
    expect(q.submit('b', 10)).toEqual({ kind: 'queued' });
    expect(q.submit('c', 20)).toEqual({ kind: 'queued' });
    const id = first.kind === 'send' ? first.message.id : -1;
    const answer = q.receive(id, 50);
    // 'a' was superseded: its answer is dropped, and only 'c' (not 'b') goes next.
    expect(answer.apply).toBe(false);
    expect(answer.request).toBe('a');
    expect(answer.next?.request).toBe('c');
    const last = q.receive(answer.next!.id, 90);
    expect(last).toEqual({ apply: true, request: 'c', next: null });
  });

  it('cancels a request that has run too long when a newer one arrives, and ignores its late answer', () => {
    const q = new LatestOnly<string>(300);
    const first = q.submit('slow', 0);
    expect(q.submit('new', 299).kind).toBe('queued');
    const action = q.submit('newer', 300);
    expect(action.kind).toBe('cancel-and-send');
    const firstId = first.kind === 'send' ? first.message.id : -1;
    expect(q.receive(firstId, 400)).toEqual({ apply: false, request: null, next: null });
    const newId = action.kind === 'cancel-and-send' ? action.message.id : -1;
    expect(q.receive(newId, 410)).toEqual({ apply: true, request: 'newer', next: null });
  });

  it('with 0 ms a newer request always cancels; with Infinity never', () => {
    const now = new LatestOnly<string>(0);
    now.submit('a', 5);
    expect(now.submit('b', 5).kind).toBe('cancel-and-send');
    const never = new LatestOnly<string>(Infinity);
    never.submit('a', 0);
    expect(never.submit('b', 1e12).kind).toBe('queued');
  });

  it('back to the request in flight (A, B, A: an undo) shows its answer and drops the waiting one', () => {
    const q = new LatestOnly<string>(300);
    const first = q.submit('A', 0);
    q.submit('B', 1);
    expect(q.submit('A', 2)).toEqual({ kind: 'queued' });
    const id = first.kind === 'send' ? first.message.id : -1;
    expect(q.receive(id, 10)).toEqual({ apply: true, request: 'A', next: null });
  });

  it('does not send the same request twice, and forgets everything on reset', () => {
    const q = new LatestOnly<object>(300);
    const r = {};
    expect(q.submit(r, 0).kind).toBe('send');
    expect(q.submit(r, 1)).toEqual({ kind: 'queued' });
    q.reset();
    expect(q.submit(r, 2).kind).toBe('send');
  });
});

describe('LatestRunner (newest request wins, one worker)', () => {
  it('computes a fast drag as first and last request only, and shows only the last', () => {
    const { r, workers, shown, step } = runner();
    const asks = [1, 2, 3, 4].map((x) => ({ x }));
    for (const a of asks) r.submit(a);
    step();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((m) => (m.kind === 'run' ? m.request.x : null))).toEqual([1, 4]);
    expect(shown).toEqual([{ kind: 'result', result: 8, resultFor: asks[3], elapsedMs: expect.any(Number) }]);
  });

  it('stops a busy worker for a newer request at once (0 ms); its late answer is never shown', () => {
    const { r, workers, shown, step } = runner({ cancelAfterMs: 0 });
    const a = { x: 1 };
    const b = { x: 2 };
    r.submit(a);
    workers[0]!.deliverToWorker(); // the worker has computed a's answer, not yet read by the page
    r.submit(b);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    workers[0]!.deliverToPage(true); // a's answer was already on its way
    step();
    expect(shown).toEqual([{ kind: 'result', result: 4, resultFor: b, elapsedMs: expect.any(Number) }]);
  });

  it('Cancel stops the worker, shows nothing, and the same request may be asked again', () => {
    const { r, workers, shown, step } = runner();
    const a = { x: 5 };
    r.submit(a);
    workers[0]!.deliverToWorker();
    r.cancel();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.deliverToPage(true);
    expect(shown).toEqual([]);
    r.submit(a); // "Calculate again"
    step();
    expect(workers).toHaveLength(2);
    expect(shown).toEqual([{ kind: 'result', result: 10, resultFor: a, elapsedMs: expect.any(Number) }]);
  });

  it('brings an error back as a value for its request, and the next request still works', () => {
    const { r, shown, step } = runner();
    const bad = { x: -2 };
    const good = { x: 2 };
    r.submit(bad);
    step();
    r.submit(good);
    step();
    expect(shown).toEqual([
      { kind: 'error', error: 'x must not be negative (got -2)', errorFor: bad },
      { kind: 'result', result: 4, resultFor: good, elapsedMs: expect.any(Number) },
    ]);
  });

  it('without a worker, computes on the page after the current task, newest only', async () => {
    const shown: Shown<Ask, number>[] = [];
    const r = new LatestRunner<Ask, number>({
      createWorker: () => {
        throw new Error('Workers are not supported here');
      },
      computeHere: ({ x }) => 3 * x,
      show: (s) => shown.push(s),
      cancelAfterMs: 300,
    });
    r.submit({ x: 1 });
    const last = { x: 2 };
    r.submit(last);
    expect(shown).toEqual([]); // not during the submit: the page paints first
    await settle();
    expect(shown).toEqual([{ kind: 'result', result: 6, resultFor: last, elapsedMs: expect.any(Number) }]);
  });

  it('a worker that fails to load hands over to the page, or is an error in words without a fallback', async () => {
    const here = runner({ computeHere: ({ x }) => 10 * x });
    const a = { x: 4 };
    here.r.submit(a);
    expect(here.workers[0]!.fail('Failed to fetch module script').defaultPrevented).toBe(true);
    await settle();
    expect(here.shown).toEqual([{ kind: 'result', result: 40, resultFor: a, elapsedMs: expect.any(Number) }]);

    const bare = runner();
    bare.r.submit(a);
    bare.workers[0]!.fail('Out of memory');
    expect(bare.shown).toEqual([{ kind: 'error', error: 'Out of memory', errorFor: a }]);
    const b = { x: 1 };
    bare.r.submit(b); // a new worker for the next request
    bare.step();
    expect(bare.workers).toHaveLength(2);
    expect(bare.shown[1]).toMatchObject({ kind: 'result', result: 2, resultFor: b });
  });

  it('drops an answer still being decoded when a newer request arrives', async () => {
    const shown: Shown<Ask, string>[] = [];
    const workers: FakeWorker<Ask, number>[] = [];
    const r = new LatestRunner<Ask, string, number>({
      createWorker: () => {
        const w = new FakeWorker<Ask, number>(double);
        workers.push(w);
        return w;
      },
      decode: async (n) => {
        await settle(20);
        return `decoded ${n}`;
      },
      show: (s) => shown.push(s),
      cancelAfterMs: 0,
    });
    const a = { x: 1 };
    const b = { x: 2 };
    r.submit(a);
    workers[0]!.deliverToWorker();
    workers[0]!.deliverToPage(); // a's answer is being decoded...
    r.submit(b); // ...when b arrives
    workers[0]!.deliverToWorker();
    workers[0]!.deliverToPage();
    await settle(60);
    expect(shown).toEqual([
      { kind: 'result', result: 'decoded 4', resultFor: b, elapsedMs: expect.any(Number) },
    ]);
  });
});

/** A stream of `n` numbered chunks of bytes; `made` counts the chunks the worker has produced. */
function streamWorker(n: number, failAt = -1) {
  const made = { count: 0 };
  const w = new FakeWorker<{ n: number }, null, Uint8Array<ArrayBuffer>>(
    (scope) =>
      serveStream(
        scope,
        function* ({ n: total }) {
          for (let i = 0; i < total; i++) {
            if (i === failAt) throw new Error(`chunk ${i} could not be made`);
            made.count++;
            yield new Uint8Array(1024).fill(i);
          }
        },
        (chunk) => [chunk.buffer],
      ),
    true,
  );
  return { w, made };
}

describe('runOnce (one-shot jobs and streams)', () => {
  it('resolves with the result and terminates its worker', async () => {
    const w = new FakeWorker<Ask, number>(double, true);
    const outcome = await runOnce({ createWorker: () => w, request: { x: 8 } });
    expect(outcome).toEqual({ kind: 'done', result: 16, elapsedMs: expect.any(Number) });
    expect(w.terminated).toBe(true);
    const failed = await runOnce({
      createWorker: () => new FakeWorker<Ask, number>(double, true),
      request: { x: -8 },
    });
    expect(failed).toEqual({ kind: 'error', error: 'x must not be negative (got -8)' });
  });

  it('streams every chunk in order, one at a time, never more than the window ahead of the page', async () => {
    const { w, made } = streamWorker(12);
    const got: number[] = [];
    let handling = false;
    const outcome = await runOnce({
      createWorker: () => w,
      request: { n: 12 },
      onProgress: async (chunk) => {
        expect(handling).toBe(false);
        handling = true;
        // Produced but not yet handled: this one and at most the window's others.
        expect(made.count - got.length).toBeLessThanOrEqual(STREAM_WINDOW);
        await settle(2);
        got.push(chunk[0]!);
        handling = false;
      },
    });
    expect(outcome).toMatchObject({ kind: 'done', result: null });
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(w.posted.filter((m) => m.kind === 'pull')).toHaveLength(12);
  });

  it('Cancel ends the stream at once: worker terminated, no chunk handled after, production stopped', async () => {
    const { w, made } = streamWorker(1000);
    const controller = new AbortController();
    let handled = 0;
    const outcome = await runOnce({
      createWorker: () => w,
      request: { n: 1000 },
      signal: controller.signal,
      onProgress: async () => {
        handled++;
        if (handled === 3) controller.abort();
        await settle(1);
      },
    });
    expect(outcome).toEqual({ kind: 'canceled' });
    expect(w.terminated).toBe(true);
    await settle(20);
    expect(handled).toBe(3);
    expect(made.count).toBeLessThanOrEqual(3 + STREAM_WINDOW);
  });

  it('an error in the worker ends the stream as a value; an error of the page’s handler rejects', async () => {
    const failing = streamWorker(10, 4);
    const got: number[] = [];
    const outcome = await runOnce({
      createWorker: () => failing.w,
      request: { n: 10 },
      onProgress: (chunk) => void got.push(chunk[0]!),
    });
    expect(outcome).toEqual({ kind: 'error', error: 'chunk 4 could not be made' });
    expect(got.length).toBeLessThanOrEqual(4);

    const { w } = streamWorker(10);
    const diskFull = new Error('Could not save the CSV: disk full');
    await expect(
      runOnce({
        createWorker: () => w,
        request: { n: 10 },
        onProgress: () => {
          throw diskFull;
        },
      }),
    ).rejects.toBe(diskFull);
    expect(w.terminated).toBe(true);
  });

  it('says "unavailable" when no worker starts or loads, and "error" when it stops after answering', async () => {
    const none = await runOnce<Ask, number>({
      createWorker: () => {
        throw new Error('no Worker here');
      },
      request: { x: 1 },
    });
    expect(none).toEqual({ kind: 'unavailable' });

    const unloadable = new FakeWorker<Ask, number>(double);
    const loading = runOnce({ createWorker: () => unloadable, request: { x: 1 } });
    unloadable.fail('Failed to fetch module script');
    expect(await loading).toEqual({ kind: 'unavailable' });
    expect(unloadable.terminated).toBe(true);

    const { w } = streamWorker(10);
    let crash: (() => void) | null = null;
    const crashed = runOnce({
      createWorker: () => w,
      request: { n: 10 },
      onProgress: () => crash?.(),
    });
    crash = () => w.fail('');
    expect(await crashed).toEqual({ kind: 'error', error: 'the worker stopped' });

    const controller = new AbortController();
    controller.abort();
    let created = 0;
    const aborted = await runOnce({
      createWorker: () => {
        created++;
        return new FakeWorker<Ask, number>(double, true);
      },
      request: { x: 1 },
      signal: controller.signal,
    });
    expect(aborted).toEqual({ kind: 'canceled' });
    expect(created).toBe(0);
  });
});
