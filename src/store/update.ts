import type { Article, Passage } from '../corpus/types.js';
import type { Engine } from '../engine.js';
import { buildQuoteIndex, type Quote, type QuoteIndex, type Speaker } from '../quotes/index.js';
import { bySalience } from '../quotes/lookup.js';
import { refreshRelatedTable } from '../search/related.js';

/** One article as built from its file: its metadata and its passages in reading order. */
export interface ArticleUpdate {
  article: Article;
  passages: Passage[];
}

/** What changed, by article: new ones, new versions of ones already indexed (same id), ids gone. */
export interface ArticleChanges {
  added: ArticleUpdate[];
  changed: ArticleUpdate[];
  removed: string[];
}

/** What applyArticleChanges did, for a log line and for the caller to finish the quotations. */
export interface UpdateSummary {
  passagesRemoved: number;
  passagesAdded: number;
  /** True when the quotation registry was only pruned (removed articles' quotations dropped) and still needs a rebuild for the new ones. */
  quotesPending: boolean;
  ms: number;
}

/** How an update treats the quotation registry. */
export const UPDATE_DEFAULTS = {
  /**
   * Up to this many passages the registry is rebuilt within the update (a few hundred
   * milliseconds); past it only pruned, and the caller rebuilds it aside (rebuildQuotesAside).
   * Who speaks is decided over the whole corpus (names, titles, wire copies), so there is no
   * per-article registry update.
   */
  rebuildQuotesUpToPassages: 5_000,
} as const;

/**
 * Applies added, changed and removed articles to an engine in place, in one synchronous step (no
 * question can see half of it): only their passages, term statistics (df, termsOf, names,
 * wordOf), the related-word table when its terms changed, and their quotations. Returns what it
 * did; when `quotesPending`, new quotations appear after the caller's registry rebuild.
 */
export function applyArticleChanges(engine: Engine, changes: ArticleChanges, opts: { rebuildQuotes?: boolean } = {}): UpdateSummary {
  const t0 = performance.now();
  const goneIds = new Set([...changes.removed, ...changes.changed.map((c) => c.article.id)]);
  const incoming = [...changes.changed, ...changes.added];
  for (const c of changes.added) if (engine.articles.has(c.article.id)) throw new Error(`article ${c.article.id} is already indexed; pass it as changed`);
  const byArticle = new Map<string, Passage[]>();
  for (const p of engine.corpus.passages) if (goneIds.has(p.articleId)) (byArticle.get(p.articleId) ?? byArticle.set(p.articleId, []).get(p.articleId)!).push(p);
  let passagesRemoved = 0;
  for (const ps of byArticle.values()) {
    engine.search.removeArticle(ps);
    passagesRemoved += ps.length;
  }
  for (const c of incoming) engine.search.addArticle(c.passages);
  replaceCorpus(engine, goneIds, [...byArticle.values()].flat(), incoming);
  refreshRelatedTable(engine.search);
  const rebuild = opts.rebuildQuotes ?? engine.corpus.passages.length <= UPDATE_DEFAULTS.rebuildQuotesUpToPassages;
  if (rebuild) engine.quotes = buildQuoteIndex(engine.corpus);
  else if (goneIds.size > 0) engine.quotes = withoutArticles(engine.quotes, goneIds);
  const passagesAdded = incoming.reduce((n, c) => n + c.passages.length, 0);
  return { passagesRemoved, passagesAdded, quotesPending: !rebuild && incoming.length > 0, ms: performance.now() - t0 };
}

/** The corpus lists and lookup maps with the gone articles out and the incoming ones appended. */
function replaceCorpus(engine: Engine, goneIds: ReadonlySet<string>, gonePassages: readonly Passage[], incoming: readonly ArticleUpdate[]): void {
  const c = engine.corpus;
  const articles = c.articles.filter((a) => !goneIds.has(a.id));
  const passages = c.passages.filter((p) => !goneIds.has(p.articleId));
  for (const u of incoming) {
    articles.push(u.article);
    for (const p of u.passages) passages.push(p);
  }
  engine.corpus = { ...c, articles, passages };
  const articleMap = engine.articles as Map<string, Article>;
  const passageMap = engine.passages as Map<string, Passage>;
  for (const id of goneIds) articleMap.delete(id);
  for (const p of gonePassages) passageMap.delete(p.id);
  for (const u of incoming) {
    articleMap.set(u.article.id, u.article);
    for (const p of u.passages) passageMap.set(p.id, p);
  }
}

/**
 * The registry with the given articles' citations dropped, and quotations no source carries any
 * more with them; speakers' counts follow. Exact for what it removes; it cannot add.
 */
export function withoutArticles(qi: QuoteIndex, gone: ReadonlySet<string>): QuoteIndex {
  const kept = new Map<string, Quote>();
  for (const q of qi.quotes) {
    if (!q.citations.some((c) => gone.has(c.sourceId))) kept.set(q.id, q);
    else {
      const citations = q.citations.filter((c) => !gone.has(c.sourceId));
      // The quotation's wording is the longest its sources printed: now of the sources left.
      const text = citations.reduce((best, c) => (c.text.length > best.length ? c.text : best), '');
      if (citations.length > 0) kept.set(q.id, { ...q, text, citations });
    }
  }
  const quotesBySpeaker: Record<string, Quote[]> = Object.create(null) as Record<string, Quote[]>;
  for (const [k, qs] of Object.entries(qi.quotesBySpeaker)) {
    const left = qs.flatMap((q) => kept.get(q.id) ?? []);
    if (left.length > 0) quotesBySpeaker[k] = left;
  }
  const speakers = qi.speakers.map((s): Speaker => ({ ...s, quotes: quotesBySpeaker[s.id]?.length ?? 0 })).sort(bySalience);
  const speakerById: Record<string, Speaker> = Object.create(null) as Record<string, Speaker>;
  for (const s of speakers) speakerById[s.id] = s;
  const quoteTerms: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const id of kept.keys()) quoteTerms[id] = qi.quoteTerms[id] ?? [];
  return { ...qi, speakers, speakerById, quotesBySpeaker, quotes: [...kept.values()], quoteTerms };
}
