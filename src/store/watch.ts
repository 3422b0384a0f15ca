import path from 'node:path';
import { createEngine, type Engine } from '../engine.js';
import { fingerprintCorpus, type CorpusFingerprint } from './fingerprint.js';
import { chooseBuildThread, corpusFromFingerprint, type BuildThread } from './open.js';
import { describeDiff, diffCorpus, INDEX_FILE, indexFileFor, saveIndex, type CorpusDiff } from './persist.js';
import { rebuildInWorker, rebuildQuotesAside, type RebuildJob } from './rebuild.js';
import { articleChangesFor } from './changes.js';
import { applyArticleChanges } from './update.js';
import { ARTICLE_EXTENSIONS, CorpusError } from '../corpus/load.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';
import { followFolder } from './follow.js';
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
  /**
   * The engine in service, built from `fingerprint`. Given both, a change to article files is
   * applied to it per article (in place, in one step) instead of rebuilding everything.
   */
  engine?: Engine;
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
 * With no usable article left (all deleted, or the folder itself gone) the engine handed over
 * answers from none, rather than citing files that no longer exist.
 */
export function watchCorpus(dir: string, opts: WatchOptions): CorpusWatcher {
  return new CorpusWatch(dir, opts);
}

/** The state of one watch: the fingerprint served, what was reported, and the rebuild under way. */
class CorpusWatch implements CorpusWatcher {
  private current: Promise<CorpusFingerprint>;
  private known: Set<string>;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private job: RebuildJob | null = null;
  private again = false;
  private saving: Promise<void> | null = null;
  private engine: Engine | null;
  private quotesJob: { cancel(): void } | null = null;
  private readonly indexFile: string;
  /** What a problem with the folder as a whole is reported against. */
  private readonly folder: string;
  private readonly follower: { close(): void };

  constructor(
    private readonly dir: string,
    private readonly opts: WatchOptions,
  ) {
    this.indexFile = opts.indexFile ?? indexFileFor(dir);
    this.engine = opts.fingerprint ? (opts.engine ?? null) : null;
    this.folder = path.basename(dir) || dir;
    this.current = opts.fingerprint ? Promise.resolve(opts.fingerprint) : fingerprintCorpus(dir);
    this.known = new Set((opts.problems ?? []).map(problemKey));
    const change = (name: string | null) => {
      if (relevant(name)) this.schedule();
    };
    const cannotWatch = () => this.report([{ file: this.folder, message: 'cannot watch the corpus folder for changes; restart to pick up new articles' }]);
    this.follower = followFolder(dir, { change, cannotWatch }, opts.pollMs ?? 1000);
    // Files trusted by size and time at start-up (src/store/trusted.ts) are hashed once now, after ready.
    if (opts.fingerprint?.unverified) this.schedule();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.follower.close();
    this.job?.cancel();
    this.quotesJob?.cancel();
    await this.running?.catch(() => {});
    await this.saving;
    await this.current.catch(() => {});
  }

