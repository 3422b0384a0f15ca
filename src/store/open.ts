import { lstat } from 'node:fs/promises';
import { buildCorpus, CorpusError, requireArticles, type CorpusFile } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { createEngine, type Engine } from '../engine.js';
import { fingerprintCorpus, type CorpusFingerprint } from './fingerprint.js';
import { checkHeader, indexFileFor, loadIndex, readIndexHeader, saveIndex, type IndexHeader, type Progress } from './persist.js';
import { rebuildInWorker } from './rebuild.js';
import { trustedFingerprint } from './trusted.js';
import { reopenWithChanges } from './reopen.js';

/** How openEngine reports: progress for a bar, and one-line messages for the log. */
export interface OpenOptions {
  onProgress?: (p: Progress) => void;
  log?: (message: string) => void;
  /** Problems that do not stop the engine opening (the index could not be saved); default `log`. */
  warn?: (message: string) => void;
  /** Write the index after a rebuild (default true). A read-only folder only logs a warning. */
  save?: boolean;
  /** Stops opening (a shutdown signal during start-up): rejects with an AbortError and leaves no temporary file. */
  signal?: AbortSignal;
  /** Where a rebuild runs; default 'auto' (see chooseBuildThread). */
  build?: BuildThread;
  /** Ignore any persisted index and rebuild (`npm run index --force` does). */
  rebuild?: boolean;
  /** Where the persisted index lives (the shells pass indexFileFor(dir, INDEX_DIR)); default `<dir>/.newsdesk-index.json`. */
  indexFile?: string;
  /**
   * Trust article files whose size and modification time match the persisted index instead of
   * hashing them (src/store/trusted.ts); the fingerprint returned is then `unverified`, and only
   * a caller that hands it to watchCorpus (which hashes the folder once after ready) should ask.
   */
  trustStamps?: boolean;
}

/** Where to build: 'worker' keeps the event loop free; 'main' saves the worker's start-up (about a second). */
export type BuildThread = 'auto' | 'worker' | 'main';

/** Corpora up to this many bytes of article text build in well under a second: not worth a worker. */
export const MAIN_THREAD_BUILD_BYTES = 2_000_000;

/** Resolves 'auto': a worker only for a corpus large enough that building would stall the event loop. */
export function chooseBuildThread(fp: CorpusFingerprint, want: BuildThread = 'auto'): 'worker' | 'main' {
  if (want !== 'auto') return want;
  const bytes = fp.files.reduce((n, f) => n + (f.bytes?.length ?? 0), 0);
  return bytes > MAIN_THREAD_BUILD_BYTES ? 'worker' : 'main';
}

/** An opened engine, whether it came from the persisted index, and if not, why. */
export interface OpenResult {
  engine: Engine;
  /** Loaded as it was; updated per article for files added, changed or removed since; or built afresh. */
  from: 'persisted' | 'updated' | 'rebuilt';
  /** Why the persisted index was not used (missing, stale, damaged, or a rebuild was asked for). */
  reason?: string;
  /** Size of the index written after a rebuild or an update, when it was written. */
  savedBytes?: number;
  /** The fingerprint the engine matches, for a later staleness check (the watcher keeps it). */
  fingerprint: CorpusFingerprint;
}

/**
 * The corpus of fingerprinted files, built exactly as loadCorpus builds it (unreadable files are
 * problems; no usable article at all is a CorpusError), from the very bytes that were hashed.
 */
export function corpusFromFingerprint(fp: CorpusFingerprint): Corpus {
  const files: CorpusFile[] = fp.files.filter((f) => f.bytes !== null).map((f) => ({ file: f.file, content: f.bytes! }));
  const corpus = buildCorpus(files, fp.manifest, fp.dir);
  corpus.problems.unshift(...fp.files.filter((f) => f.error).map((f) => ({ file: f.file, message: f.error! })), ...(fp.manifestProblem ? [fp.manifestProblem] : []));
  return requireArticles(corpus);
}

/**
 * Opens a corpus folder for answering: loads the persisted index when its content hash (article
 * files, manifest, format version, indexing code) matches, otherwise rebuilds, says why, and
 * saves the new index for next time. Neither path blocks the event loop for long.
 */
