import { buildCorpus, CorpusError, requireArticles, type CorpusFile } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { createEngine, type Engine } from '../engine.js';
import { fingerprintCorpus, type CorpusFingerprint } from './fingerprint.js';
import { indexFileFor, loadIndex, readIndexHeader, saveIndex, staleReason, type Progress } from './persist.js';
import { rebuildInWorker } from './rebuild.js';

/** How openEngine reports: progress for a bar, and one-line messages for the log. */
export interface OpenOptions {
  onProgress?: (p: Progress) => void;
  log?: (message: string) => void;
  /** Write the index after a rebuild (default true). A read-only folder only logs a warning. */
  save?: boolean;
  /** Where a rebuild runs; default 'auto' (see chooseBuildThread). */
  build?: BuildThread;
  /** Ignore any persisted index and rebuild (`npm run index --force` does). */
  rebuild?: boolean;
  /** Where the persisted index lives; default `<dir>/.newsdesk-index.json`. */
  indexFile?: string;
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
  from: 'persisted' | 'rebuilt';
  /** Why the persisted index was not used (missing, stale, damaged, or a rebuild was asked for). */
  reason?: string;
  /** Size of the index written after a rebuild, when it was written. */
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
  const corpus = buildCorpus(files, fp.manifestText, fp.dir);
  corpus.problems.unshift(...fp.files.filter((f) => f.error).map((f) => ({ file: f.file, message: f.error! })));
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
  const fp = await fingerprintCorpus(dir, (done, total) => opts.onProgress?.({ phase: 'read', done, total }));
  let reason = opts.rebuild ? 'a rebuild was asked for' : staleReason(await readIndexHeader(file), fp);
  if (reason === null) {
    try {
      const engine = await loadIndex(file, fp, opts.onProgress);
      return { engine, from: 'persisted', fingerprint: fp };
    } catch (err) {
      reason = `the persisted index could not be read: ${(err as Error).message}`;
    }
  }
  log(`Building the index (${reason}).`);
  if (chooseBuildThread(fp, opts.build) === 'worker') {
    try {
      const r = await rebuildInWorker(fp, file, { onProgress: opts.onProgress, keep: opts.save ?? true }).done;
      if (r.saveError) log(`Could not save the index to ${file} (${r.saveError}); it will be rebuilt at the next start.`);
      return { engine: r.engine, from: 'rebuilt', reason, fingerprint: fp, ...(r.saved && (opts.save ?? true) ? { savedBytes: r.bytes } : {}) };
    } catch (err) {
      if (err instanceof CorpusError) throw err;
      log(`Building in a worker thread failed (${(err as Error).message}); building in this thread instead.`);
    }
  }
  const engine = createEngine(corpusFromFingerprint(fp));
  const result: OpenResult = { engine, from: 'rebuilt', reason, fingerprint: fp };
  if (opts.save ?? true) {
    try {
      result.savedBytes = await saveIndex(engine, fp, file, opts.onProgress);
    } catch (err) {
      log(`Could not save the index to ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); it will be rebuilt at the next start.`);
    }
  }
  return result;
}
