import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * Work a loaded index puts off until after it is ready: structures every question reads but none
 * needs before the first one arrives (the radix tree of terms, the passage id map, the related-word
 * table). Each is built on first use, so an early question gets the same answer; and in the
 * background, one per event-loop turn right after loading, so it is usually built before any
 * question asks. A task must be idempotent (building what is already built does nothing).
 */

const queues = new WeakMap<object, Promise<void>>();

/** Queues `tasks` to run after the current turn, each on a turn of its own, in order, after any queued for `owner` before. */
export function settleLater(owner: object, tasks: readonly (() => unknown)[]): void {
  const before = queues.get(owner) ?? Promise.resolve();
  queues.set(
    owner,
    before.then(async () => {
      for (const task of tasks) {
        await yieldToLoop();
        task();
      }
    }),
  );
}

/** Resolves once everything queued for `owner` so far has run (at once when nothing was). */
export function settled(owner: object): Promise<void> {
  return queues.get(owner) ?? Promise.resolve();
}
