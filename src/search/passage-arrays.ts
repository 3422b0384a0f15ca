/**
 * The typed arrays the passage index (src/search/passage-index.ts) is made of: growable posting
 * lists and forward-list store, and the arrays as a persisted index stores them.
 */

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

/** A growable Int32 array: the forward lists of every passage, end to end; the index file's postings as written. */
export class IntStore {
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
export function forwardStarts(fwd: Int32Array, passages: number, terms: number): Int32Array {
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
