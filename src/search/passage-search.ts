import type { PassageIndex } from './passage-index.js';
import { bm25plus, expandTerm } from './query.js';

/**
 * Search over a PassageIndex with MiniSearch 7.2's semantics, so ranking above it is unchanged:
 * BM25+ per field (own terms, context), prefix and fuzzy expansions weighted by their distance,
 * term and field boosts, OR-combined nested queries, and a final score multiplied by the number of
 * query terms matched. Only what the answer pipeline asks for is supported (OR, no filters).
 */

/** A query: a string of space-separated terms, or nested queries sharing options. */
export type Query = string | QuerySpec;
export interface QuerySpec {
  queries: Query[];
  combineWith?: 'OR';
  /** Edit distance (≥ 1) or share of the term's length (< 1); false for none. */
  fuzzy?: number | boolean;
  prefix?: boolean;
  boostTerm?: (term: string) => number;
}

export interface SearchOptions extends Omit<QuerySpec, 'queries'> {
  weights?: { fuzzy?: number; prefix?: number };
  boost?: { terms?: number; context?: number };
}

/** One matching passage: its id, score, the index terms it matched and the query terms they stood for. */
export interface SearchResult {
  id: string;
  score: number;
  terms: string[];
  queryTerms: string[];
}

/** MiniSearch's defaults, kept so scores match the library's exactly. */
export const SEARCH_DEFAULTS = {
  weights: { fuzzy: 0.45, prefix: 0.375 },
  maxFuzzy: 6,
} as const;

interface Raw {
  score: number;
  terms: string[];
  match: Record<string, true>;
}
type Results = Map<number, Raw>;

function addScore(results: Results, doc: number, score: number, source: string, derived: string): void {
  const r = results.get(doc);
  if (!r) {
    results.set(doc, { score, terms: [source], match: { [derived]: true } });
    return;
  }
  r.score += score;
  if (!r.terms.includes(source)) r.terms.push(source);
  r.match[derived] = true;
}

/** Scores one index term's postings (own field, then context) into `results`. */
function termResults(ix: PassageIndex, source: string, derived: string, weight: number, termBoost: number, boosts: [number, number], results: Results): void {
  const t = ix.dict.get(derived);
  if (t === undefined) return;
  const list = ix.postings[t]!;
  const [avgOwn, avgCtx] = ix.averageLengths();
  const total = ix.liveCount;
  if (list.size > 0) {
    for (let i = 0; i < list.size; i++) {
      const doc = list.docs[i]!;
      addScore(results, doc, weight * termBoost * boosts[0] * bm25plus(list.freqs[i]!, list.size, total, ix.len[doc]!, avgOwn), source, derived);
    }
  }
  const ctx = ix.ctxDf[t]!;
  if (ctx === 0) return;
  for (let i = 0; i < list.size; i++) {
    // The context of the passage after one holding the term holds it as often.
    const doc = ix.next[list.docs[i]!]!;
    if (doc < 0) continue;
    addScore(results, doc, weight * termBoost * boosts[1] * bm25plus(list.freqs[i]!, ctx, total, ix.len[list.docs[i]!]!, avgCtx), source, derived);
  }
}

/** One term with its expansions (exact, prefix, fuzzy, weighted as MiniSearch weighs them), as MiniSearch's executeQuerySpec. */
function termQuery(ix: PassageIndex, term: string, opts: SearchOptions, termBoost: number): Results {
  const boosts: [number, number] = [opts.boost?.terms || 1, opts.boost?.context || 1];
  const weights = { ...SEARCH_DEFAULTS.weights, ...opts.weights };
  const results: Results = new Map();
  const fuzzy = opts.fuzzy === true ? 0.2 : opts.fuzzy || 0;
  const maxDistance = fuzzy < 1 ? Math.min(SEARCH_DEFAULTS.maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
  for (const [t, weight] of expandTerm(ix.dict, term, { queries: [term], fuzzy: maxDistance || false, prefix: opts.prefix ?? false }, weights)) {
    termResults(ix, term, t, weight, termBoost, boosts, results);
  }
  return results;
}

/** MiniSearch's OR: the first map takes in the others, scores summed, terms merged. */
function combine(all: Results[]): Results {
  if (all.length === 0) return new Map();
  const [a, ...rest] = all as [Results, ...Results[]];
  for (const b of rest) {
    for (const [doc, r] of b) {
      const had = a.get(doc);
      if (!had) a.set(doc, r);
      else {
        had.score += r.score;
        Object.assign(had.match, r.match);
        for (const t of r.terms) if (!had.terms.includes(t)) had.terms.push(t);
      }
    }
  }
  return a;
}

function execute(ix: PassageIndex, query: Query, opts: SearchOptions): Results {
  if (typeof query !== 'string') {
    const inner: SearchOptions = { ...opts, ...query };
    return combine(query.queries.map((q) => execute(ix, q, inner)));
  }
  const terms = query.split(' ').filter((t) => t);
  return combine(terms.map((t) => termQuery(ix, t, opts, opts.boostTerm ? opts.boostTerm(t) : 1)));
}

/**
 * Searches the passage index; results best first (ties in the order they were first matched), as
 * MiniSearch returns them. With `limit`, only the best `limit` are built and sorted: the same
 * list as sorting everything and cutting it, without an object per passage matched.
 */
export function searchPassages(ix: PassageIndex, query: Query, opts: SearchOptions = {}, limit = Infinity): SearchResult[] {
  const raw = execute(ix, query, opts);
  const docs: number[] = [];
  const scores: number[] = [];
  for (const [doc, r] of raw) {
    docs.push(doc);
    scores.push(r.score * (r.terms.length || 1));
  }
  let keep = docs.map((_, i) => i);
  if (limit < docs.length) {
    // The limit-th best score; everything above it stays, and of those equal to it the first met.
    const cut = Float64Array.from(scores).sort().reverse()[limit - 1]!;
    let ties = limit - scores.filter((x) => x > cut).length;
    keep = keep.filter((i) => scores[i]! > cut || (scores[i] === cut && ties-- > 0));
  }
  // Array.prototype.sort is stable: ties keep the order they were met in.
  keep.sort((a, b) => scores[b]! - scores[a]!);
  return keep.map((i) => {
    const r = raw.get(docs[i]!)!;
    return { id: ix.ids[docs[i]!]!, score: scores[i]!, terms: Object.keys(r.match), queryTerms: r.terms };
  });
}
