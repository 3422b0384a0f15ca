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
  const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / avgFieldLength)));
}

/** One passage's occurrences of a term in one field: tf and the field's length (distinct terms). */
export interface FieldPosting {
  /** The passage's ordinal (indexing order): ties are broken by it, as MiniSearch breaks them. */
  doc: number;
  tf: number;
  length: number;
}

/** Where a term occurs: in passages' own terms, and as context (the passage before holds it). */
export interface TermPostings {
  terms: readonly FieldPosting[];
  context: readonly FieldPosting[];
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

interface Accumulated {
  score: number;
  sources: Set<string>;
  matched: Set<string>;
}

/**
 * Runs a passage query over postings the way MiniSearch runs it (OR of every clause, BM25+ per
 * term and field, weighted, times the number of query words matched; ties in first-match order),
 * so an engine keeping its postings elsewhere ranks candidates as the in-process one does.
 * Returns passage ordinals with scores, best first.
 */
export function emulateSearch(q: PassageQuery, src: PostingSource): { doc: number; score: number; terms: string[] }[] {
  const acc = new Map<number, Accumulated>();
  const fields = [['terms', 1], ['context', q.contextBoost]] as const;
  for (const spec of q.specs) {
    const boost = spec.boostTerm ? spec.boostTerm() : 1;
    for (const source of spec.queries) {
      for (const [term, weight] of expandTerm(src.vocabulary, source, spec, q.weights)) {
        const postings = src.postings(term);
        if (!postings) continue;
        for (const [field, fieldBoost] of fields) {
          const list = postings[field];
          for (const p of list) {
            const s = weight * boost * fieldBoost * bm25plus(p.tf, list.length, src.documents, p.length, src.avgLength[field]);
            let a = acc.get(p.doc);
            if (!a) acc.set(p.doc, (a = { score: 0, sources: new Set(), matched: new Set() }));
            a.score += s;
            a.sources.add(source);
            a.matched.add(term);
          }
        }
      }
    }
  }
  const out = [...acc].map(([doc, a]) => ({ doc, score: a.score * (a.sources.size || 1), terms: [...a.matched] }));
  return out.sort((a, b) => b.score - a.score).slice(0, q.limit);
}
