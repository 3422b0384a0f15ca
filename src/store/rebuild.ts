import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CorpusError } from '../corpus/load.js';
import type { Engine } from '../engine.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { loadIndex, type Progress } from './persist.js';

/** What the main thread sends the rebuild worker. */
export interface WorkerRequest {
  fingerprint: CorpusFingerprint;
  file: string;
}

/** What the rebuild worker answers: progress, then done (where it wrote the index) or failed. */
export type WorkerReply =
  | { kind: 'progress'; phase: 'build' | 'save'; done: number; total: number }
  | { kind: 'done'; file: string; bytes: number; saved: boolean; saveError?: string }
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

/** A throwaway index file, for a rebuild whose index is not kept or cannot be written to the corpus folder. */
export function tempIndexFile(): string {
  return path.join(tmpdir(), `newsdesk-index-${process.pid}-${Date.now()}.json`);
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

/**
 * Rebuilds the engine for a fingerprinted corpus in a worker thread, which writes the persisted
 * index to `file`; this thread then loads it in slices. The event loop stays free throughout:
 * a bot keeps answering (from its current engine) while a large corpus is re-indexed.
 */
export function rebuildInWorker(fp: CorpusFingerprint, file: string, opts: { onProgress?: ((p: Progress) => void) | undefined; keep?: boolean } = {}): RebuildJob {
  const { onProgress } = opts;
  // Not keeping the index (save: false) still passes it through a file, a temporary one.
  const target = opts.keep ?? true ? file : tempIndexFile();
  let worker: Worker | null = null;
  let cancelled = false;
  const done = (async (): Promise<Rebuilt> => {
    const w = (worker = startWorker({ fingerprint: fp, file: target }));
    const reply = await new Promise<Extract<WorkerReply, { kind: 'done' }>>((resolve, reject) => {
      w.on('message', (m: WorkerReply) => {
        if (m.kind === 'progress') onProgress?.({ phase: m.phase, done: m.done, total: m.total });
        else if (m.kind === 'done') resolve(m);
        else reject(m.corpusError ? new CorpusError(m.message) : new Error(`rebuilding the index failed: ${m.message}`));
      });
      w.on('error', reject);
      w.on('exit', (code) => reject(new Error(cancelled ? 'rebuild cancelled' : `the rebuild worker stopped (exit code ${code})`)));
    });
    await w.terminate();
    if (cancelled) throw new Error('rebuild cancelled');
    try {
      const engine = await loadIndex(reply.file, fp, onProgress);
      return { engine, saved: reply.saved, bytes: reply.bytes, ...(reply.saveError ? { saveError: reply.saveError } : {}) };
    } finally {
      if (!reply.saved || target !== file) await rm(reply.file, { force: true });
    }
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      void worker?.terminate();
    },
  };
}
