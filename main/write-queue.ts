/**
 * One write at a time per file. Session saves arrive on every change and each atomic write takes a random
 * temporary name, so without a queue two writes to the same path can finish out of order and an older
 * state can replace a newer one. Tasks for one path run in the order they were queued; different paths
 * run independently. A failed task does not stop the ones queued after it. The key is the real file, links
 * followed (main/link-target.ts): saves through a symlink and through its target share one queue.
 */
import { realWriteTarget } from './link-target';

export class PathWriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every task queued earlier for the same path has settled. */
  run<T>(path: string, task: () => Promise<T>): Promise<T> {
    let key: string;
    try {
      key = realWriteTarget(path);
    } catch (e) {
      return Promise.reject(e as Error);
    }
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the path once its queue is empty, so the map does not grow with every file ever saved.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Paths with a write queued or running (for tests). */
  get busyPaths(): number {
    return this.tails.size;
  }
}

/** The app's one queue: session saves and scenario saves to the same path share it. */
export const writeQueue = new PathWriteQueue();
