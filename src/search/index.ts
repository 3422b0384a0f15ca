import type { Passage } from '../corpus/types.js';
import type { PassageIndex } from './passage-index.js';
import type { TermSpec } from './query.js';
import type { TermStats } from './term-stats.js';
import { createSearchIndex } from './search-index.js';
import { namesNear } from './name-table.js';

export { createSearchIndex } from './search-index.js';

/** The passage index plus the term statistics ranking needs, all updated per article. */
export interface SearchIndex {
  /** Postings of every passage's own terms (context postings are read off them). */
  passages: PassageIndex;
  /** Distinct terms of each passage, by passage id: for snippet coverage and near-duplicate tests. */
  termsOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** How many passages hold each term. */
  df: ReadonlyMap<string, number>;
  /** Terms written capitalised mid-sentence most of the time: names, the only words worth matching fuzzily. */
  names: ReadonlySet<string>;
  /** Counts changes to `names` made in place (undefined where each change makes a new set). */
  namesVersion?: number;
  passageCount: number;
  /** The plainest (shortest) word each term was written as ('profit', not 'profits'): what its word vector is looked up by. */
  wordOf: ReadonlyMap<string, string>;
  /** The counts behind `names` and `wordOf`. */
  stats: TermStats;
  /** Adds an article's passages (in reading order); its statistics follow. */
  addArticle(passages: readonly Passage[]): void;
  /** Removes an article's passages, as they were indexed; returns the terms whose statistics changed. */
  removeArticle(passages: readonly Passage[]): Set<string>;
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

/** Builds the passage index one article at a time (each passage analysed exactly once). */
export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const index = createSearchIndex();
  let from = 0;
  for (let i = 1; i <= passages.length; i++) {
    if (i < passages.length && passages[i]!.articleId === passages[from]!.articleId) continue;
    index.addArticle(passages.slice(from, i));
    from = i;
  }
  return index;
}

/**
 * Names of the index within `maxDistance` edits of a word as written ('jinpin' → the term of
 * 'Jinping'). Compared as written, not as stemmed: a misspelling can stem far from the name's
 * stem ('jinpin' stays, 'jinping' becomes 'jinp'), which MiniSearch's fuzzy search cannot bridge.
 * Follows an index that changes: the names are grouped afresh after each change.
 */
export function nearSpellings(index: Pick<SearchIndex, 'names' | 'wordOf' | 'namesVersion'>, word: string, maxDistance: number): string[] {
  return namesNear(index.names, index.wordOf, index.namesVersion, word.toLowerCase(), maxDistance);
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
  const prefix = df > 0 && term.length >= PREFIX_MIN_LENGTH;
  return writtenForm(index, term, word) ? { queries: [term, word], fuzzy: false, prefix, combineWith: 'OR' as const } : { queries: [term], fuzzy: false, prefix };
}

/**
 * True when the index holds the query word as written beside its stem: the stemmer sends other
 * forms of it there ('viruses' to 'virus' while 'virus' stems to 'viru'; 'CBS' kept as written
 * while a typed 'cbs' stems to 'cb'). The word as written is then the same word, not a relative;
 * a form the stem does not begin ('found', stemmed as 'find') is another word.
 */
export function writtenForm(index: Pick<SearchIndex, 'df'>, term: string, word: string): boolean {
  return word !== term && word.startsWith(term.slice(0, -1)) && index.df.has(word);
}
