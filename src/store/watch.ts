import { statSync, watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createEngine, type Engine } from '../engine.js';
import { fingerprintCorpus, type CorpusFingerprint } from './fingerprint.js';
import { chooseBuildThread, corpusFromFingerprint, type BuildThread } from './open.js';
import { describeDiff, diffCorpus, INDEX_FILE, indexFileFor, saveIndex, type CorpusDiff } from './persist.js';
import { rebuildInWorker, type RebuildJob } from './rebuild.js';
import { ARTICLE_EXTENSIONS, CorpusError } from '../corpus/load.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';
import type { CorpusProblem } from '../corpus/types.js';

/** What changed in the corpus folder, by file, and the same in words for a log line. */
export interface CorpusChanges extends CorpusDiff {
  summary: string;
}

export interface WatchOptions {
  /** Called with the new engine once it is ready; swap it in. Until then the old one keeps answering. */
  onUpdate(engine: Engine, changes: CorpusChanges): void;
  /** New problems with the corpus (a broken file; no usable article left). The current engine stays in service. */
  onProblem?(problems: CorpusProblem[]): void;
  /** Quiet time after the last file event before re-indexing (editors write in several steps). Default 300 ms. */
  debounceMs?: number;
  /** The fingerprint the served engine was built from (openEngine returns it); read afresh when absent. */
  fingerprint?: CorpusFingerprint;
  /** The problems the served engine already has, so only new ones are reported. */
  problems?: readonly CorpusProblem[];
  /** Keep the persisted index up to date as well (default true), so a restart loads the new state. */
  save?: boolean;
  /** Where rebuilds run (default 'auto': a worker thread for corpora over a couple of megabytes). */
  build?: BuildThread;
  /** Where the persisted index is kept up to date (the shells pass INDEX_DIR's); default `<dir>/.newsdesk-index.json`. */
  indexFile?: string;
  /**
   * How often to check that the folder itself is still the one watched (default 1000 ms). A
   * folder deleted and recreated is a new folder, of which the old watch hears nothing.
   */
  pollMs?: number;
}

/** A running watch; `close()` stops it, abandons a rebuild in progress, and no callback fires after. */
export interface CorpusWatcher {
  close(): Promise<void>;
}

/**
 * Watches the folder at `dir` for file events (`change(name)`), and follows the folder itself: a
 * poll notices it gone, back, or replaced by a new folder at the same path (deleted and
 * recreated, of which the old watch hears nothing), re-watches, and calls `change(null)`.
 */
