import { setImmediate as yieldToLoop } from 'node:timers/promises';
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import { restoreEngine, type Engine } from '../engine.js';
import { buildQuoteIndex } from '../quotes/index.js';
import { analyze } from '../search/analyze.js';
import { MINISEARCH_OPTIONS, type IndexedDoc } from '../search/index.js';
import type { Progress } from './persist.js';

/** Passages analysed between two yields to the event loop (about 20-50 ms of work). */
const BATCH = 300;

/**
 * Builds the same engine as createEngine, but in slices that yield to the event loop, so a bot
 * rebuilding a large corpus keeps answering the gateway. Mirrors buildSearchIndex term for term
 * (the round-trip tests compare the two).
 */
export async function buildEngineAsync(corpus: Corpus, onProgress?: (p: Progress) => void): Promise<Engine> {
  const termsOf = new Map<string, ReadonlySet<string>>();
  const df = new Map<string, number>();
  const docs: IndexedDoc[] = [];
  const total = corpus.passages.length;
  for (let i = 0; i < total; i++) {
    const p = corpus.passages[i]!;
    const terms = analyze(p.text);
    const set = new Set(terms);
    termsOf.set(p.id, set);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    docs.push({ id: p.id, terms: terms.join(' ') });
    if ((i + 1) % BATCH === 0) {
      onProgress?.({ phase: 'build', done: i + 1, total: total + 1 });
      await yieldToLoop();
    }
  }
  const mini = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
  await mini.addAllAsync(docs, { chunkSize: 2000 });
  // The quote registry is built in one piece: it clusters across the whole corpus.
  const quotes = buildQuoteIndex(corpus);
  onProgress?.({ phase: 'build', done: total + 1, total: total + 1 });
  return restoreEngine(corpus, { mini, termsOf, df, passageCount: total }, quotes);
}