export async function openEngine(dir: string, opts: OpenOptions = {}): Promise<OpenResult> {
  const log = opts.log ?? (() => {});
  const file = opts.indexFile ?? indexFileFor(dir);
  const trusted = opts.trustStamps && !opts.rebuild ? await trustedFingerprint(dir, file) : null;
  if (trusted) {
    try {
      const engine = await loadIndex(file, trusted.fp, opts.onProgress, trusted.header);
      return { engine, from: 'persisted', fingerprint: trusted.fp };
    } catch {
      // A damaged index: the full check below finds out why, says so and rebuilds.
    }
  }
  opts.signal?.throwIfAborted();
  const fp = await fingerprintCorpus(dir, (done, total) => opts.onProgress?.({ phase: 'read', done, total }));
  opts.signal?.throwIfAborted();
  const checked = opts.rebuild ? { reason: 'a rebuild was asked for' } : await persistedReason(file, fp);
  let reason = checked.reason;
  if (reason === null) {
    try {
      const engine = await loadIndex(file, fp, opts.onProgress, checked.header);
      return { engine, from: 'persisted', fingerprint: fp };
    } catch (err) {
      reason = `the persisted index ${file} could not be read: ${(err as Error).message}`;
    }
  }
  opts.signal?.throwIfAborted();
  if (!opts.rebuild && reason.startsWith(CHANGED_FILES)) {
    try {
      const engine = await reopenWithChanges(file, fp, opts.onProgress);
      log(`Updating the index per article (${reason}).`);
      return { engine, from: 'updated', reason, fingerprint: fp, ...(await saveBuilt(engine, fp, file, opts)) };
    } catch (err) {
      opts.signal?.throwIfAborted();
      reason = `${reason}; updating it per article failed (${(err as Error).message})`;
    }
  }
  log(`Building the index (${reason}).`);
  const built = await rebuild(fp, file, opts);
  return { ...built, reason, fingerprint: fp };
}

/** Why the persisted index at `file` cannot be used, or its header when it can. Never follows a symbolic link planted there. */
async function persistedReason(file: string, fp: CorpusFingerprint): Promise<{ reason: string | null; header?: IndexHeader }> {
  const st = await lstat(file).catch(() => null);
  if (st && !st.isFile()) return { reason: `${file} is not a regular file (a symbolic link?); it is replaced by a new index` };
  return checkHeader(st ? await readIndexHeader(file) : null, fp);
}

/** Builds the engine (in a worker for a large corpus) and saves it when asked; a failed save is a warning, not a failure. */
async function rebuild(fp: CorpusFingerprint, file: string, opts: OpenOptions): Promise<Pick<OpenResult, 'engine' | 'from' | 'savedBytes'>> {
  const log = opts.log ?? (() => {});
  const warn = opts.warn ?? log;
  const save = opts.save ?? true;
  const notSaved = (why: string) => warn(`Could not save the index to ${file} (${why}); answering from memory, and it will be rebuilt at the next start. Set INDEX_DIR to a writable folder to keep it.`);
  if (chooseBuildThread(fp, opts.build) === 'worker') {
    try {
      const r = await rebuildInWorker(fp, file, { onProgress: opts.onProgress, keep: save, signal: opts.signal }).done;
      if (r.saveError) notSaved(r.saveError);
      return { engine: r.engine, from: 'rebuilt', ...(r.saved && save ? { savedBytes: r.bytes } : {}) };
    } catch (err) {
      if (err instanceof CorpusError) throw err;
      opts.signal?.throwIfAborted();
      log(`Building in a worker thread failed (${(err as Error).message}); building in this thread instead.`);
    }
  }
  const engine = createEngine(corpusFromFingerprint(fp));
  return { engine, from: 'rebuilt', ...(await saveBuilt(engine, fp, file, opts)) };
}

/** The prefix of a stale reason that only article files explain (then a per-article update may do). */
const CHANGED_FILES = 'the corpus changed since the index was built';

/** Saves an engine built or updated in this thread when asked; a failed save is a warning, not a failure. */
async function saveBuilt(engine: Engine, fp: CorpusFingerprint, file: string, opts: OpenOptions): Promise<{ savedBytes?: number }> {
  if (!(opts.save ?? true)) return {};
  try {
    return { savedBytes: await saveIndex(engine, fp, file, opts.onProgress, opts.signal) };
  } catch (err) {
    opts.signal?.throwIfAborted();
    (opts.warn ?? opts.log ?? (() => {}))(`Could not save the index to ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); answering from memory, and it will be rebuilt at the next start. Set INDEX_DIR to a writable folder to keep it.`);
    return {};
  }
}
