import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '../../corpus/load.js';
import { MANIFEST_FILE } from '../../corpus/manifest.js';
import type { CorpusProblem } from '../../corpus/types.js';
import { followFolder } from '../follow.js';
import type { CorpusWatcher } from '../watch.js';
import type { PgEngine } from './engine.js';
import { getMeta } from './schema.js';
import { updateArticles } from './sync.js';

/** How the PostgreSQL engine's watcher waits and looks, in one place. */
export const PG_WATCH_DEFAULTS = {
  /** Quiet time after the last file event before applying (editors write a file in several steps). */
  debounceMs: 300,
  /** How often the folder itself is checked to still be the one watched (src/store/follow.ts). */
  pollMs: 1_000,
} as const;

/** What the watcher tells its shell. */
export interface PgWatchEvents {
  /** Article files applied: how many articles they now hold, and how long it took. */
  onUpdate(result: { files: readonly string[]; articles: number; ms: number }): void;
  /** Something the watcher cannot do itself (sources.json changed: a full index is due), or a failure. */
  onProblem(problems: CorpusProblem[]): void;
}

/**
 * Watches the corpus folder a PostgreSQL index was built from and applies each changed article
 * file to the database (per article, one transaction: src/store/pg/sync.ts), then serves it from
 * the next request; other processes on the database follow within the generation poll. Only the
 * files the events name are read, so a change costs the same on any archive size. A changed
 * sources.json is reported, not applied: it needs a full index (`npm run index`), which a serving
 * process should not run. Returns null, doing nothing, when the database was indexed from
 * another folder (its changes are not this index's).
 */
export async function watchPgCorpus(dir: string, engine: PgEngine, on: PgWatchEvents, opts: Partial<typeof PG_WATCH_DEFAULTS> = {}): Promise<CorpusWatcher | null> {
  const folder = await getMeta<string>(engine.pool, 'folder');
  if (folder !== path.resolve(dir)) return null;
  const { debounceMs, pollMs } = { ...PG_WATCH_DEFAULTS, ...opts };
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  const flush = () => {
    timer = null;
    const files = [...pending].filter((f) => f !== MANIFEST_FILE);
    if (pending.has(MANIFEST_FILE)) on.onProblem([{ file: MANIFEST_FILE, message: 'changed: run `npm run index` to re-index the PostgreSQL index with it' }]);
    pending.clear();
    if (files.length === 0) return;
    // One change at a time, in order; a failure is reported and the next change still runs.
    running = running.then(async () => {
      if (closed) return;
      try {
        const r = await updateArticles(engine, dir, files);
        if (closed) return;
        if (r.problems.length > 0) on.onProblem(r.problems);
        if (r.files.length > 0) on.onUpdate(r);
      } catch (err) {
        on.onProblem([{ file: files.join(', '), message: `could not apply the change to PostgreSQL: ${(err as Error).message}` }]);
      }
    });
  };
  const change = (name: string | null) => {
    // A folder replaced as a whole (name null) is a re-index's job, like a changed manifest.
    const file = name ?? MANIFEST_FILE;
    if (file !== MANIFEST_FILE && !ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase())) return;
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const follower = followFolder(dir, { change, cannotWatch: () => on.onProblem([{ file: path.basename(dir), message: 'cannot watch the corpus folder for changes' }]) }, pollMs);
  return {
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      follower.close();
      await running;
    },
  };
}
