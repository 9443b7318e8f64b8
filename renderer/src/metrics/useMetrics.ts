import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../sim';
import { computeMetrics, type MetricsReport } from './computeMetrics';
import type { MetricsRequest, MetricsResponse } from './metrics.worker';

/**
 * Metrics for the current scenario, computed in a Web Worker. At most one request is in flight; while it
 * runs, only the newest scenario waits, so a fast drag never builds a queue. Falls back to computing on the
 * main thread when workers are unavailable.
 */
export function useMetrics(scenario: Scenario): {
  report: MetricsReport | null;
  stale: boolean;
  error: string | null;
} {
  const [result, setResult] = useState<{ report: MetricsReport; scenario: Scenario } | null>(null);
  // A failed computation must never leave the previous scenario's numbers on screen as if they were current.
  const [failure, setFailure] = useState<{ error: string; scenario: Scenario } | null>(null);
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const pending = useRef<Scenario | null>(null);
  const nextId = useRef(0);
  const inFlight = useRef(new Map<number, Scenario>());
  const latest = useRef<Scenario>(scenario);

  useEffect(() => {
    let w: Worker | null = null;
    try {
      w = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      console.warn('Metrics worker unavailable; computing on the main thread.', e);
    }
    worker.current = w;
    const requests = inFlight.current;
    const send = (s: Scenario): void => {
      const id = ++nextId.current;
      requests.set(id, s);
      busy.current = true;
      w!.postMessage({ id, scenario: s } satisfies MetricsRequest);
    };
    if (w) {
      w.onmessage = (event: MessageEvent<MetricsResponse>) => {
        const data = event.data;
        const s = requests.get(data.id);
        requests.delete(data.id);
        busy.current = false;
        if (data.ok && s) {
          setResult({ report: data.report, scenario: s });
          setFailure(null);
        } else if (!data.ok && s) setFailure({ error: data.error, scenario: s });
        const waiting = pending.current;
        pending.current = null;
        if (waiting) send(waiting);
      };
      // A worker that cannot load (for example from file://) hands over to the main thread.
      w.onerror = (event) => {
        event.preventDefault();
        console.warn('Metrics worker failed; computing on the main thread.', event.message);
        w?.terminate();
        worker.current = null;
        busy.current = false;
        pending.current = null;
        setResult({ report: computeMetrics(latest.current), scenario: latest.current });
      };
      if (pending.current) {
        const waiting = pending.current;
        pending.current = null;
        send(waiting);
      }
    }
    return () => {
      w?.terminate();
      worker.current = null;
      busy.current = false;
      requests.clear();
    };
  }, []);

  useEffect(() => {
    latest.current = scenario;
    const w = worker.current;
    if (!w) {
      // No worker (yet, or at all): compute here, later than the paint.
      const timer = setTimeout(() => setResult({ report: computeMetrics(scenario), scenario }), 0);
      return () => clearTimeout(timer);
    }
    if (busy.current) {
      pending.current = scenario;
      return;
    }
    const id = ++nextId.current;
    inFlight.current.set(id, scenario);
    busy.current = true;
    w.postMessage({ id, scenario } satisfies MetricsRequest);
  }, [scenario]);

  const failed = failure !== null && failure.scenario === scenario;
  return {
    report: failed ? null : (result?.report ?? null),
    stale: result !== null && result.scenario !== scenario,
    error: failed ? failure.error : null,
  };
}
