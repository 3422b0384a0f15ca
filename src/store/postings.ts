import type { Passage } from '../corpus/types.js';
import { PassageIndex } from '../search/passage-index.js';

/**
 * The passage index on disk: every live passage's forward list (term number, frequency) as
 * varint bytes, in corpus order, and the live terms by number. Postings are not stored: reading
 * the forward lists back rebuilds them in one pass, at a few bytes per posting on disk and none
 * of MiniSearch's internals involved.
 */

/** Growable byte buffer of unsigned LEB128 varints. */
export class VarintWriter {
  buf = new Uint8Array(1 << 16);
  at = 0;
  push(n: number): void {
    if (this.at + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (n >= 0x80) {
      this.buf[this.at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.at++] = n;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

/** Reads varints from a byte array; a read past the end throws (a file cut short). */
export class VarintReader {
  at = 0;
  constructor(private readonly buf: Uint8Array) {}
  next(): number {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      if (this.at >= this.buf.length) throw new Error('the postings end early');
      b = this.buf[this.at++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  }
}

/** The passage index packed for storage: live terms renumbered densely, and the forward lists. */
export interface PackedIndex {
  terms: string[];
  bytes: Uint8Array;
}

/** Packs the forward lists of `passages` (the corpus order, which is the index's), renumbering terms as first met. */
export function packIndex(ix: PassageIndex, passages: readonly Passage[]): PackedIndex {
  const renumber = new Map<number, number>();
  const terms: string[] = [];
  const w = new VarintWriter();
  for (const p of passages) {
    const doc = ix.docOf.get(p.id);
    if (doc === undefined) throw new Error(`passage ${p.id} is not indexed`);
    const f = ix.forward(doc);
    w.push(f.length / 2);
    for (let i = 0; i < f.length; i += 2) {
      let t = renumber.get(f[i]!);
      if (t === undefined) {
        renumber.set(f[i]!, (t = terms.length));
        terms.push(ix.termList[f[i]!]!);
      }
      w.push(t);
      w.push(f[i + 1]!);
    }
  }
  return { terms, bytes: w.bytes() };
}

/** Rebuilds the passage index from packed forward lists; throws when they do not fit the passages. */
export function unpackIndex(packed: PackedIndex, passages: readonly Passage[]): PassageIndex {
  const ix = new PassageIndex();
  const numbers = packed.terms.map((t) => ix.termNumber(t));
  if (ix.termList.length !== packed.terms.length) throw new Error('the index lists a term twice');
  const r = new VarintReader(packed.bytes);
  let pairs = new Int32Array(256);
  passages.forEach((p, i) => {
    const n = r.next();
    if (pairs.length < n * 2) pairs = new Int32Array(n * 2);
    for (let k = 0; k < n; k++) {
      const t = numbers[r.next()];
      if (t === undefined) throw new Error(`passage ${p.id} holds an unknown term`);
      pairs[2 * k] = t;
      pairs[2 * k + 1] = r.next();
    }
    const after = i > 0 && passages[i - 1]!.articleId === p.articleId ? i - 1 : -1;
    ix.addForward(p.id, pairs.subarray(0, n * 2), after);
  });
  if (r.at !== packed.bytes.length) throw new Error('the postings hold more passages than the corpus');
  for (let t = 0; t < ix.termList.length; t++) if (ix.df(t) === 0) throw new Error(`term ${ix.termList[t]} is held by no passage`);
  return ix;
}
