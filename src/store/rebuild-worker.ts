// Runs in a worker thread: builds the engine with createEngine (the very code a fresh start
// uses) and writes it as a persisted index, so the main thread only ever loads, in slices.
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusError } from '../corpus/load.js';
import { createEngine } from '../engine.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { corpusFromFingerprint } from './open.js';
import { saveIndex } from './persist.js';
import { tempIndexFile, type WorkerReply, type WorkerRequest } from './rebuild.js';

const req = workerData as WorkerRequest;
const reply = (m: WorkerReply) => parentPort!.postMessage(m);

try {
  const fp: CorpusFingerprint = req.fingerprint;
  reply({ kind: 'progress', phase: 'build', done: 0, total: 1 });
  const engine = createEngine(corpusFromFingerprint(fp));
  reply({ kind: 'progress', phase: 'build', done: 1, total: 1 });
  const onProgress = (p: { phase: string; done: number; total: number }) => reply({ kind: 'progress', phase: 'save', done: p.done, total: p.total });
  let file = req.file;
  let saved = true;
  let saveError: string | undefined;
  let bytes: number;
  try {
    bytes = await saveIndex(engine, fp, file, onProgress);
  } catch (err) {
    // A read-only corpus folder still gets a working engine, by way of a temporary file.
    saved = false;
    saveError = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    file = tempIndexFile();
    bytes = await saveIndex(engine, fp, file, onProgress);
  }
  reply({ kind: 'done', file, bytes, saved, ...(saveError ? { saveError } : {}) });
} catch (err) {
  reply({ kind: 'failed', message: (err as Error).message, corpusError: err instanceof CorpusError });
}
