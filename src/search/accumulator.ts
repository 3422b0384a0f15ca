/**
 * Score accumulators for passage search, over typed arrays instead of an object per matched
 * passage: a question on a large archive scores tens of thousands of postings, and the objects
 * (and the garbage they left) were most of its time. Each accumulator sums its own passages'
 * scores in the order they arrive, so combining them reproduces MiniSearch's summation exactly,
 * bit for bit: the same nested sums, in the same order.
 */

/** Passage scores summed in arrival order, with each passage's slot found in O(1). */
export class Accumulator {
  docs = new Int32Array(256);
  vals = new Float64Array(256);
  n = 0;
  /** Passage number → its slot in docs/vals, or -1; borrowed from the pool, handed back clean. */
  slot: Int32Array;

  constructor(slot: Int32Array) {
    this.slot = slot;
  }

  /** Adds `x` to a passage's score: the first addition sets it, as MiniSearch's first match does. */
  add(doc: number, x: number): void {
    const s = this.slot[doc]!;
    if (s >= 0) {
      this.vals[s]! += x;
      return;
    }
    if (this.n === this.docs.length) this.grow();
    this.slot[doc] = this.n;
    this.docs[this.n] = doc;
    this.vals[this.n++] = x;
  }

  /** Takes in another accumulator's passages in its order (MiniSearch's OR of two result maps). */
  absorb(b: Accumulator): void {
    for (let i = 0; i < b.n; i++) this.add(b.docs[i]!, b.vals[i]!);
  }

  private grow(): void {
    const docs = new Int32Array(this.docs.length * 2);
    docs.set(this.docs);
    const vals = new Float64Array(this.vals.length * 2);
    vals.set(this.vals);
    [this.docs, this.vals] = [docs, vals];
  }
}

/** Slot tables not in use, each sized for the largest index seen and all -1. */
const pool: Int32Array[] = [];

/** A fresh accumulator for an index of `size` passage numbers. */
export function borrow(size: number): Accumulator {
  let slot = pool.pop();
  if (!slot || slot.length < size) slot = new Int32Array(Math.max(size, 1024)).fill(-1);
  return new Accumulator(slot);
}

/** Returns an accumulator's slot table to the pool, cleaning only the slots it used. */
export function release(a: Accumulator): void {
  for (let i = 0; i < a.n; i++) a.slot[a.docs[i]!] = -1;
  pool.push(a.slot);
}

/** Whether a passage number is in an ascending posting list (binary search). */
export function holds(docs: Int32Array, size: number, doc: number): boolean {
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid]!;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
