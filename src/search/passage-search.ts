import { borrow, holds, release, type Accumulator } from './accumulator.js';
import type { PassageIndex } from './passage-index.js';
import { bm25plus, expandTerm } from './query.js';

/**
 * Search over a PassageIndex with MiniSearch 7.2's semantics, so ranking above it is unchanged:
 * BM25+ per field (own terms, context), prefix and fuzzy expansions weighted by their distance,
 * term and field boosts, OR-combined nested queries, and a final score multiplied by the number of
 * query terms matched. Only what the answer pipeline asks for is supported (OR, no filters).
 * Scores are summed in typed arrays (src/search/accumulator.ts) in MiniSearch's order, and the
 * matched terms are worked out only for the passages returned.
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

/** One query word with its expansions (index term numbers and weights) and boosts: a MiniSearch termQuery. */
interface Leaf {
  source: string;
  expansions: { term: string; t: number; weight: number }[];
  termBoost: number;
  boosts: [number, number];
}

/** The query as a tree of ORs over leaves, in MiniSearch's evaluation order. */
type Plan = Leaf | Plan[];

function leafOf(ix: PassageIndex, term: string, opts: SearchOptions, termBoost: number): Leaf {
  const weights = { ...SEARCH_DEFAULTS.weights, ...opts.weights };
  const fuzzy = opts.fuzzy === true ? 0.2 : opts.fuzzy || 0;
  const maxDistance = fuzzy < 1 ? Math.min(SEARCH_DEFAULTS.maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
  const expansions: Leaf['expansions'] = [];
  for (const [derived, weight] of expandTerm(ix.dict, term, { queries: [term], fuzzy: maxDistance || false, prefix: opts.prefix ?? false }, weights)) {
    const t = ix.numberOfTerm(derived);
    if (t !== undefined) expansions.push({ term: derived, t, weight });
  }
  return { source: term, expansions, termBoost, boosts: [opts.boost?.terms || 1, opts.boost?.context || 1] };
}

function planOf(ix: PassageIndex, query: Query, opts: SearchOptions, leaves: Leaf[]): Plan {
  if (typeof query !== 'string') {
    const inner: SearchOptions = { ...opts, ...query };
    return query.queries.map((q) => planOf(ix, q, inner, leaves));
  }
  return query
    .split(' ')
    .filter((t) => t)
    .map((t) => {
      const leaf = leafOf(ix, t, opts, opts.boostTerm ? opts.boostTerm(t) : 1);
      leaves.push(leaf);
      return leaf;
    });
}

/**
 * How many distinct query words matched each passage (MiniSearch multiplies the score by it). A
 * word searched by one leaf is counted through a stamp per leaf; one searched by several (rare)
 * through a set of its own, so a passage is counted once per word.
 */
class WordCounts {
  readonly count: Int32Array;
  private readonly repeated = new Map<string, Set<number>>();
  constructor(size: number, leaves: readonly Leaf[]) {
    if (counted.length < size) counted = new Int32Array(size);
    this.count = counted;
    const seen = new Set<string>();
    for (const l of leaves) {
      if (seen.has(l.source)) this.repeated.set(l.source, new Set());
      seen.add(l.source);
    }
    if (marks.length < size) marks = new Int32Array(size);
  }
  /** A hitter for one leaf: call it for every passage the leaf scores. */
  hitter(leaf: Leaf): (doc: number) => void {
    const set = this.repeated.get(leaf.source);
    const count = this.count;
    if (set) return (doc) => void (!set.has(doc) && (set.add(doc), count[doc]!++));
    if (stamp >= 0x3fffffff) [marks, stamp] = [new Int32Array(marks.length), 0];
    const mark = ++stamp;
    const m = marks;
    return (doc) => {
      if (m[doc] !== mark) {
        m[doc] = mark;
        count[doc]!++;
      }
    };
  }
}

/** Words matched per passage, all 0 between queries (a query clears the passages it counted). */
let counted = new Int32Array(0);

/** Per-passage stamps of the leaf that last counted it; stamps only grow, so the table is never cleared per query. */
let marks = new Int32Array(0);
let stamp = 0;

/** Scores one leaf's postings (each expansion: own field, then context) into a fresh accumulator. */
function scoreLeaf(ix: PassageIndex, leaf: Leaf, hit: (doc: number) => void): Accumulator {
  const acc = borrow(ix.ids.length);
  const [avgOwn, avgCtx] = ix.averageLengths();
  const total = ix.liveCount;
  const { termBoost, boosts } = leaf;
  for (const { t, weight } of leaf.expansions) {
    const list = ix.postings[t]!;
    for (let i = 0; i < list.size; i++) {
      const doc = list.docs[i]!;
      acc.add(doc, weight * termBoost * boosts[0] * bm25plus(list.freqs[i]!, list.size, total, ix.len[doc]!, avgOwn));
      hit(doc);
    }
    const ctx = ix.ctxDf[t]!;
    if (ctx === 0) continue;
    for (let i = 0; i < list.size; i++) {
      // The context of the passage after one holding the term holds it as often.
      const doc = ix.next[list.docs[i]!]!;
      if (doc < 0) continue;
      acc.add(doc, weight * termBoost * boosts[1] * bm25plus(list.freqs[i]!, ctx, total, ix.len[list.docs[i]!]!, avgCtx));
      hit(doc);
    }
  }
  return acc;
}

/** MiniSearch's OR: the first child's results take in the others', in order. */
function run(ix: PassageIndex, plan: Plan, counts: WordCounts): Accumulator {
  if (!Array.isArray(plan)) return scoreLeaf(ix, plan, counts.hitter(plan));
  if (plan.length === 0) return borrow(ix.ids.length);
  const [first, ...rest] = plan.map((p) => run(ix, p, counts)) as [Accumulator, ...Accumulator[]];
  for (const b of rest) {
    first.absorb(b);
    release(b);
  }
  return first;
}

/** The index terms and query words a returned passage matched, in the order MiniSearch lists them. */
function matchesOf(ix: PassageIndex, leaves: readonly Leaf[], doc: number): { terms: string[]; queryTerms: string[] } {
  const match: Record<string, true> = {};
  const queryTerms: string[] = [];
  const before = ix.prev[doc]!;
  const hasBefore = before >= 0 && ix.next[before] === doc;
  for (const leaf of leaves) {
    let hit = false;
    for (const { term, t } of leaf.expansions) {
      const list = ix.postings[t]!;
      if (holds(list.docs, list.size, doc) || (hasBefore && ix.ctxDf[t] !== 0 && holds(list.docs, list.size, before))) {
        match[term] = true;
        hit = true;
      }
    }
    if (hit && !queryTerms.includes(leaf.source)) queryTerms.push(leaf.source);
  }
  // Object.keys, as MiniSearch reads its match record (integer-like terms first, ascending).
  return { terms: Object.keys(match), queryTerms };
}

/** The k-th largest of `xs` (1-based), by quickselect on a copy: a full sort of every match only to read one value cost more than the scoring. */
function nthLargest(xs: Float64Array, k: number): number {
  const a = xs.slice();
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return a[want]!;
  }
  return a[want]!;
}

