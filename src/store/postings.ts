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

/** Decodes a run of unsigned LEB128 varints; throws when the bytes end inside one. */
export function readVarints(bytes: Uint8Array): Int32Array<ArrayBuffer> {
  // Counted first (a number ends at each byte without the high bit), so the output is allocated once, at its size.
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) count++;
  const out = new Int32Array(count);
  let size = 0;
  let n = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Every stored number (term number, count, frequency, offset) is far below 2^31: plain bit shifts do.
    n |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      out[size++] = n;
      n = 0;
      shift = 0;
    }
  }
  if (shift !== 0) throw new Error('a table of numbers ends early');
  return out;
}

/** Rebuilds the passage index from packed forward lists; throws when they do not fit the passages. */
export function unpackIndex(packed: PackedIndex, passages: readonly Passage[]): PassageIndex {
  // Stored in the index's own layout (count, then pairs), so the decoded ints are its forward store.
  const fwd = readVarints(packed.bytes);
  const after = passages.map((p, i) => (i > 0 && passages[i - 1]!.articleId === p.articleId ? i - 1 : -1));
  const ix = new PassageIndex();
  ix.bulkLoad(packed.terms, passages.map((p) => p.id), after, fwd);
  return ix;
}
