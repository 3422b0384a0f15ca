import SearchableMap from 'minisearch/SearchableMap';
import { holds } from './accumulator.js';

/**
 * One clause of a passage query, in the shape MiniSearch reads: its words (already analysed), and
 * whether they also match near-spellings (edit distance) or longer words they begin. `boostTerm`
 * weighs the clause (related words count for less).
 */
export interface TermSpec {
  queries: string[];
  fuzzy?: number | false;
  prefix?: boolean;
  boostTerm?: () => number;
  combineWith?: 'OR';
}

/** What retrieval asks an engine for: passages holding any clause, in the passage or (weighted) the one before it. */
export interface PassageQuery {
  specs: TermSpec[];
  /** Weight of a fuzzy and of a prefix match against an exact one. */
  weights: { fuzzy: number; prefix: number };
  /** Weight of a match in the previous passage (the context field). */
  contextBoost: number;
  /** Best passages returned. */
  limit: number;
}

/** A passage an engine found: its id, BM25 score and the index terms it matched. */
export interface PassageHit {
  id: string;
  score: number;
  terms: string[];
}

/** MiniSearch's BM25+ parameters (its defaults), which both engines score with. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * BM25+ of one term in one field of one passage, exactly as MiniSearch computes it: the one
 * formula both engines rank candidates by, so the same question draws the same candidates.
 */
export function bm25plus(tf: number, df: number, documents: number, fieldLength: number, avgFieldLength: number): number {
  return bm25plusWithIdf(bm25Idf(df, documents), tf, fieldLength, avgFieldLength);
}

/** The idf part of BM25+, which a posting list shares: worked out once per list, not per posting. */
function bm25Idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** BM25+ of one posting given its term's idf (the same expression as MiniSearch's, to the last bit). */
function bm25plusWithIdf(idf: number, tf: number, fieldLength: number, avgFieldLength: number): number {
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / avgFieldLength)));
}

/** One passage's occurrences of a term in one field: tf and the field's length (distinct terms). */
export interface FieldPosting {
  /** The passage's ordinal (indexing order): ties are broken by it, as MiniSearch breaks them. */
  doc: number;
  tf: number;
  length: number;
}

/**
 * A term's postings in one field as parallel arrays, in ascending passage order: typed arrays, so
 * a common term's tens of thousands of postings cost no object each.
 */
export interface FieldList {
  docs: Int32Array;
  tf: Int32Array;
  length: Int32Array;
}

/** Where a term occurs: in passages' own terms, and as context (the passage before holds it). */
export interface TermPostings {
  terms: FieldList;
  context: FieldList;
}

/** A field list from postings in passage order. */
export function fieldList(ps: readonly FieldPosting[]): FieldList {
  return { docs: Int32Array.from(ps, (p) => p.doc), tf: Int32Array.from(ps, (p) => p.tf), length: Int32Array.from(ps, (p) => p.length) };
}

/** What the query emulation reads from an engine that is not MiniSearch. */
export interface PostingSource {
  vocabulary: SearchableMap<unknown>;
  postings(term: string): TermPostings | undefined;
  documents: number;
  avgLength: { terms: number; context: number };
}

/** The index terms a query word matches, with their weights, in MiniSearch's order (exact, prefix, fuzzy). */
export function expandTerm(vocabulary: SearchableMap<unknown>, term: string, spec: TermSpec, weights: PassageQuery['weights']): [string, number][] {
  const out: [string, number][] = [[term, 1]];
  const fuzzy = spec.fuzzy ? vocabulary.fuzzyGet(term, spec.fuzzy) : undefined;
  if (spec.prefix) {
    for (const [t] of vocabulary.atPrefix(term)) {
      const distance = t.length - term.length;
      if (!distance) continue;
      fuzzy?.delete(t);
      out.push([t, (weights.prefix * t.length) / (t.length + 0.3 * distance)]);
    }
  }
  for (const [t, [, distance]] of fuzzy ?? []) if (distance) out.push([t, (weights.fuzzy * t.length) / (t.length + distance)]);
  return out;
}

/** Every index term a query could match: what an engine must fetch postings for. */
export function queryTerms(vocabulary: SearchableMap<unknown>, q: PassageQuery): Set<string> {
  const all = new Set<string>();
  for (const spec of q.specs) for (const s of spec.queries) for (const [t] of expandTerm(vocabulary, s, spec, q.weights)) all.add(t);
  return all;
}

/** One expanded query term with its postings, in the order MiniSearch visits them. */
interface Clause {
  /** Which distinct query word it stands for (a bit in the per-passage mask). */
  source: number;
  term: string;
  /** Expansion weight × the clause's boost, multiplied in MiniSearch's order. */
  weight: number;
  boost: number;
  postings: TermPostings;
}