function followFolder(dir: string, on: { change(name: string | null): void; cannotWatch(): void }, pollMs: number): { close(): void } {
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
    if (closed || (now === ino && (watcher !== null || now === null))) return;
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

/** Only article files and the manifest matter; our own index file (and its temporaries) must not retrigger us. */
function relevant(name: string | null): boolean {
  if (name === null) return true;
  return name === MANIFEST_FILE || ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

const problemKey = (p: CorpusProblem) => `${p.file}\0${p.field ?? ''}\0${p.message}`;

/**
 * Watches a corpus folder and re-indexes when an article file or the manifest is added, changed
 * or removed. Each change is built aside (in a worker thread, so answering never pauses) and
 * handed over whole through `onUpdate`: there is no moment when answers fail or mix two states.
 * A broken file is reported through `onProblem` and left out; the rest of the corpus keeps working.
 */
export function watchCorpus(dir: string, opts: WatchOptions): CorpusWatcher {
  const debounceMs = opts.debounceMs ?? 300;
  const save = opts.save ?? true;
  const indexFile = opts.indexFile ?? indexFileFor(dir);
  // What a problem with the folder as a whole is reported against.
  const folder = path.basename(dir) || dir;
  let current: Promise<CorpusFingerprint> = opts.fingerprint ? Promise.resolve(opts.fingerprint) : fingerprintCorpus(dir);
  let known = new Set((opts.problems ?? []).map(problemKey));
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let job: RebuildJob | null = null;
  let again = false;
  let saving: Promise<void> | null = null;

  const report = (problems: CorpusProblem[]) => {
    if (!closed && problems.length > 0) opts.onProblem?.(problems);
  };

  async function cycle(): Promise<void> {
    const before = await current;
    let fp: CorpusFingerprint;
    try {
      fp = await fingerprintCorpus(dir);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      // The folder is gone or unreadable: its articles are no longer there to be cited.
      fp = { ...before, files: [], manifest: undefined, manifestSha1: null, hash: 'no-folder' };
      if (closed || before.hash === fp.hash) return;
      serve(fp, before, emptyEngine(fp, `${err.message} Until it is back, no article is served; it is watched for.`));
      return;
    }
    if (closed || fp.hash === before.hash) return;
    let engine: Engine;
    try {
      engine = await buildAside(fp);
    } catch (err) {
      if (closed) return;
      // No usable article left: serving the old ones would cite files that were deleted.
      if (err instanceof CorpusError) engine = emptyEngine(fp, `${err.message}\nUntil an article is added, no article is served.`);
      // The old engine stays in service; the next change will try again.
      else return report([{ file: folder, message: `the corpus could not be re-indexed, so the previous state is still being served: ${(err as Error).message}` }]);
    }
    if (!closed) serve(fp, before, engine);
  }

  /** Swaps in `engine` for the state `fp`, reporting only problems not reported before. */
  function serve(fp: CorpusFingerprint, before: CorpusFingerprint, engine: Engine): void {
    const diff = diffCorpus({ files: new Map(before.files.map((f) => [f.file, f.sha1])), manifestSha1: before.manifestSha1 }, fp);
    current = Promise.resolve(fp);
    const fresh = engine.corpus.problems.filter((p) => !known.has(problemKey(p)));
    known = new Set(engine.corpus.problems.map(problemKey));
    const changes: CorpusChanges = { ...(diff ?? { added: [], removed: [], changed: [], manifest: null }), summary: diff ? describeDiff(diff) : 'the indexing code changed' };
    opts.onUpdate(engine, changes);
    report(fresh);
  }

  /** An engine that answers from no article, its one problem saying why. */
  function emptyEngine(fp: CorpusFingerprint, why: string): Engine {
    return createEngine({ dir: fp.dir, articles: [], passages: [], problems: [{ file: folder, message: why }] });
  }

  /** A new engine for the fingerprinted files, built without touching the one in service. */
  async function buildAside(fp: CorpusFingerprint): Promise<Engine> {
    if (chooseBuildThread(fp, opts.build) === 'main') {
      const engine = createEngine(corpusFromFingerprint(fp));
      // Saving is for the next start; the swap does not wait for it.
      if (save) saving = saveIndex(engine, fp, indexFile).then(() => undefined, (err: unknown) => report([{ file: INDEX_FILE, message: `could not save the index (${(err as Error).message}); it will be rebuilt at the next start` }]));
      return engine;
    }
    job = rebuildInWorker(fp, indexFile, { keep: save });
    try {
      return (await job.done).engine;
    } finally {
      job = null;
    }
  }

  const run = () => {
    timer = null;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = cycle()
      .catch((err: unknown) => report([{ file: folder, message: `watching the corpus failed: ${(err as Error).message}` }]))
      .finally(() => {
        running = null;
        if (again && !closed) {
          again = false;
          run();
        }
      });
  };

  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const follower = followFolder(
    dir,
    {
      change: (name) => {
        if (relevant(name)) schedule();
      },
      cannotWatch: () => report([{ file: folder, message: 'cannot watch the corpus folder for changes; restart to pick up new articles' }]),
    },
    opts.pollMs ?? 1000,
  );

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      follower.close();
      job?.cancel();
      await running?.catch(() => {});
      await saving;
      await current.catch(() => {});
    },
  };
}
