import type { Article, Corpus, Passage } from './corpus/types.js';
import { buildQuoteIndex, type QuoteIndex } from './quotes/index.js';
import { buildSearchIndex, type SearchIndex } from './search/index.js';
import { relatedTableOf } from './search/related.js';

/** Everything the commands answer from, built once per corpus and then only read. */
export interface Engine {
  corpus: Corpus;
  articles: ReadonlyMap<string, Article>;
  passages: ReadonlyMap<string, Passage>;
  search: SearchIndex;
  quotes: QuoteIndex;
}

/** Indexes a loaded corpus for answering: the passage index and the quote registry. */
export function createEngine(corpus: Corpus): Engine {
  return restoreEngine(corpus, buildSearchIndex(corpus.passages), buildQuoteIndex(corpus));
}

/** Assembles an Engine from parts already built or read back from a persisted index. */
export function restoreEngine(corpus: Corpus, search: SearchIndex, quotes: QuoteIndex): Engine {
  // Built now, not on the first question: it takes a moment on a large archive.
  relatedTableOf(search);
  return {
    corpus,
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    passages: new Map(corpus.passages.map((p) => [p.id, p])),
    search,
    quotes,
  };
}
