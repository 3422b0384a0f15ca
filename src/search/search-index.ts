import type { Passage } from '../corpus/types.js';
import type { SearchIndex } from './index.js';
import { PassageIndex } from './passage-index.js';
import { analysePassage, TermStats } from './term-stats.js';

/** Passage sets decoded and kept at most this many at a time: ranking reads a few dozen per question. */
export const TERM_SET_CACHE = 20_000;

/** Passage id → its distinct terms, read off the forward lists (holding 500,000 Sets would cost gigabytes). */
class TermSetsView implements ReadonlyMap<string, ReadonlySet<string>> {
  private cache = new Map<string, ReadonlySet<string>>();
  constructor(private readonly ix: PassageIndex) {}
  /** Forgets decoded sets: an update may have given an id new terms. */
  forget(): void {
    this.cache = new Map();
  }
  get(id: string): ReadonlySet<string> | undefined {
    let s = this.cache.get(id);
    if (s === undefined && (s = this.ix.termsOf(id)) !== undefined) {
      if (this.cache.size >= TERM_SET_CACHE) this.cache = new Map();
      this.cache.set(id, s);
    }
    return s;
  }
  has(id: string): boolean {
    return this.ix.docOf.has(id);
  }
  get size(): number {
    return this.ix.docOf.size;
  }
  *entries(): MapIterator<[string, ReadonlySet<string>]> {
    for (const id of this.ix.docOf.keys()) yield [id, this.get(id)!];
  }
  *keys(): MapIterator<string> {
    yield* this.ix.docOf.keys();
  }
  *values(): MapIterator<ReadonlySet<string>> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(f: (v: ReadonlySet<string>, k: string, m: ReadonlyMap<string, ReadonlySet<string>>) => void, self?: unknown): void {
    for (const [k, v] of this.entries()) f.call(self, v, k, this);
  }
}

/** Term → passages holding it, read off the postings. */
class DfView implements ReadonlyMap<string, number> {
  constructor(private readonly ix: PassageIndex) {}
  get(term: string): number | undefined {
    const t = this.ix.numberOfTerm(term);
    return t === undefined ? undefined : this.ix.df(t);
  }
  has(term: string): boolean {
    return this.ix.numberOfTerm(term) !== undefined;
  }
  get size(): number {
    return this.ix.dict.size;
  }
  *entries(): MapIterator<[string, number]> {
    for (const [term, t] of this.ix.dict) yield [term, this.ix.df(t)];
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<number> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(f: (v: number, k: string, m: ReadonlyMap<string, number>) => void, self?: unknown): void {
    for (const [k, v] of this.entries()) f.call(self, v, k, this);
  }
}

/** An empty search index over `ix` and `stats` (a persisted index passes its own). */
export function createSearchIndex(ix = new PassageIndex(), stats = new TermStats()): SearchIndex {
  const termsOf = new TermSetsView(ix);
  return {
    passages: ix,
    termsOf,
    df: new DfView(ix),
    stats,
    get names() {
      return stats.names;
    },
    get namesVersion() {
      return stats.namesVersion;
    },
    get wordOf() {
      return stats.wordOf;
    },
    get passageCount() {
      return ix.liveCount;
    },
    addArticle(passages: readonly Passage[]) {
      const touched = new Set<string>();
      const analysed = passages.map((p) => {
        const a = analysePassage(p.text);
        stats.apply(a, 1, touched);
        return { id: p.id, terms: a.terms };
      });
      ix.addArticle(analysed);
      stats.refresh(touched);
      termsOf.forget();
    },
    removeArticle(passages: readonly Passage[]) {
      const touched = new Set<string>();
      for (const p of passages) stats.apply(analysePassage(p.text), -1, touched);
      ix.removePassages(passages.map((p) => p.id));
      stats.refresh(touched);
      termsOf.forget();
      return touched;
    },
  };
}