function clausesOf(q: PassageQuery, src: PostingSource): { clauses: Clause[]; sources: number } {
  const sourceIds = new Map<string, number>();
  const clauses: Clause[] = [];
  for (const spec of q.specs) {
    const boost = spec.boostTerm ? spec.boostTerm() : 1;
    for (const source of spec.queries) {
      for (const [term, weight] of expandTerm(src.vocabulary, source, spec, q.weights)) {
        const postings = src.postings(term);
        if (!postings) continue;
        if (!sourceIds.has(source)) sourceIds.set(source, sourceIds.size);
        clauses.push({ source: sourceIds.get(source)!, term, weight, boost, postings });
      }
    }
  }
  return { clauses, sources: sourceIds.size };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const has = (list: FieldList, doc: number): boolean => holds(list.docs, list.docs.length, doc);

/** One clause's postings in one field, with what each of its postings is multiplied by. */
interface ScoredList {
  list: FieldList;
  factor: number;
  idf: number;
  avg: number;
  source: number;
}

/**
 * The lists of a query in the order MiniSearch adds their scores: clause by clause, a passage's
 * own terms before its context. A passage's score is the sum of its postings in this order.
 */
function scoredLists(clauses: readonly Clause[], q: PassageQuery, src: PostingSource): ScoredList[] {
  const out: ScoredList[] = [];
  for (const c of clauses) {
    for (const [field, fieldBoost] of [['terms', 1], ['context', q.contextBoost]] as const) {
      const list = c.postings[field];
      if (list.docs.length > 0) out.push({ list, factor: c.weight * c.boost * fieldBoost, idf: bm25Idf(list.docs.length, src.documents), avg: src.avgLength[field], source: c.source });
    }
  }
  return out;
}

/** The best `limit` passages kept in place: score descending, then in first-touch order (list, then passage). */
class TopK {
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  readonly firsts: Int32Array;
  size = 0;
  constructor(readonly limit: number) {
    [this.docs, this.scores, this.firsts] = [new Int32Array(limit + 1), new Float64Array(limit + 1), new Int32Array(limit + 1)];
  }
  /** Whether (score, first, doc) ranks above the kept entry i. */
  private above(score: number, first: number, doc: number, i: number): boolean {
    const s = this.scores[i]!;
    return score > s || (score === s && (first < this.firsts[i]! || (first === this.firsts[i]! && doc < this.docs[i]!)));
  }
  offer(doc: number, score: number, first: number): void {
    if (this.size === this.limit && !this.above(score, first, doc, this.limit - 1)) return;
    let i = this.size;
    for (; i > 0 && this.above(score, first, doc, i - 1); i--) {
      this.docs[i] = this.docs[i - 1]!;
      this.scores[i] = this.scores[i - 1]!;
      this.firsts[i] = this.firsts[i - 1]!;
    }
    [this.docs[i], this.scores[i], this.firsts[i]] = [doc, score, first];
    if (this.size < this.limit) this.size++;
  }
}

/**
 * Merges the lists in passage order (a heap of their heads, by passage then list), so each
 * passage's postings are summed together, in list order, with no random access into
 * archive-sized arrays: on a big archive a common word's tens of thousands of postings each cost
 * a cache miss that way. The sums, the matched-word counts and the first-touch tie order are
 * those of adding the lists one after another.
 */
function mergeTop(lists: readonly ScoredList[], sources: number, limit: number): TopK {
  const n = lists.length;
  const at = new Int32Array(n);
  // A heap of each list's next posting as one number, passage × lists + list: smallest first.
  const heap = new Float64Array(n);
  let size = 0;
  const down = (i: number) => {
    const key = heap[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && heap[l + 1]! < heap[l]! ? l + 1 : l;
      if (heap[c]! >= key) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = key;
  };
  for (let l = 0; l < n; l++) heap[size++] = lists[l]!.list.docs[0]! * n + l;
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
  const top = new TopK(limit);
  const mask = new Int32Array(Math.max(1, Math.ceil(sources / 32)));
  while (size > 0) {
    const doc = Math.floor(heap[0]! / n);
    const first = heap[0]! - doc * n;
    let sum = 0;
    mask.fill(0);
    while (size > 0 && heap[0]! < (doc + 1) * n) {
      const l = heap[0]! - doc * n;
      const s = lists[l]!;
      const i = at[l]!++;
      sum += s.factor * bm25plusWithIdf(s.idf, s.list.tf[i]!, s.list.length[i]!, s.avg);
      mask[s.source >> 5]! |= 1 << (s.source & 31);
      heap[0] = i + 1 < s.list.docs.length ? s.list.docs[i + 1]! * n + l : heap[--size]!;
      down(0);
    }
    let matched = 0;
    for (const m of mask) matched += popcount(m);
    top.offer(doc, sum * (matched || 1), first);
  }
  return top;
}

/**
 * Runs a passage query over postings the way MiniSearch runs it (OR of every clause, BM25+ per
 * term and field, weighted, times the number of query words matched; ties in first-match order),
 * so an engine keeping its postings elsewhere ranks candidates as the in-process one does: each
 * passage's score is summed in MiniSearch's order, so the floating-point result is the same.
 * Returns passage ordinals with scores and matched terms, best first.
 */
export function emulateSearch(q: PassageQuery, src: PostingSource): { doc: number; score: number; terms: string[] }[] {
  const { clauses, sources } = clausesOf(q, src);
  const top = mergeTop(scoredLists(clauses, q, src), sources, q.limit);
  return Array.from({ length: top.size }, (_, k) => {
    const doc = top.docs[k]!;
    const terms = new Set<string>();
    for (const c of clauses) if (!terms.has(c.term) && (has(c.postings.terms, doc) || has(c.postings.context, doc))) terms.add(c.term);
    return { doc, score: top.scores[k]!, terms: [...terms] };
  });
}
