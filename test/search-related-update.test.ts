/**
 * After a per-article update on a large index the related-word table keeps its clusters and
 * places only new terms: a new word must be found as a neighbour, and an old word's neighbours
 * must stay those the clusters gave it.
 */
import { describe, expect, it } from 'vitest';
import { buildRelatedTable } from '../src/search/vectors.js';
import { wordVectors } from '../src/search/word-vectors.js';

const vectors = wordVectors();

describe.skipIf(!vectors)('related-word table rebuilt on its old clusters', () => {
  it('finds a new term and keeps the old neighbours', () => {
    const words = [...vectors!.rowOf.keys()].filter((w) => /^[a-z]{4,}$/.test(w)).slice(0, 3000);
    const without = new Map(words.filter((w) => w !== 'purchase').map((w) => [w, w]));
    const withIt = new Map([...without, ['purchase', 'purchase']]);
    expect(words).toContain('purchase');
    const before = buildRelatedTable(vectors!, without);
    const after = buildRelatedTable(vectors!, withIt, () => true, before);
    expect(after.basis.centroids).toBe(before.basis.centroids);
    expect(after.basis.placed.get('purchase')).toBeDefined();
    const near = after.neighbours('purchase', 'purchase', 0.3, 10).map((r) => r.term);
    expect(near.length).toBeGreaterThan(0);
    // Every old term stays in its cluster, so its neighbours are the old ones, with the new term among them if close.
    for (const w of words.slice(0, 200)) {
      const old = before.neighbours(w, w, 0.3, 10).map((r) => r.term);
      const now = after.neighbours(w, w, 0.3, 11).map((r) => r.term).filter((t) => t !== 'purchase');
      expect(now.slice(0, old.length), w).toEqual(old);
    }
  });
});
