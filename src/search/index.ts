import MiniSearch, { type Options } from 'minisearch';
import type { Passage } from '../corpus/types.js';
import { analyzeTokens } from './analyze.js';
import type { TermSpec } from './query.js';

/** The passage index: MiniSearch over analysed terms, plus the term statistics ranking needs. */
export interface SearchIndex {
  mini: MiniSearch<IndexedDoc>;
  /** Distinct terms of each passage, by passage id: for snippet coverage and near-duplicate tests. */
  termsOf: Map<string, ReadonlySet<string>>;
  /** How many passages hold each term. */
  df: Map<string, number>;
  /** Terms written capitalised mid-sentence most of the time: names, the only words worth matching fuzzily. */
  names: Set<string>;
  passageCount: number;
  /** The plainest (shortest) word each term was written as ('profit', not 'profits'): what its word vector is looked up by. */
  wordOf: Map<string, string>;
}

/**
 * What MiniSearch indexes per passage: its own terms, and as context the terms of the passage
 * before it — so "The two leaders last met in the capital" can be found by the names the previous
 * paragraph gave them. Both are already analysed and space-joined.
 */
export interface IndexedDoc {
  id: string;
  terms: string;
  context: string;
}

/** A term held by fewer passages than this may be a misspelling of a commoner one ('Okafr' for 'Okafor'). */
export const RARE_TERM_DF = 3;

/**
 * Edit distance allowed for a query word: none for a word the index knows well, 1-2 for one it
 * has never seen or seen only rarely — typically a name the user (or one outlet) misspelt.
 */
export function fuzzinessFor(term: string, df: number): number {
  if (df >= RARE_TERM_DF || /\d/.test(term) || term.length < 4) return 0;
  return term.length >= 9 ? 2 : 1;
}

/** Query words at least this long also match longer index words they begin ('nigeria' → 'nigerian'). */
export const PREFIX_MIN_LENGTH = 5;

/** MiniSearch options shared by building and loading, so a persisted index reads back identically. */
export const MINISEARCH_OPTIONS: Options<IndexedDoc> = {
  fields: ['terms', 'context'],
  // Terms are analysed once, before indexing; MiniSearch only splits them back apart.
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
};

/** What one passage adds to the term statistics: its analysed terms in order, each term's words, and capitalisation votes. */
export interface PassageAnalysis {
  terms: string[];
  /** [term, word] for every token: the plainest word a term was written as wins. */
  words: [string, string][];
  /** [term, +1 | -1]: written capitalised (or not) where a sentence does not start; a name wins most votes. */
  caps: [string, number][];
}

/** Analyses one passage for the index and its statistics; every engine builds its statistics from this. */
export function analysePassage(p: Passage): PassageAnalysis {
  const tokens = analyzeTokens(p.text);
  const words: [string, string][] = [];
  const caps: [string, number][] = [];
  for (const t of tokens) {
    words.push([t.term, t.word]);
    if (/^\d/.test(t.term) || /[.!?:"“‘]\s*$|^\s*$/.test(p.text.slice(Math.max(0, t.start - 3), t.start))) continue;
    caps.push([t.term, /^\p{Lu}/u.test(p.text[t.start]!) ? 1 : -1]);
  }
  return { terms: tokens.map((t) => t.term), words, caps };
}

/** Builds the passage index. Every passage is analysed exactly once. */
export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const mini = new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
  const termsOf = new Map<string, ReadonlySet<string>>();
  const df = new Map<string, number>();
  const docs: IndexedDoc[] = [];
  let previous: { articleId: string; terms: string } | null = null;
  const capitalised = new Map<string, number>();
  const wordOf = new Map<string, string>();
  for (const p of passages) {
    const { terms, words, caps } = analysePassage(p);
    for (const [term, word] of words) {
      const seen = wordOf.get(term);
      if (seen === undefined || word.length < seen.length) wordOf.set(term, word);
    }
    for (const [term, vote] of caps) capitalised.set(term, (capitalised.get(term) ?? 0) + vote);
    const set = new Set(terms);
    termsOf.set(p.id, set);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    const joined = terms.join(' ');
    docs.push({ id: p.id, terms: joined, context: previous?.articleId === p.articleId ? previous.terms : '' });
    previous = { articleId: p.articleId, terms: joined };
  }
  mini.addAll(docs);
  const names = new Set([...capitalised].filter(([, n]) => n > 0).map(([t]) => t));
  return { mini, termsOf, df, names, passageCount: passages.length, wordOf };
}

/** Inverse document frequency; a term the index never saw weighs most. */
export function idf(index: Pick<SearchIndex, 'df' | 'passageCount'>, term: string): number {
  const n = index.df.get(term) ?? 0;
  return Math.log(1 + (index.passageCount - n + 0.5) / (n + 0.5));
}

/** A query term and the unstemmed word it came from ('toma' from 'Tomas'). */
export interface QueryTerm {
  term: string;
  word: string;
}

/**
 * One term's query: fuzzy for a word the index lacks (on the unstemmed word too, since stemming
 * a misspelt name can move it further from the right one), prefix for a long word it knows —
 * never both, which matches far too much.
 */
export function termQuery(index: Pick<SearchIndex, 'df'>, { term, word }: QueryTerm): TermSpec {
  const df = index.df.get(term) ?? 0;
  const fuzzy = fuzzinessFor(term, df);
  if (fuzzy > 0) return { queries: word === term ? [term] : [term, word], fuzzy, prefix: false, combineWith: 'OR' as const };
  return { queries: [term], fuzzy: false, prefix: df > 0 && term.length >= PREFIX_MIN_LENGTH };
}
