import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.js';
import { analyze } from './analyze.js';

/** The passage index: MiniSearch over analysed terms, plus the term statistics ranking needs. */
export interface SearchIndex {
  mini: MiniSearch<IndexedDoc>;
  /** Distinct terms of each passage, by passage id: for snippet coverage and near-duplicate tests. */
  termsOf: Map<string, ReadonlySet<string>>;
  /** How many passages hold each term. */
  df: Map<string, number>;
  passageCount: number;
}

/** What MiniSearch stores per passage: its id and its terms already analysed, space-joined. */
export interface IndexedDoc {
  id: string;
  terms: string;
}

/** A term held by fewer passages than this may be a misspelling of a commoner one ('Jameson' for 'Jamieson'). */
export const RARE_TERM_DF = 3;

/**
 * Edit distance allowed for a query word: none for a word the index knows well, 1-2 for one it
 * has never seen or seen only rarely — typically a name the user (or one outlet) misspelt.
 */
export function fuzzinessFor(term: string, df: number): number {
  if (df >= RARE_TERM_DF || /\d/.test(term) || term.length < 5) return 0;
  return term.length >= 9 ? 2 : 1;
}

/** MiniSearch options shared by building and loading, so a persisted index reads back identically. */
export const MINISEARCH_OPTIONS: Options<IndexedDoc> = {
  fields: ['terms'],
  // Terms are analysed once, before indexing; MiniSearch only splits them back apart.
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
};

/** Builds the passage index. Every passage is analysed exactly once. */
export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const mini = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
  const termsOf = new Map<string, ReadonlySet<string>>();
  const df = new Map<string, number>();
  const docs: IndexedDoc[] = [];
  for (const p of passages) {
    const terms = analyze(p.text);
    const set = new Set(terms);
    termsOf.set(p.id, set);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    docs.push({ id: p.id, terms: terms.join(' ') });
  }
  mini.addAll(docs);
  return { mini, termsOf, df, passageCount: passages.length };
}

/** Inverse document frequency; a term the index never saw weighs most. */
export function idf(index: SearchIndex, term: string): number {
  const n = index.df.get(term) ?? 0;
  return Math.log(1 + (index.passageCount - n + 0.5) / (n + 0.5));
}

/**
 * Searches with already-analysed query terms. Terms the index knows match exactly; unknown ones
 * (typically a misspelt name) match fuzzily, so fuzziness never adds noise to a correct query.
 */
export function searchTerms(index: SearchIndex, terms: readonly string[], limit = 40): SearchResult[] {
  if (terms.length === 0) return [];
  const results = index.mini.search(
    { combineWith: 'OR', queries: terms.map((t) => ({ queries: [t], fuzzy: fuzzinessFor(t, index.df.get(t) ?? 0), prefix: false })) },
    { weights: { fuzzy: 0.6, prefix: 0.3 } },
  );
  return results.slice(0, limit);
}
