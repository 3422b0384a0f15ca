import type { SearchIndex } from './index.js';
import { buildRelatedTable, type Basis, type RelatedTable } from './vectors.js';
import { wordVectors } from './word-vectors.js';
import { synonyms } from './wordnet.js';
import { analyze } from './analyze.js';

/** The statistics related words are chosen by (any engine's, not only MiniSearch's). */
type Stats = Pick<SearchIndex, 'df' | 'names' | 'passageCount' | 'wordOf'>;

/** A word related in meaning to a query word, as an index term, with how close it is (cosine, 0-1). */
export interface RelatedTerm {
  term: string;
  similarity: number;
}

/** Terms in more than this share of passages never serve as a related word. */
export const MAX_RELATED_DF_SHARE = 0.1;

// Keyed by the df table, which an engine keeps for its life: a server engine's per-request views share it.
const tables = new WeakMap<object, { table: RelatedTable | null; key: string }>();

/** The terms a table would be built from, with their words, as one string: equal strings, equal tables. */
function tableKey(index: Stats): { key: string; eligible: (t: string) => boolean } {
  // A word in a tenth of all passages says nothing a related word could add ('time', 'year').
  const maxDf = Math.max(2, index.passageCount * MAX_RELATED_DF_SHARE);
  const eligible = (t: string) => (index.df.get(t) ?? 0) <= maxDf && !/\d/.test(t) && !index.names.has(t);
  const parts: string[] = [];
  for (const [term, word] of index.wordOf) if (eligible(term)) parts.push(term, word);
  return { key: parts.join('\0'), eligible };
}

/**
 * The related-word table of an index, built once (the index's own terms, with word vectors);
 * null when no word vectors are installed.
 */
export function relatedTableOf(index: Stats): RelatedTable | null {
  restorePending(index);
  let held = tables.get(index.df);
  if (held === undefined) {
    const vectors = wordVectors();
    const { key, eligible } = vectors ? tableKey(index) : { key: '', eligible: () => false };
    held = { table: vectors ? buildRelatedTable(vectors, index.wordOf, eligible) : null, key };
    tables.set(index.df, held);
  }
  return held.table;
}

/** A related-word table's clusters as stored in a persisted index: centroids, and each placed term's cluster. */
export interface StoredClusters {
  c: number;
  centroids: Float32Array;
  clusters: [term: string, cluster: number][];
}

/** The clusters of an index's related-word table, for saving; null without word vectors. */
export function relatedClustersOf(index: Stats): StoredClusters | null {
  const basis = relatedTableOf(index)?.basis;
  if (!basis) return null;
  return { c: basis.c, centroids: basis.centroids, clusters: [...basis.placed].map(([t, p]) => [t, p.cluster]) };
}

/**
 * Sets an index's related-word table from stored clusters instead of clustering again (what a
 * persisted index loads with): the same table, as long as they place every eligible term in a
 * cluster that exists; otherwise it is built afresh.
 */
export function restoreRelatedTable(index: Stats, stored: StoredClusters): void {
  const vectors = wordVectors();
  if (!vectors || tables.has(index.df)) return;
  const { key, eligible } = tableKey(index);
  const placed = new Map<string, { cluster: number; word: string }>();
  for (const [t, k] of stored.clusters) if (k >= 0 && k < stored.c) placed.set(t, { cluster: k, word: index.wordOf.get(t) ?? t });
  const basis: Basis = { centroids: stored.centroids, c: stored.c, placed };
  try {
    tables.set(index.df, { table: buildRelatedTable(vectors, index.wordOf, eligible, { basis }, true), key });
  } catch {
    relatedTableOf(index);
  }
}

/** Restores put off by restoreRelatedTableLater, by df table. */
const pending = new WeakMap<object, StoredClusters>();

/** Runs an index's put-off restore, if it has one (before anything reads or changes its table). */
function restorePending(index: Stats): void {
  const stored = pending.get(index.df);
  if (stored === undefined) return;
  pending.delete(index.df);
  restoreRelatedTable(index, stored);
}

/**
 * restoreRelatedTable after ready rather than now (about 0.1-0.2 s of a 10,000-article load):
 * on first use, or in the background once the load is done (settleEngine). The
 * same table either way, restored from the index's terms as loaded: any update restores it first.
 */
export function restoreRelatedTableLater(index: Stats, stored: StoredClusters): void {
  if (tables.has(index.df)) return;
  pending.set(index.df, stored);
}

/** Whether an index's related-word table is still to be restored (restoreRelatedTableLater). */
export function relatedPending(index: Stats): boolean {
  return pending.has(index.df);
}

/** Passages from which an update keeps the related-word table's clusters rather than clustering again. */
export const KEEP_CLUSTERS_FROM_PASSAGES = 20_000;

/**
 * After an update: rebuilds the index's related-word table only if the terms it is built from
 * changed; on a large index keeping its clusters and placing only the new terms (a small corpus
 * is clustered again, exactly as a fresh build would). `previous` is the statistics the table was
 * built for when the update made new ones (a server engine's copy-on-write reload); by default
 * the index itself, updated in place.
 */
export function refreshRelatedTable(index: Stats, previous: Stats = index): void {
  restorePending(previous);
  const held = tables.get(previous.df);
  const vectors = wordVectors();
  if (held === undefined || held.table === null || !vectors) return;
  const { key, eligible } = tableKey(index);
  if (key === held.key) {
    if (previous !== index) tables.set(index.df, held);
    return;
  }
  const reuse = index.passageCount >= KEEP_CLUSTERS_FROM_PASSAGES ? held.table : undefined;
  tables.set(index.df, { table: buildRelatedTable(vectors, index.wordOf, eligible, reuse), key });
}

/**
 * The index terms related in meaning to a query term ('buy' for 'purchase', 'kill' for 'die'):
 * its word vector's nearest neighbours among the corpus's own terms, most similar first.
 */
export function relatedTerms(index: Stats, term: string, word: string, minSimilarity: number, k: number): RelatedTerm[] {
  return relatedTableOf(index)?.neighbours(term, word, minSimilarity, k) ?? [];
}

/**
 * The index terms of a word's WordNet synonyms ('purchase' for 'buy', 'profit' for 'earnings'),
 * those the corpus holds; empty when WordNet is not installed.
 */
export function synonymTerms(index: Stats, word: string): string[] {
  const table = synonyms();
  if (!table) return [];
  let byWord = synonymCache.get(index.df);
  if (!byWord) synonymCache.set(index.df, (byWord = new Map()));
  let out = byWord.get(word);
  if (!out) {
    const found = new Set<string>();
    for (const s of table.of(word)) {
      // WordNet has no pronouns: its 'us' is the country, as the index's 'US' is.
      const terms = analyze(s, 'index', { caselessUs: true });
      if (terms.length === 1 && index.df.has(terms[0]!)) found.add(terms[0]!);
    }
    if (byWord.size >= SYNONYM_CACHE_MAX) byWord.clear();
    byWord.set(word, (out = [...found]));
  }
  return out;
}

/** Words whose synonyms are remembered per index: questions repeat their words. */
const SYNONYM_CACHE_MAX = 5000;
const synonymCache = new WeakMap<object, Map<string, string[]>>();
