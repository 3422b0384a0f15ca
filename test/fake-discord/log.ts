/**
 * An append-only list that tests can wait on: `waitFor` resolves with the first entry,
 * past or future, that matches. Waiters time out with a message listing what was seen.
 */
export interface WaitableLog<T> {
  readonly items: T[];
  push(item: T): void;
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what: string): Promise<T>;
  /** Rejects all pending waiters (used when the fake closes). */
  cancel(reason: string): void;
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function createLog<T>(describe: (item: T) => string): WaitableLog<T> {
  const items: T[] = [];
  let waiters: Waiter<T>[] = [];
  return {
    items,
    push(item) {
      items.push(item);
      const still: Waiter<T>[] = [];
      for (const w of waiters) {
        if (w.predicate(item)) {
          clearTimeout(w.timer);
          w.resolve(item);
        } else still.push(w);
      }
      waiters = still;
    },
    waitFor(predicate, timeoutMs, what) {
      const found = items.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter<T> = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters = waiters.filter((w) => w !== waiter);
            const seen = items.slice(-15).map(describe).join('\n  ') || '(nothing)';
            reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}; last seen:\n  ${seen}`));
          }, timeoutMs),
        };
        waiter.timer.unref();
        waiters.push(waiter);
      });
    },
    cancel(reason) {
      for (const w of waiters) {
        clearTimeout(w.timer);
        w.reject(new Error(`fake-discord: ${reason}`));
      }
      waiters = [];
    },
  };
}
