// Two rows reused across calls: edit distance runs over thousands of names per query, and fresh
// arrays per row cost more than the arithmetic.
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > prev.length) [prev, cur] = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Longest word the bit-parallel distance takes: one bit per letter of a 32-bit integer. */
const BIT_PARALLEL_MAX = 32;

/**
 * Levenshtein distance from one word to many (the same as `editDistance(a, b)`): Myers'
 * bit-parallel algorithm, one step per letter of `b` instead of one per pair of letters, for a
 * word typed once and compared with every name word of an archive. Longer words fall back to
 * the table.
 */
export function distancesFrom(a: string): (b: string) => number {
  const n = a.length;
  if (n === 0 || n > BIT_PARALLEL_MAX) return (b) => editDistance(a, b);
  // Which positions of `a` hold each UTF-16 code unit: a typed array indexed by the unit is
  // several times faster to read than a Map, and 256 KB once per typed word is nothing.
  const peq = new Int32Array(0x10000);
  for (let i = 0; i < n; i++) peq[a.charCodeAt(i)]! |= 1 << i;
  const last = 1 << (n - 1);
  return (b) => {
    // pv/mv: the column's vertical deltas (+1 / -1) as bits; score: the distance to a so far.
    let pv = -1;
    let mv = 0;
    let score = n;
    for (let j = 0; j < b.length; j++) {
      let eq = peq[b.charCodeAt(j)]!;
      const xv = eq | mv;
      eq |= ((eq & pv) + pv) ^ pv;
      mv |= ~(eq | pv);
      pv &= eq;
      if (mv & last) score++;
      if (pv & last) score--;
      mv = (mv << 1) | 1;
      pv = (pv << 1) | ~(xv | mv);
      mv &= xv;
    }
    return score;
  };
}
