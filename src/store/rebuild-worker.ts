// Runs in a worker thread: builds the engine with createEngine (the very code a fresh start
// uses) and writes it as a persisted index to the temporary file the main thread chose, so the
// main thread only ever loads, in slices, and alone decides where the index is kept.
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusError } from '../corpus/load.js';
import { createEngine } from '../engine.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { corpusFromFingerprint } from './open.js';
import { saveIndex } from './persist.js';
import type { WorkerReply, WorkerRequest } from './rebuild.js';

const req = workerData as WorkerRequest;
const reply = (m: WorkerReply) => parentPort!.postMessage(m);

try {
  const fp: CorpusFingerprint = req.fingerprint;
  reply({ kind: 'progress', phase: 'build', done: 0, total: 1 });
  const engine = createEngine(corpusFromFingerprint(fp));
  reply({ kind: 'progress', phase: 'build', done: 1, total: 1 });
  const onProgress = (p: { phase: string; done: number; total: number }) => reply({ kind: 'progress', phase: 'save', done: p.done, total: p.total });
  const bytes = await saveIndex(engine, fp, req.file, onProgress);
  reply({ kind: 'done', bytes });
} catch (err) {
  reply({ kind: 'failed', message: (err as Error).message, corpusError: err instanceof CorpusError });
}
