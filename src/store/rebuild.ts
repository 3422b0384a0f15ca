import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CorpusError } from '../corpus/load.js';
import type { Engine } from '../engine.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { privateDirBeside } from './lines.js';
import { loadIndex, type Progress } from './persist.js';

/** What the main thread sends the rebuild worker. */
export interface WorkerRequest {
  fingerprint: CorpusFingerprint;
  file: string;
}

/** What the rebuild worker answers: progress, then done (where it wrote the index) or failed. */
export type WorkerReply =
  | { kind: 'progress'; phase: 'build' | 'save'; done: number; total: number }
  | { kind: 'done'; bytes: number }
  | { kind: 'failed'; message: string; corpusError: boolean };

/** A rebuild's outcome: the engine, and whether (and how big) the persisted index was written. */
export interface Rebuilt {
  engine: Engine;
  saved: boolean;
  bytes: number;
  saveError?: string;
}

/** A rebuild that can be abandoned (the watcher does, when it is closed mid-build). */
export interface RebuildJob {
  done: Promise<Rebuilt>;
  cancel(): void;
}

/**
 * A private folder for the worker's output: beside the index when that folder is writable (the
 * finished file is then renamed into place), else in the system's temporary folder (the index
 * is used, then dropped). `saveError` says why it could not be kept.
 */
async function workFolder(file: string, keep: boolean): Promise<{ dir: string; keep: boolean; saveError?: string }> {
  if (keep) {
    try {
      return { dir: await privateDirBeside(file), keep: true };
    } catch (err) {
      return { dir: await mkdtemp(path.join(tmpdir(), 'newsdesk-')), keep: false, saveError: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
    }
  }
  return { dir: await mkdtemp(path.join(tmpdir(), 'newsdesk-')), keep: false };
}

const WORKER_FILE = new URL(`./rebuild-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Starts the worker. Under tsx (sources run as .ts) the worker registers tsx's loader first:
 * Node 20 does not pass module hooks on to worker threads.
 */
function startWorker(req: WorkerRequest): Worker {
  if (WORKER_FILE.pathname.endsWith('.js')) return new Worker(WORKER_FILE, { workerData: req });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_FILE.href)}); })`;
  return new Worker(boot, { eval: true, workerData: req });
}

/** Runs the worker to its reply: the index it wrote, or the error it reported. */
function runWorker(req: WorkerRequest, onProgress: ((p: Progress) => void) | undefined, started: (w: Worker) => void, cancelled: () => boolean): Promise<number> {
  const w = startWorker(req);
  started(w);
  return new Promise<number>((resolve, reject) => {
    w.on('message', (m: WorkerReply) => {
      if (m.kind === 'progress') onProgress?.({ phase: m.phase, done: m.done, total: m.total });
      else if (m.kind === 'done') resolve(m.bytes);
      else reject(m.corpusError ? new CorpusError(m.message) : new Error(`rebuilding the index failed: ${m.message}`));
    });
    w.on('error', reject);
    w.on('exit', (code) => reject(new Error(cancelled() ? 'rebuild cancelled' : `the rebuild worker stopped (exit code ${code})`)));
  }).finally(() => w.terminate());
}

/**
 * Rebuilds the engine for a fingerprinted corpus in a worker thread, which writes the index to a
 * private temporary folder; this thread loads it in slices and, when keeping it, renames it to
 * `file`. The event loop stays free throughout: a bot keeps answering (from its current engine)
 * while a large corpus is re-indexed. Cancelling (or `signal`) stops the worker and removes its
 * temporary folder.
 */
export function rebuildInWorker(fp: CorpusFingerprint, file: string, opts: { onProgress?: ((p: Progress) => void) | undefined; keep?: boolean; signal?: AbortSignal | undefined } = {}): RebuildJob {
  let worker: Worker | null = null;
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    void worker?.terminate();
  };
  opts.signal?.addEventListener('abort', cancel, { once: true });
  const done = (async (): Promise<Rebuilt> => {
    const work = await workFolder(file, opts.keep ?? true);
    try {
      if (cancelled) throw new Error('rebuild cancelled');
      const tmp = path.join(work.dir, 'index.json');
      const bytes = await runWorker({ fingerprint: fp, file: tmp }, opts.onProgress, (w) => (worker = w), () => cancelled);
      if (cancelled) throw new Error('rebuild cancelled');
      const engine = await loadIndex(tmp, fp, opts.onProgress);
      let saveError = work.saveError;
      if (work.keep) saveError = await rename(tmp, file).then(() => undefined, (err: NodeJS.ErrnoException) => err.code ?? err.message);
      return { engine, saved: work.keep && saveError === undefined, bytes, ...(saveError ? { saveError } : {}) };
    } finally {
      opts.signal?.removeEventListener('abort', cancel);
      await rm(work.dir, { recursive: true, force: true });
    }
  })();
  return { done, cancel };
}
