import type { RelatedTerm } from './related.js';
import type { WordVectors } from './word-vectors.js';

/** Nearest neighbours in meaning among a corpus's terms. */
export interface RelatedTable {
  /** Terms related to a query term (or, when the corpus lacks it, to the word it came from). */
  neighbours(term: string, word: string, minSimilarity: number, k: number): RelatedTerm[];
  /** The clusters and who is in them, for rebuilding after an update without clustering again. */
  readonly basis: Basis;
}

/** Learnt centroids, and the cluster and word of each term placed in them. */
export interface Basis {
  centroids: Float32Array;
  c: number;
  placed: ReadonlyMap<string, { cluster: number; word: string }>;
}

/** Members of each cluster: kept from `basis` for a term whose word is unchanged, else the nearest centroid. */
function placeIn(basis: Basis, terms: readonly string[], wordOf: ReadonlyMap<string, string>, m: Float32Array, dims: number): number[][] {
  const members: number[][] = Array.from({ length: basis.c }, () => []);
  terms.forEach((t, i) => {
    const was = basis.placed.get(t);
    members[was && was.word === wordOf.get(t) ? was.cluster : nearest(m, i, basis.centroids, basis.c, dims)]!.push(i);
  });
  return members;
}

/**
 * How the neighbour search is cut: the corpus's term vectors are grouped into clusters once, and a
 * query compares only the members of the clusters nearest it (an inverted-file index), so finding
 * related words costs a fraction of a millisecond instead of a pass over every term.
 */
export const NEIGHBOUR_SEARCH = {
  /** Clusters per square root of the vocabulary. */
  clustersPerRoot: 1,
  /** k-means rounds at build time, on a sample of the vocabulary. */
  rounds: 3,
  /** Terms the centroids are learnt from; every term is then assigned once. */
  sample: 4000,
  /** Clusters searched per query. */
  probes: 4,
  /** Answers remembered per table. */
  cacheSize: 5000,
} as const;

function dot(a: Float32Array, ai: number, b: Float32Array, bi: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[ai + d]! * b[bi + d]!;
  return s;
}

function normalise(m: Float32Array, row: number, dims: number): void {
  let n = 0;
  for (let d = 0; d < dims; d++) n += m[row * dims + d]! ** 2;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < dims; d++) m[row * dims + d]! /= n;
}

/** The nearest centroid of row i. */
function nearest(rows: Float32Array, i: number, centroids: Float32Array, c: number, dims: number): number {
  let best = 0;
  let bestSim = -Infinity;
  for (let k = 0; k < c; k++) {
    const s = dot(rows, i * dims, centroids, k * dims, dims);
    if (s > bestSim) [best, bestSim] = [k, s];
  }
  return best;
}

/**
 * Groups rows around `c` centroids: spherical k-means on an evenly spread sample (deterministic),
 * then every row assigned to its nearest centroid once.
 */
function cluster(rows: Float32Array, n: number, dims: number, c: number): { centroids: Float32Array; members: number[][] } {
  const step = Math.max(1, Math.floor(n / NEIGHBOUR_SEARCH.sample));
  const sample = Array.from({ length: Math.ceil(n / step) }, (_, j) => j * step);
  const centroids = new Float32Array(c * dims);
  for (let k = 0; k < c; k++) {
    const i = sample[Math.floor((k * sample.length) / c)]!;
    centroids.set(rows.subarray(i * dims, i * dims + dims), k * dims);
  }
  for (let round = 0; round < NEIGHBOUR_SEARCH.rounds; round++) {
    const sums = new Float32Array(c * dims);
    for (const i of sample) {
      const k = nearest(rows, i, centroids, c, dims);
      for (let d = 0; d < dims; d++) sums[k * dims + d]! += rows[i * dims + d]!;
    }
    for (let k = 0; k < c; k++) {
      // A centroid nothing chose keeps its place rather than collapsing to zero.
      if (sums.subarray(k * dims, k * dims + dims).some((x) => x !== 0)) centroids.set(sums.subarray(k * dims, k * dims + dims), k * dims);
      normalise(centroids, k, dims);
    }
  }
  const members: number[][] = Array.from({ length: c }, () => []);
  for (let i = 0; i < n; i++) members[nearest(rows, i, centroids, c, dims)]!.push(i);
  return { centroids, members };
}