  private report(problems: CorpusProblem[]): void {
    if (!this.closed && problems.length > 0) this.opts.onProblem?.(problems);
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.opts.debounceMs ?? 300);
  }

  /** One re-index at a time; a change meanwhile runs another once it is done. */
  private run(): void {
    this.timer = null;
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.cycle()
      .catch((err: unknown) => this.report([{ file: this.folder, message: `watching the corpus failed: ${(err as Error).message}` }]))
      .finally(() => {
        this.running = null;
        if (this.again && !this.closed) {
          this.again = false;
          this.run();
        }
      });
  }

  private async cycle(): Promise<void> {
    const before = await this.current;
    let fp: CorpusFingerprint;
    try {
      fp = await fingerprintCorpus(this.dir);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      // The folder is gone or unreadable: its articles are no longer there to be cited.
      fp = { ...before, files: [], manifest: undefined, manifestSha1: null, hash: 'no-folder' };
      if (!this.closed && before.hash !== fp.hash) this.serve(fp, before, this.emptyEngine(fp, `${err.message} Until it is back, no article is served; it is watched for.`));
      return;
    }
    if (this.closed || fp.hash === before.hash) return;
    if (this.engine && this.updateInPlace(this.engine, before, fp)) return;
    let engine: Engine;
    try {
      engine = await this.buildAside(fp);
    } catch (err) {
      if (this.closed) return;
      // The old engine stays in service on any other failure; the next change will try again.
      if (!(err instanceof CorpusError)) return this.report([{ file: this.folder, message: `the corpus could not be re-indexed, so the previous state is still being served: ${(err as Error).message}` }]);
      // No usable article left: serving the old ones would cite files that were deleted.
      engine = this.emptyEngine(fp, `${err.message}\nUntil an article is added, no article is served.`);
    }
    if (!this.closed) this.serve(fp, before, engine);
  }

  /** Swaps in `engine` for the state `fp`, reporting only problems not reported before. */
  private serve(fp: CorpusFingerprint, before: CorpusFingerprint, engine: Engine): void {
    const diff = diffCorpus({ files: new Map(before.files.map((f) => [f.file, f.sha1])), manifestSha1: before.manifestSha1 }, fp);
    this.current = Promise.resolve(fp);
    this.engine = engine;
    const fresh = engine.corpus.problems.filter((p) => !this.known.has(problemKey(p)));
    this.known = new Set(engine.corpus.problems.map(problemKey));
    const changes: CorpusChanges = { ...(diff ?? { added: [], removed: [], changed: [], manifest: null }), summary: diff ? describeDiff(diff) : 'the indexing code changed' };
    this.opts.onUpdate(engine, changes);
    this.report(fresh);
  }

  /**
   * Applies a change of article files to the engine in service, per article; false when only a
   * full rebuild will do (the manifest changed, an id collides, no article would be left). A
   * large corpus's quotation registry is rebuilt aside afterwards; the index is saved once it is.
   */
  private updateInPlace(engine: Engine, before: CorpusFingerprint, fp: CorpusFingerprint): boolean {
    const ch = articleChangesFor(engine, before, fp);
    if ('rebuild' in ch || engine.corpus.articles.length - ch.removed.length + ch.added.length <= 0) return false;
    this.quotesJob?.cancel();
    const done = applyArticleChanges(engine, ch);
    engine.corpus.problems = ch.problems;
    this.serve(fp, before, engine);
    if (!done.quotesPending) {
      this.saveAside(engine, fp);
      return true;
    }
    const job = rebuildQuotesAside(fp);
    this.quotesJob = job;
    job.done.then(
      (quotes) => {
        if (this.closed || this.quotesJob !== job) return;
        engine.quotes = quotes;
        this.quotesJob = null;
        this.saveAside(engine, fp);
      },
      (err: unknown) => this.quotesJob === job && this.report([{ file: this.folder, message: `the quotations could not be updated: ${(err as Error).message}` }]),
    );
    return true;
  }

  /** Saves the engine for the next start, without holding up the swap. */
  private saveAside(engine: Engine, fp: CorpusFingerprint): void {
    if (!(this.opts.save ?? true)) return;
    this.saving = saveIndex(engine, fp, this.indexFile).then(
      () => undefined,
      (err: unknown) => this.report([{ file: INDEX_FILE, message: `could not save the index (${(err as Error).message}); it will be rebuilt at the next start` }]),
    );
  }

  /** An engine that answers from no article, its one problem saying why. */
  private emptyEngine(fp: CorpusFingerprint, why: string): Engine {
    return createEngine({ dir: fp.dir, articles: [], passages: [], problems: [{ file: this.folder, message: why }] });
  }

  /** A new engine for the fingerprinted files, built without touching the one in service. */
  private async buildAside(fp: CorpusFingerprint): Promise<Engine> {
    const save = this.opts.save ?? true;
    if (chooseBuildThread(fp, this.opts.build) === 'main') {
      const engine = createEngine(corpusFromFingerprint(fp));
      // Saving is for the next start; the swap does not wait for it.
      this.saveAside(engine, fp);
      return engine;
    }
    this.job = rebuildInWorker(fp, this.indexFile, { keep: save });
    try {
      return (await this.job.done).engine;
    } finally {
      this.job = null;
    }
  }
}
