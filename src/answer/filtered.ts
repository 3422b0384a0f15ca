import type { EngineView as Engine } from '../engine.js';
import type { QuoteResult } from '../quotes/types.js';
import { ask } from './ask.js';
import { articleMatches, describeFilter, isFiltered, type ArticleFilter } from './filters.js';
import { DEFAULT_RANKING, type RankingParams } from './params.js';
import { promote } from './promote.js';
import type { AskHit, AskResult } from './types.js';

/**
 * Hits ask() keeps when a filter will drop some: its usual ranking, only more of the tail, so
 * the articles the filter keeps still have answers to show after the rest are dropped.
 */
const FILTERED_POOL = 60;

/** What a filter took away, so a reply can say why it is empty. */
export interface Hidden {
  /** Answers (hits or quotations) the filter dropped. */
  answers: number;
  /** Articles without a date, all left out by a date limit. */
  undated: number;
  /** The filter in words ('from Newsmax, published since 2025-10-01'). */
  filter: string;
}

function hiddenBy(engine: Engine, f: ArticleFilter, answers: number): Hidden {
  const dated = f.since !== null || f.until !== null;
  return { answers, undated: dated ? engine.corpus.articles.filter((a) => a.published === null).length : 0, filter: describeFilter(f) };
}

/** Whether the article behind an id passes the filter. */
const passes = (engine: Engine, f: ArticleFilter) => (id: string) => {
  const a = engine.articles.get(id);
  return a !== undefined && articleMatches(a, f);
};

/**
 * ask() limited to the articles a filter keeps. The ranking is ask()'s own; hits from other
 * articles are dropped afterwards (and other outlets from "also reported by"), unless an outlet
 * the filter keeps also carries the report, which is then cited in its own words. `hidden` is
 * set when the filter dropped every answer there was.
 */
export function askWithin(engine: Engine, question: string, f: ArticleFilter, params: RankingParams = DEFAULT_RANKING): { result: AskResult; hidden: Hidden | null } {
  if (!isFiltered(f)) return { result: ask(engine, question, params), hidden: null };
  const all = ask(engine, question, { ...params, maxHits: Math.max(params.maxHits, FILTERED_POOL) });
  const ok = passes(engine, f);
  const hits = all.hits
    .map((h) => {
      const also = h.alsoIn.filter((a) => ok(a.id));
      if (ok(h.source.id)) return { ...h, alsoIn: also };
      // The lead outlet is filtered out: an outlet the filter keeps may still carry the report.
      return also.length > 0 ? promote(engine, h, also[0]!, also.slice(1)) : null;
    })
    .filter((h): h is AskHit => h !== null)
    .slice(0, params.maxHits);
  const result = { ...all, hits };
  return { result, hidden: !all.noAnswer && hits.length === 0 ? hiddenBy(engine, f, all.hits.length) : null };
}

/** A quote lookup limited to the articles a filter keeps: citations from others dropped, then quotations left with none. */
export function quotesWithin(engine: Engine, r: QuoteResult, f: ArticleFilter): { result: QuoteResult; hidden: Hidden | null } {
  if (!isFiltered(f) || !r.speaker) return { result: r, hidden: null };
  const ok = passes(engine, f);
  const quotes = r.quotes.map((q) => ({ ...q, citations: q.citations.filter((c) => ok(c.sourceId)) })).filter((q) => q.citations.length > 0);
  return { result: { ...r, quotes }, hidden: r.quotes.length > 0 && quotes.length === 0 ? hiddenBy(engine, f, r.quotes.length) : null };
}
