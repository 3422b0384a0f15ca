import type { RankingParams } from './answer/params.js';
import { analyzedSentences, SENTENCE_CACHE_MAX } from './answer/snippet.js';
import type { Article, Corpus, Passage } from './corpus/types.js';
import { buildQuoteIndex, type QuoteIndex } from './quotes/index.js';
import { buildSearchIndex, type SearchIndex } from './search/index.js';
import type { PassageHit, PassageQuery } from './search/query.js';
import { searchPassages } from './search/passage-search.js';
import { relatedPending, relatedTableOf } from './search/related.js';
import { TERM_SET_CACHE } from './search/search-index.js';
import { settled, settleLater } from './search/settle.js';

/** The term statistics ranking reads: how many passages hold each term, which terms are names, each term's plainest word. */
export type TermStats = Pick<SearchIndex, 'df' | 'names' | 'passageCount' | 'wordOf'>;

/**
 * Term statistics and the distinct terms of the passages a view holds. A server engine's view,
 * which holds only some passages of an article, also gives `articleTerms`: per article it holds,
 * its terms among those the request's question could credit (every form retrieval planned);
 * without it an article's terms are read off all its passages.
 */
export type SearchView = TermStats & Pick<SearchIndex, 'termsOf'> & { articleTerms?: ReadonlyMap<string, ReadonlySet<string>> };

/**
 * What the answer stages and the commands read, synchronously: the whole of an in-process
 * engine, or the slice of a server engine one request needs (its candidate passages, their
 * neighbours and articles), fetched before ranking starts. `corpus.articles` lists every article
 * (a server engine's without `raw`); `articles` and `passages` hold at least what the request reads.
 */
export interface EngineView {
  corpus: Corpus;
  articles: ReadonlyMap<string, Article>;
  passages: ReadonlyMap<string, Passage>;
  search: SearchView;
  quotes: QuoteIndex;
  /** Passages matching a query, best first (BM25+, MiniSearch's formula, on either engine). */
  find(query: PassageQuery): PassageHit[];
  /** Passages per article, for /sources. */
  passageCountOf(articleId: string): number;
}

/** Everything the commands answer from, built once per corpus and then only read: the in-process engine, its own view. */
export interface Engine extends EngineView {
  search: SearchIndex;
}

/** What a request asks a view to hold: the question it answers (ranked with `params`), passages it cites, the speaker it quotes. */
export interface ViewRequest {
  question?: string;
  passageIds?: readonly string[];
  /** The speaker a /quote names, as typed: a server engine's view then holds that speaker's quotations. */
  speaker?: string;
  /** Ranking parameters that change what retrieval asks for (candidates, budget), when not the defaults. */
  params?: RankingParams;
}

/** An engine as the shells hold it: asked for a view per request, then closed. */
export interface EngineSource {
  readonly kind: 'memory' | 'postgres';
  view(request: ViewRequest): Promise<EngineView>;
  close(): Promise<void>;
}

/** Indexes a loaded corpus for answering: the passage index and the quote registry. */
export function createEngine(corpus: Corpus): Engine {
  const engine = restoreEngine(corpus, buildSearchIndex(corpus.passages), buildQuoteIndex(corpus));
  // A built engine is not waiting on anyone: its maps are filled now, not by the first question.
  void engine.passages;
  engine.passageCountOf('');
  return engine;
}

/** Runs a passage query on the in-process passage index (MiniSearch 7.2's ranking, src/search/passage-search.ts). */
function findInMemory(search: SearchIndex, q: PassageQuery): PassageHit[] {
  return searchPassages(search.passages, { combineWith: 'OR', queries: q.specs }, { weights: q.weights, boost: { context: q.contextBoost } }, q.limit);
}

/** Assembles an Engine from parts already built or read back from a persisted index. */
export function restoreEngine(corpus: Corpus, search: SearchIndex, quotes: QuoteIndex): Engine {
  // Built now, not on the first question: it takes a moment on a large archive (a loaded index
  // restores it after ready instead, see restoreRelatedTableLater).
  if (!relatedPending(search)) relatedTableOf(search);
  const articles = new Map<string, Article>();
  for (const a of corpus.articles) articles.set(a.id, a);
  // The passage map and counts (185,724 entries at 10,000 articles, about 80 ms) are filled on
  // first use or right after ready, from the corpus as it was given: an update changes the map
  // through this getter, so it is built first; the counts were never updated, and still are not.
  const given = corpus.passages;
  let passages: Map<string, Passage> | null = null;
  let counts: Map<string, number> | null = null;
  const engine: Engine = {
    corpus,
    articles,
    get passages() {
      return (passages ??= passageMap(given));
    },
    search,
    quotes,
    find: (q) => findInMemory(search, q),
    passageCountOf: (id) => (counts ??= passageCounts(given)).get(id) ?? 0,
  };
  return engine;
}

// Filled in loops, not from [key, value] pairs: 185,724 pairs at 10,000 articles were garbage made only to build the maps.
function passageMap(passages: readonly Passage[]): Map<string, Passage> {
  const m = new Map<string, Passage>();
  for (const p of passages) m.set(p.id, p);
  return m;
}

function passageCounts(passages: readonly Passage[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of passages) m.set(p.articleId, (m.get(p.articleId) ?? 0) + 1);
  return m;
}

/** Passages warmed per event-loop turn: about 5 ms of work, so a question arriving meanwhile waits no longer. */
const WARM_PER_TURN = 64;

/**
 * Tasks that build, ahead of any question, what a question's first touch of a passage would: its
 * analysed sentences and its set of terms. Only for an archive whose passages all fit both caches
 * (the BBC archive's 17,500 do): its first questions then cost what later ones do, and what they
 * read is long-lived before any runs instead of promoted out of the young generation in the
 * middle of one. A bigger archive builds them on first use.
 */
function warmPassageTasks(engine: Engine): (() => void)[] {
  const passages = engine.corpus.passages;
  if (passages.length > Math.min(SENTENCE_CACHE_MAX, TERM_SET_CACHE)) return [];
  return Array.from({ length: Math.ceil(passages.length / WARM_PER_TURN) }, (_, i) => () => {
    for (const p of passages.slice(i * WARM_PER_TURN, (i + 1) * WARM_PER_TURN)) {
      analyzedSentences(p.text);
      engine.search.termsOf.get(p.id);
    }
  });
}

/**
 * Builds, in the background (one per event-loop turn, starting after the current one), what a
 * loaded engine left to be built on first use: its passage map and counts, the passage index's
 * term tree and id map, the related-word table, and a small archive's passages (warmPassageTasks).
 * Call it once the engine is handed over, so none of it runs before ready.
 */
export function settleEngine(engine: Engine): void {
  const ix = engine.search.passages;
  settleLater(engine, [() => ix.dict, () => ix.docOf, () => relatedTableOf(engine.search), () => engine.passages, () => engine.passageCountOf(''), ...warmPassageTasks(engine)]);
}

/** Resolves once what settleEngine queued has been built (the quotation registry has its own: quotesSettled). */
export function engineSettled(engine: Engine): Promise<void> {
  return settled(engine);
}
