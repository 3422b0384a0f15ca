import SearchableMap from 'minisearch/SearchableMap';
import { forwardStarts, IntStore, PostingList, type StoredPostings } from './passage-arrays.js';

export { PostingList, type StoredPostings } from './passage-arrays.js';

/**
 * The passage index, owned end to end: our own postings over our own analysed terms, with
 * MiniSearch only lending its public radix tree (SearchableMap) for prefix and fuzzy term lookup.
 * It holds, per passage, its distinct terms and their frequencies (the forward list) and, per
 * term, the passages holding it (the postings). A passage is searched by its own terms and, as
 * context, by the terms of the passage before it in the same article; context postings are not
 * stored but read off the previous passage's, since they are exactly those.
 *
 * Articles are added and removed whole, so the index is updated per article without a rebuild.
 * Passage numbers are never reused; a removed passage's postings are cut out at once.
 */

/** A passage as the index takes it: its id and its analysed terms in reading order. */
export interface IndexedPassage {
  id: string;
  terms: readonly string[];
}

export class PassageIndex {
  /**
   * Term → term number, for exact, prefix and fuzzy lookup. Holds only terms some passage has.
   * A loaded index builds it after ready (28,390 inserts, about 60 ms at 10,000 articles), from
   * `numberOf` in its order, which is the order it was filled in: the same tree. Every change
   * goes through this getter, so the tree is built before it is changed.
   */
  get dict(): SearchableMap<number> {
    if (this.tree === null) {
      this.tree = new SearchableMap<number>();
      for (const [term, t] of this.numberOf) this.tree.set(term, t);
    }
    return this.tree;
  }
  private tree: SearchableMap<number> | null = new SearchableMap<number>();
  /** Term by number (a term no passage holds any more keeps its number). */
  readonly termList: string[] = [];
  readonly postings: PostingList[] = [];
  /** Live passages holding each term in their context (the passage after one holding it). */
  readonly ctxDf: number[] = [];
  /** Passage id by number; null once removed. */
  readonly ids: (string | null)[] = [];
  /** Passage number by id; a loaded index builds it after ready, in passage order (as linkPassage fills it), and every change goes through this getter. */
  get docOf(): Map<string, number> {
    if (this.idMap === null) {
      const m = new Map<string, number>();
      for (let d = 0; d < this.ids.length; d++) if (this.ids[d] !== null) m.set(this.ids[d]!, d);
      if (m.size !== this.liveCount) throw new Error('a passage id is indexed twice');
      this.idMap = m;
    }
    return this.idMap;
  }
  private idMap: Map<string, number> | null = new Map<string, number>();
  /** The previous and next passage of the same article, or -1. */
  readonly prev: number[] = [];
  readonly next: number[] = [];
  /** Distinct terms of each passage (at least 1, as MiniSearch counts an empty field): its field length. */
  readonly len: number[] = [];
  /** Where each passage's forward list starts in `fwd` (pairs of term number, frequency). */
  readonly fwdAt: number[] = [];
  private readonly fwd = new IntStore();
  liveCount = 0;
  private sumLen = 0;
  private sumCtxLen = 0;

  /** Average field lengths of the live passages: own terms, context. */
  averageLengths(): [number, number] {
    return this.liveCount === 0 ? [0, 0] : [this.sumLen / this.liveCount, this.sumCtxLen / this.liveCount];
  }

  /** The number of a term, creating it when new. */
  termNumber(term: string): number {
    return this.numberOf.get(term) ?? this.reviveOrCreate(term);
  }

  /** The same as `dict`, for exact lookups (a hash lookup, not a walk down the tree). */
  private readonly numberOf = new Map<string, number>();

  /** The number of a term some passage holds; undefined otherwise (what `dict.get` says, faster). */
  numberOfTerm(term: string): number | undefined {
    return this.numberOf.get(term);
  }

  /** Terms no passage holds any more, by their old number: a term that comes back reuses it. */
  private readonly retired = new Map<string, number>();

  private reviveOrCreate(term: string): number {
    let t = this.retired.get(term);
    if (t !== undefined) this.retired.delete(term);
    else {
      t = this.termList.length;
      this.termList.push(term);
      this.postings.push(new PostingList());
      this.ctxDf.push(0);
    }
    this.dict.set(term, t);
    this.numberOf.set(term, t);
    return t;
  }

  /** The forward list of a live passage: [term number, frequency] pairs, first occurrence first. */
  forward(doc: number): Int32Array {
    const at = this.fwdAt[doc]!;
    return this.fwd.data.subarray(at + 1, at + 1 + this.fwd.data[at]! * 2);
  }

  /** The distinct terms of a passage by id; undefined for a passage the index lacks. */
  termsOf(id: string): Set<string> | undefined {
    const doc = this.docOf.get(id);
    if (doc === undefined) return undefined;
    const f = this.forward(doc);
    const out = new Set<string>();
    for (let i = 0; i < f.length; i += 2) out.add(this.termList[f[i]!]!);
    return out;
  }

  /** Adds one passage with its forward list given as term numbers and frequencies; `after` is the previous passage of its article or -1. */
  addForward(id: string, pairs: ArrayLike<number>, after: number): number {
    const doc = this.ids.length;
    this.fwdAt.push(this.fwd.size);
    this.fwd.push(pairs.length / 2);
    for (let i = 0; i < pairs.length; i += 2) {
      this.fwd.push(pairs[i]!);
      this.fwd.push(pairs[i + 1]!);
      this.postings[pairs[i]!]!.push(doc, pairs[i + 1]!);
    }
    this.linkPassage(id, doc, Math.max(1, pairs.length / 2), after);
    return doc;
  }

