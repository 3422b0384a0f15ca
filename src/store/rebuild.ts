import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CorpusError } from '../corpus/load.js';
import type { Engine } from '../engine.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { privateDirBeside } from './lines.js';
import { loadIndex, unpackQuotes, type Progress } from './persist.js';
import type { QuoteIndex } from '../quotes/index.js';

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

/** A module of this folder as a worker script, in the form (.ts under tsx, .js built) this file runs as. */
export const workerFile = (name: string) => new URL(`./${name}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Starts a worker. Under tsx (sources run as .ts) the worker registers tsx's loader first:
 * Node 20 does not pass module hooks on to worker threads.
 */
export function startWorker(file: URL, data: unknown): Worker {
  if (file.pathname.endsWith('.js')) return new Worker(file, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

/** Runs the worker to its reply: the index it wrote, or the error it reported. */
function runWorker(req: WorkerRequest, onProgress: ((p: Progress) => void) | undefined, started: (w: Worker) => void, cancelled: () => boolean): Promise<number> {
  const w = startWorker(workerFile('rebuild-worker'), req);
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

/**
 * Rebuilds the quotation registry of a fingerprinted corpus in a worker thread (the rest of the
 * engine was updated per article); `cancel` stops it.
 */
export function rebuildQuotesAside(fp: CorpusFingerprint): { done: Promise<QuoteIndex>; cancel(): void } {
  const w = startWorker(workerFile('quotes-worker'), fp);
  const done = new Promise<QuoteIndex>((resolve, reject) => {
    w.on('message', (m: { ok: true; quotes: Record<string, unknown> } | { ok: false; message: string }) => (m.ok ? resolve(unpackQuotes(m.quotes)) : reject(new Error(m.message))));
    w.on('error', reject);
    w.on('exit', (code) => reject(new Error(`the quotation worker stopped (exit code ${code})`)));
  }).finally(() => void w.terminate());
  return { done, cancel: () => void w.terminate() };
}
