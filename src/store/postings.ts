import type { Passage } from '../corpus/types.js';
import { IntStore } from '../search/passage-arrays.js';
import { PassageIndex, type StoredPostings } from '../search/passage-index.js';

/**
 * The passage index on disk, in the very layout the index searches (format 5): every live
 * passage's forward list (count, then term number and frequency pairs) in corpus order, and per
 * term (numbered densely as first met) its postings, passage numbers ascending, with the count of
 * passages holding it in their context. Each is a typed array's bytes, a binary field of its own
 * (src/store/lines.ts), so loading views them where they were read: no decoding, no pass that
 * rebuilds the postings (that pass, with the varint decoding before it, was about 0.3 s of CPU
 * of a 10,000-article load). The price is a larger file (plain 32-bit numbers, not varints).
 */

/** Growable byte buffer of unsigned LEB128 varints (the corpus section's passage table). */
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

/** The passage index packed for storage: live terms renumbered densely, the forward lists and the postings. */
export interface PackedIndex extends StoredPostings {
  terms: string[];
}


/** Each passage's predecessor in its article (corpus order), or -1. */
export function predecessors(passages: readonly Passage[]): number[] {
  return passages.map((p, i) => (i > 0 && passages[i - 1]!.articleId === p.articleId ? i - 1 : -1));
}

/** Packs the forward lists of `passages` (the corpus order, which is the index's), renumbering terms as first met, with the postings they give. */
export function packIndex(ix: PassageIndex, passages: readonly Passage[]): PackedIndex {
  const renumber = new Map<number, number>();
  const terms: string[] = [];
  const w = new IntStore();
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
  const fwd = w.data.slice(0, w.size);
  return { terms, fwd, ...invert(terms.length, fwd, predecessors(passages)) };
}

/**
 * The postings of forward lists, in passage order (what the index held when it was built, and
 * what loading the forward lists used to rebuild): per term its passages ascending, and how many
 * passages hold it in their context (a passage followed by another in its article gives each of
 * its terms to that one's context).
 */
function invert(termCount: number, fwd: Int32Array, after: readonly number[]): Omit<StoredPostings, 'fwd'> {
  const counts = new Int32Array(termCount);
  for (let at = 0; at < fwd.length; at += 1 + 2 * fwd[at]!) for (let k = 0; k < fwd[at]!; k++) counts[fwd[at + 1 + 2 * k]!]!++;
  const docs = new Int32Array(counts.reduce((a, b) => a + b, 0));
  const freqs = new Uint16Array(docs.length);
  const pos = new Int32Array(termCount);
  for (let t = 1; t < termCount; t++) pos[t] = pos[t - 1]! + counts[t - 1]!;
  const followed = new Uint8Array(after.length);
  for (const a of after) if (a >= 0) followed[a] = 1;
  const ctx = new Int32Array(termCount);
  for (let d = 0, at = 0; at < fwd.length; d++, at += 1 + 2 * fwd[at]!) {
    for (let i = at + 1; i < at + 1 + 2 * fwd[at]!; i += 2) {
      const t = fwd[i]!;
      docs[pos[t]!] = d;
      freqs[pos[t]!++] = fwd[i + 1]!;
      ctx[t]! += followed[d]!;
    }
  }
  return { counts, docs, freqs, ctx };
}

/** The binary fields of the postings section: each array's bytes. */
export function postingFields(p: StoredPostings): Record<string, Uint8Array> {
  const bytes = (a: Int32Array | Uint16Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return { fwd: bytes(p.fwd), counts: bytes(p.counts), docs: bytes(p.docs), freqs: bytes(p.freqs), ctx: bytes(p.ctx) };
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

/** A binary field as the typed array it was written from; throws when its bytes cannot be one. */
function view<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(field: unknown, name: string, make: new (b: ArrayBuffer, at: number, n: number) => T, size: number): T {
  if (!(field instanceof Uint8Array) || field.byteLength % size !== 0 || field.byteOffset % size !== 0) throw new Error(`the postings' ${name} are missing or cut short`);
  return new make(field.buffer as ArrayBuffer, field.byteOffset, field.byteLength / size);
}

/** The postings section's arrays, viewed in place (the file's byte order is this machine's: the section records it). */
export function postingArrays(section: Record<string, unknown>): StoredPostings {
  return {
    fwd: view(section.fwd, 'forward lists', Int32Array, 4),
    counts: view(section.counts, 'counts', Int32Array, 4),
    docs: view(section.docs, 'passages', Int32Array, 4),
    freqs: view(section.freqs, 'frequencies', Uint16Array, 2),
    ctx: view(section.ctx, 'context counts', Int32Array, 4),
  };
}

/** Restores the passage index from its stored arrays; throws when they do not fit the passages. */
export function unpackIndex(packed: PackedIndex, passages: readonly Passage[]): PassageIndex {
  const ix = new PassageIndex();
  ix.load(packed.terms, passages.map((p) => p.id), predecessors(passages), packed);
  return ix;
}
