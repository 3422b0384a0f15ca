// Runs in a worker thread: rebuilds the quotation registry alone for a fingerprinted corpus
// (after a per-article update of a large corpus) and posts it back packed, so the event loop
// of the process answering questions never spends the seconds it takes.
import { parentPort, workerData } from 'node:worker_threads';
import { buildQuoteIndex } from '../quotes/index.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { corpusFromFingerprint } from './open.js';
import { packQuotes } from './persist.js';

try {
  const quotes = buildQuoteIndex(corpusFromFingerprint(workerData as CorpusFingerprint));
  parentPort!.postMessage({ ok: true, quotes: packQuotes(quotes) });
} catch (err) {
  parentPort!.postMessage({ ok: false, message: (err as Error).message });
}
