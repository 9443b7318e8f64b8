/**
 * One job per task, in the order asked: the Doses panel lists each heavy regimen's rows in a task of its own, so
 * a file of nine ten-year schedules blocks the page nine short times (the browser paints and takes input in
 * between) instead of once for all nine (0.2-1 s, tests/e2e/freeze.test.ts).
 */
interface Job {
  run: () => void;
  cancelled: boolean;
}

const queue: Job[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

function runNext() {
  timer = null;
  let job = queue.shift();
  while (job?.cancelled) job = queue.shift();
  if (job) job.run();
  if (queue.length > 0) timer = setTimeout(runNext, 0);
}

/** Runs `run` in a later task, after the jobs asked before it; the returned function cancels it. */
export function listLater(run: () => void): () => void {
  const job: Job = { run, cancelled: false };
  queue.push(job);
  if (timer === null) timer = setTimeout(runNext, 0);
  return () => {
    job.cancelled = true;
  };
}