/**
 * Searches the passage index; results best first (ties in the order they were first matched), as
 * MiniSearch returns them. With `limit`, only the best `limit` are built and sorted: the same
 * list as sorting everything and cutting it, without an object per passage matched.
 */
export function searchPassages(ix: PassageIndex, query: Query, opts: SearchOptions = {}, limit = Infinity): SearchResult[] {
  const leaves: Leaf[] = [];
  const plan = planOf(ix, query, opts, leaves);
  const counts = new WordCounts(ix.ids.length, leaves);
  const root = run(ix, plan, counts);
  const n = root.n;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    scores[i] = root.vals[i]! * (counts.count[root.docs[i]!]! || 1);
    counts.count[root.docs[i]!] = 0;
  }
  const docs = root.docs.slice(0, n);
  release(root);
  let keep: number[] = [];
  if (limit < n) {
    // The limit-th best score; everything above it stays, and of those equal to it the first met.
    const cut = nthLargest(scores, limit);
    let ties = limit;
    for (let i = 0; i < n; i++) if (scores[i]! > cut) ties--;
    for (let i = 0; i < n; i++) if (scores[i]! > cut || (scores[i] === cut && ties-- > 0)) keep.push(i);
  } else keep = Array.from({ length: n }, (_, i) => i);
  // Array.prototype.sort is stable: ties keep the order they were met in.
  keep.sort((a, b) => scores[b]! - scores[a]!);
  return keep.map((i) => ({ id: ix.ids[docs[i]!]!, score: scores[i]!, ...matchesOf(ix, leaves, docs[i]!) }));
}
