import { statSync, watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * Watches the folder at `dir` for file events (`change(name)`), and follows the folder itself: a
 * poll notices it gone, back, or replaced by a new folder at the same path (deleted and
 * recreated, of which the old watch hears nothing), re-watches, and calls `change(null)`.
 */
export function followFolder(dir: string, on: { change(name: string | null): void; cannotWatch(): void }, pollMs: number): { close(): void } {
  let watcher: FSWatcher | null = null;
  /** The inode of the folder being followed; null while there is none. */
  let ino: number | null = null;
  let warned = false;
  let closed = false;
  const stop = () => {
    watcher?.close();
    watcher = null;
  };
  const start = (next: number) => {
    stop();
    ino = next;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => on.change(name === null ? null : String(name)));
      // Deleted or unmounted: the poll takes over until a folder is back.
      watcher.on('error', stop);
    } catch {
      if (!warned) queueMicrotask(() => !closed && on.cannotWatch());
      warned = true;
    }
  };
  const check = async () => {
    const now = await stat(dir).then((st) => (st.isDirectory() ? st.ino : null), () => null);
    if (closed) return;
    if (now === ino) {
      // The same folder, its watch lost to an error: watch it again. One that cannot be watched is not retried.
      if (now !== null && watcher === null && !warned) start(now);
      return;
    }
    if (now === null) {
      stop();
      ino = null;
    } else start(now);
    on.change(null);
  };
  try {
    // At once, not on the first poll: a file written right after watching starts must be seen.
    start(statSync(dir).ino);
  } catch {
    ino = null;
  }
  const poll = setInterval(() => void check(), pollMs);
  poll.unref();
  return {
    close() {
      closed = true;
      clearInterval(poll);
      stop();
    },
  };
}

