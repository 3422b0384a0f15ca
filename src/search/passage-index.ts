import SearchableMap from 'minisearch/SearchableMap';

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

const NO_DOCS = new Int32Array(0);
const NO_FREQS = new Uint16Array(0);

/** A growable list of (passage, frequency) pairs, passage numbers ascending. */
export class PostingList {
  // Shared empty arrays until the first push (which replaces them): a loaded index sets its own at
  // once, so none are allocated per term.
  docs: Int32Array = NO_DOCS;
  freqs: Uint16Array = NO_FREQS;
  size = 0;
  push(doc: number, freq: number): void {
    if (this.size === this.docs.length) {
      const docs = new Int32Array(Math.max(4, this.size * 2));
      docs.set(this.docs);
      const freqs = new Uint16Array(Math.max(4, this.size * 2));
      freqs.set(this.freqs);
      [this.docs, this.freqs] = [docs, freqs];
    }
    this.docs[this.size] = doc;
    this.freqs[this.size++] = Math.min(freq, 0xffff);
  }
  /** Drops the pairs whose passage `gone` says is removed, keeping the order. */
  removeWhere(gone: (doc: number) => boolean): void {
    let w = 0;
    for (let r = 0; r < this.size; r++) {
      if (gone(this.docs[r]!)) continue;
      this.docs[w] = this.docs[r]!;
      this.freqs[w++] = this.freqs[r]!;
    }
    this.size = w;
  }
}

/** A growable Int32 array: the forward lists of every passage, end to end. */
class IntStore {
  data = new Int32Array(1 << 16);
  size = 0;
  push(n: number): void {
    if (this.size === this.data.length) {
      const next = new Int32Array(this.size * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = n;
  }
}

/** The passage index's arrays as a persisted index stores them (see src/store/postings.ts). */
export interface StoredPostings {
  /** Forward lists end to end, in passage order: count, then term number and frequency pairs. */
  fwd: Int32Array<ArrayBuffer>;
  /** Postings per term, in term order. */
  counts: Int32Array<ArrayBuffer>;
  /** Every term's passages end to end, ascending within a term, and their frequencies. */
  docs: Int32Array<ArrayBuffer>;
  freqs: Uint16Array<ArrayBuffer>;
  /** Per term, the passages holding it in their context. */
  ctx: Int32Array<ArrayBuffer>;
}

/** Where each of `passages` forward lists starts; throws when they are not exactly that many, or name a term past `terms`. */
function forwardStarts(fwd: Int32Array, passages: number, terms: number): Int32Array {
  const starts = new Int32Array(passages);
  let at = 0;
  for (let d = 0; d < passages; d++) {
    if (at >= fwd.length) throw new Error('the postings hold fewer passages than the corpus');
    starts[d] = at;
    const end = at + 1 + 2 * fwd[at]!;
    if (fwd[at]! < 0 || end > fwd.length) throw new Error('a forward list is cut short');
    for (let i = at + 1; i < end; i += 2) if (fwd[i]! < 0 || fwd[i]! >= terms || fwd[i + 1]! <= 0) throw new Error(`passage ${d} holds an unknown term`);
    at = end;
  }
  if (at !== fwd.length) throw new Error('the postings hold more passages than the corpus');
  return starts;
}

export class PassageIndex {
  /** Term → term number, for exact, prefix and fuzzy lookup. Holds only terms some passage has. */
  readonly dict = new SearchableMap<number>();
  /** Term by number (a term no passage holds any more keeps its number). */
  readonly termList: string[] = [];
  readonly postings: PostingList[] = [];
  /** Live passages holding each term in their context (the passage after one holding it). */
  readonly ctxDf: number[] = [];
  /** Passage id by number; null once removed. */
  readonly ids: (string | null)[] = [];
  readonly docOf = new Map<string, number>();
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
    for (const term of terms) this.reviveOrCreate(term);
    if (this.termList.length !== terms.length) throw new Error('the index lists a term twice');
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
    for (let d = 0; d < ids.length; d++) {
      this.fwdAt.push(starts[d]!);
      this.linkPassage(ids[d]!, d, Math.max(1, a.fwd[starts[d]!]!), after[d]!, false);
    }
  }

  /** Records passage `doc` (its forward list already stored) with its neighbours and lengths. */
  private linkPassage(id: string, doc: number, len: number, after: number, countContext = true): void {
    if (this.docOf.has(id)) throw new Error(`passage ${id} is indexed twice`);
    this.ids.push(id);
    this.docOf.set(id, doc);
    this.len.push(len);
    this.prev.push(after);
    this.next.push(-1);
    if (after >= 0) this.next[after] = doc;
    if (after >= 0 && countContext) {
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