/** The eligible terms that have a vector, and their vectors as one normalised row-major matrix. */
function termMatrix(vectors: WordVectors, wordOf: ReadonlyMap<string, string>, eligible: (term: string) => boolean): { terms: string[]; m: Float32Array } {
  const dims = vectors.dims;
  const terms: string[] = [];
  const rows: number[] = [];
  // In term order, not the corpus's: the clusters then depend on which terms there are, never
  // on the order articles were indexed or updated in. Only the terms kept are sorted (a fraction
  // of a big archive's vocabulary): the same order as sorting all of them.
  for (const [term, word] of wordOf) if (word.length >= 3 && vectors.rowOf.has(word) && eligible(term)) terms.push(term);
  terms.sort();
  for (const term of terms) rows.push(vectors.rowOf.get(wordOf.get(term)!)!);
  const m = new Float32Array(terms.length * dims);
  rows.forEach((r, i) => {
    for (let d = 0; d < dims; d++) m[i * dims + d] = vectors.data[r * dims + d]! / 127;
    normalise(m, i, dims);
  });
  return { terms, m };
}

/**
 * Builds the related-word table of a corpus: each term's vector is that of the plainest word the
 * corpus wrote it as. `wordOf` maps index terms to that word; terms without a vector, and those
 * `eligible` rejects, are left out. Given the table it replaces (`reuse`), the clusters are kept
 * and only new or re-worded terms are placed: milliseconds instead of clustering again. With
 * `exact` (a persisted index's stored clusters) every term must already be placed, or it throws:
 * the table is then the very one that was saved.
 */
export function buildRelatedTable(vectors: WordVectors, wordOf: ReadonlyMap<string, string>, eligible: (term: string) => boolean = () => true, reuse?: Pick<RelatedTable, 'basis'>, exact = false): RelatedTable {
  const dims = vectors.dims;
  const { terms, m } = termMatrix(vectors, wordOf, eligible);
  const n = terms.length;
  let c = Math.max(1, Math.min(n, Math.round(Math.sqrt(n) * NEIGHBOUR_SEARCH.clustersPerRoot)));
  let centroids: Float32Array;
  let members: number[][];
  if (exact && (reuse?.basis.centroids.length !== (reuse?.basis.c ?? 0) * dims || terms.some((t) => !reuse!.basis.placed.has(t)))) {
    throw new Error('the stored related-word clusters do not fit the terms');
  }
  if (reuse && reuse.basis.c > 0 && n > 0) {
    ({ centroids, c } = reuse.basis);
    members = placeIn(reuse.basis, terms, wordOf, m, dims);
  } else ({ centroids, members } = n > 0 ? cluster(m, n, dims, c) : { centroids: new Float32Array(0), members: [] });
  const placed = new Map<string, { cluster: number; word: string }>();
  members.forEach((list, k) => list.forEach((i) => placed.set(terms[i]!, { cluster: k, word: wordOf.get(terms[i]!)! })));
  const indexOf = new Map(terms.map((t, i) => [t, i]));
  const cache = new Map<string, RelatedTerm[]>();

  const queryVector = (term: string, word: string): Float32Array | null => {
    const i = indexOf.get(term);
    if (i !== undefined) return m.subarray(i * dims, i * dims + dims);
    const row = vectors.rowOf.get(word);
    if (row === undefined) return null;
    const v = new Float32Array(dims);
    for (let d = 0; d < dims; d++) v[d] = vectors.data[row * dims + d]! / 127;
    normalise(v, 0, dims);
    return v;
  };

  const search = (term: string, word: string, minSimilarity: number, k: number): RelatedTerm[] => {
    const q = queryVector(term, word);
    if (!q || n === 0) return [];
    const nearest = Array.from({ length: c }, (_, j) => [j, dot(q, 0, centroids, j * dims, dims)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, NEIGHBOUR_SEARCH.probes);
    const out: RelatedTerm[] = [];
    for (const [j] of nearest) {
      for (const i of members[j]!) {
        if (terms[i] === term) continue;
        const s = dot(q, 0, m, i * dims, dims);
        if (s >= minSimilarity) out.push({ term: terms[i]!, similarity: s });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  };

  return {
    basis: { centroids, c: n > 0 ? c : 0, placed },
    neighbours(term, word, minSimilarity, k) {
      const key = `${term}\0${word}\0${minSimilarity}\0${k}`;
      let hit = cache.get(key);
      if (!hit) {
        if (cache.size >= NEIGHBOUR_SEARCH.cacheSize) cache.clear();
        cache.set(key, (hit = search(term, word, minSimilarity, k)));
      }
      return hit;
    },
  };
}
