import SearchableMap from 'minisearch/SearchableMap';

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

/**
 * Per-passage accumulators indexed by passage ordinal, reused across queries (a query touches
 * tens of thousands of passages on a big archive: a Map entry and two Sets each cost more than
 * the scoring). Only the entries a query touched are cleared after it.
 */
const scratch = { score: new Float64Array(0), mask: new Int32Array(0), seen: new Uint8Array(0), words: 1 };

function scratchFor(docs: number, words: number): typeof scratch {
  if (scratch.seen.length < docs || scratch.words !== words) {
    const n = Math.max(docs, Math.ceil(scratch.seen.length * 1.25));
    Object.assign(scratch, { score: new Float64Array(n), mask: new Int32Array(n * words), seen: new Uint8Array(n), words });
  }
  return scratch;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function has(list: FieldList, doc: number): boolean {
  let lo = 0;
  let hi = list.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = list.docs[mid]!;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The best `limit` of the touched passages by final score (the summed score times the number of
 * query words matched, or 1), score descending, ties in first-touch order (a stable sort's).
 */
function topOf(touched: readonly number[], s: typeof scratch, limit: number): { doc: number; score: number }[] {
  const { score: sums, mask, words } = s;
  const docs = new Int32Array(limit + 1);
  const scores = new Float64Array(limit + 1);
  let size = 0;
  for (const doc of touched) {
    let matched = 0;
    for (let w = 0; w < words; w++) matched += popcount(mask[doc * words + w]!);
    const score = sums[doc]! * (matched || 1);
    if (size === limit && !(score > scores[limit - 1]!)) continue;
    let i = size;
    // Shift the lower scores down one; an equal score stays ahead (it was touched first).
    for (; i > 0 && scores[i - 1]! < score; i--) {
      docs[i] = docs[i - 1]!;
      scores[i] = scores[i - 1]!;
    }
    docs[i] = doc;
    scores[i] = score;
    if (size < limit) size++;
  }
  return Array.from({ length: size }, (_, i) => ({ doc: docs[i]!, score: scores[i]! }));
}

/**
 * Adds one clause's postings in one field to the accumulators: bm25plus of each posting, times
 * the clause's factor, as MiniSearch multiplies them, with the list's idf worked out once.
 */
function accumulate(list: FieldList, factor: number, source: number, documents: number, avg: number, s: typeof scratch, touched: number[]): void {
  const { docs, tf, length } = list;
  const n = docs.length;
  const { score: sums, seen, mask, words } = s;
  const bit = 1 << (source & 31);
  const word = source >> 5;
  const idf = bm25Idf(n, documents);
  for (let i = 0; i < n; i++) {
    const doc = docs[i]!;
    const score = factor * bm25plusWithIdf(idf, tf[i]!, length[i]!, avg);
    if (seen[doc] === 0) {
      seen[doc] = 1;
      touched.push(doc);
    }
    sums[doc] = sums[doc]! + score;
    const m = doc * words + word;
    mask[m] = mask[m]! | bit;
  }
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
  const fields = [['terms', 1], ['context', q.contextBoost]] as const;
  let maxDoc = -1;
  for (const c of clauses) for (const [f] of fields) maxDoc = Math.max(maxDoc, c.postings[f].docs.at(-1) ?? -1);
  const words = Math.max(1, Math.ceil(sources / 32));
  const s = scratchFor(maxDoc + 1, words);
  const touched: number[] = [];
  for (const c of clauses) {
    for (const [field, fieldBoost] of fields) accumulate(c.postings[field], c.weight * c.boost * fieldBoost, c.source, src.documents, src.avgLength[field], s, touched);
  }
  const top = topOf(touched, s, q.limit);
  for (const doc of touched) {
    s.score[doc] = 0;
    s.seen[doc] = 0;
    for (let w = 0; w < words; w++) s.mask[doc * words + w] = 0;
  }
  return top.map(({ doc, score }) => {
    const terms = new Set<string>();
    for (const c of clauses) if (!terms.has(c.term) && (has(c.postings.terms, doc) || has(c.postings.context, doc))) terms.add(c.term);
    return { doc, score, terms: [...terms] };
  });
}