  /**
   * Fills an empty index from stored arrays (src/store/postings.ts), used as they are: a
   * persisted index loads without rebuilding its postings or a per-posting allocation. Every
   * posting list is a view into the one pair of arrays (a list that grows later by an update
   * moves to arrays of its own). `after[i]` is passage i's predecessor in its article, or -1.
   * Throws when the arrays do not fit the passages and terms (checked in a few linear passes).
   */
  load(terms: readonly string[], ids: readonly string[], after: ArrayLike<number>, a: StoredPostings): void {
    if (this.ids.length > 0) throw new Error('load needs an empty index');
    for (let t = 0; t < terms.length; t++) {
      this.termList.push(terms[t]!);
      this.postings.push(new PostingList());
      this.ctxDf.push(0);
      this.numberOf.set(terms[t]!, t);
    }
    if (this.numberOf.size !== terms.length) throw new Error('the index lists a term twice');
    if (a.counts.length !== terms.length || a.ctx.length !== terms.length || a.freqs.length !== a.docs.length) throw new Error('the postings do not fit the term list');
    const starts = forwardStarts(a.fwd, ids.length, terms.length);
    let from = 0;
    for (let t = 0; t < terms.length; t++) {
      const c = a.counts[t]!;
      if (c <= 0 || from + c > a.docs.length) throw new Error(`term ${terms[t]} is held by no passage, or by more than there are`);
      for (let i = from, last = -1; i < from + c; last = a.docs[i++]!) if (a.docs[i]! <= last || a.docs[i]! >= ids.length) throw new Error(`the postings of term ${terms[t]} are out of order`);
      const list = this.postings[t]!;
      list.docs = a.docs.subarray(from, from + c);
      list.freqs = a.freqs.subarray(from, from + c);
      list.size = c;
      this.ctxDf[t] = a.ctx[t]!;
      from += c;
    }
    if (from !== a.docs.length || 2 * from !== a.fwd.length - ids.length) throw new Error('the postings do not fit the forward lists');
    this.fwd.data = a.fwd;
    this.fwd.size = a.fwd.length;
    this.tree = null;
    this.idMap = null;
    for (let d = 0; d < ids.length; d++) {
      this.fwdAt.push(starts[d]!);
      this.linkPassage(ids[d]!, d, Math.max(1, a.fwd[starts[d]!]!), after[d]!, true);
    }
  }

  /** Records passage `doc` (its forward list already stored) with its neighbours and lengths. */
  private linkPassage(id: string, doc: number, len: number, after: number, loading = false): void {
    // While loading, the id map is left to be built after ready (it checks for twice-indexed ids then).
    if (!loading) {
      if (this.docOf.has(id)) throw new Error(`passage ${id} is indexed twice`);
      this.docOf.set(id, doc);
    }
    this.ids.push(id);
    this.len.push(len);
    this.prev.push(after);
    this.next.push(-1);
    if (after >= 0) this.next[after] = doc;
    if (after >= 0 && !loading) {
      const data = this.fwd.data;
      const from = this.fwdAt[after]!;
      for (let i = from + 1; i < from + 1 + 2 * data[from]!; i += 2) this.ctxDf[data[i]!]!++;
    }
    this.liveCount++;
    this.sumLen += len;
    this.sumCtxLen += after >= 0 ? this.len[after]! : 1;
  }

  /** Adds an article's passages in reading order. */
  addArticle(passages: readonly IndexedPassage[]): void {
    let after = -1;
    for (const p of passages) {
      const freq = new Map<number, number>();
      for (const term of p.terms) {
        const t = this.termNumber(term);
        freq.set(t, (freq.get(t) ?? 0) + 1);
      }
      const pairs: number[] = [];
      for (const [t, n] of freq) pairs.push(t, n);
      after = this.addForward(p.id, pairs, after);
    }
  }

  /** Removes passages (whole articles: each one's neighbours go with it) and their postings. Returns the terms they held. */
  removePassages(ids: readonly string[]): Set<number> {
    const gone = new Set<number>();
    for (const id of ids) {
      const doc = this.docOf.get(id);
      if (doc !== undefined) gone.add(doc);
    }
    const touched = new Set<number>();
    for (const doc of gone) {
      const f = this.forward(doc);
      const hasNext = this.next[doc]! >= 0;
      for (let i = 0; i < f.length; i += 2) {
        touched.add(f[i]!);
        if (hasNext) this.ctxDf[f[i]!]!--;
      }
      this.liveCount--;
      this.sumLen -= this.len[doc]!;
      this.sumCtxLen -= this.prev[doc]! >= 0 ? this.len[this.prev[doc]!]! : 1;
      this.docOf.delete(this.ids[doc]!);
      this.ids[doc] = null;
    }
    for (const doc of gone) {
      // A neighbour outside the removed set would have its context changed: not a whole article.
      for (const n of [this.prev[doc]!, this.next[doc]!]) if (n >= 0 && !gone.has(n)) throw new Error(`passage ${this.ids[n]} lost a neighbour; remove whole articles`);
    }
    for (const t of touched) {
      const list = this.postings[t]!;
      list.removeWhere((d) => gone.has(d));
      if (list.size === 0) {
        this.dict.delete(this.termList[t]!);
        this.numberOf.delete(this.termList[t]!);
        this.retired.set(this.termList[t]!, t);
      }
    }
    return touched;
  }

  /** Passages holding a term in their own text (its document frequency). */
  df(t: number): number {
    return this.postings[t]!.size;
  }
}
