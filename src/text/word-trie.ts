import { distancesFrom } from './edit-distance.js';

/** Longest typed word the trie walk takes: Myers' algorithm keeps one bit per letter in a 32-bit integer. */
const BIT_PARALLEL_MAX = 32;

/**
 * A list of words as a trie laid out in preorder, each node one letter (UTF-16 code unit) at a
 * depth. Myers' bit-parallel distance reads the compared word one letter at a time, and its state
 * after a prefix depends only on that prefix, so one step per node gives the distance to every
 * word: words share their beginnings (the 15,549 name words of a 100,000-article registry, 123,161
 * letters, are 41,643 nodes), and a tight loop over typed arrays has no call per word.
 */
interface WordTrie {
  letters: Int32Array;
  depths: Int32Array;
  /** Nodes with a child that is not the next node: their state is kept for it (a tenth of the nodes). */
  branches: Uint8Array;
  /** Per word of the list, the node its last letter is; -1 for the empty word. */
  ends: Int32Array;
  maxDepth: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function buildTrie(words: readonly string[]): WordTrie {
  const order = words.map((_, i) => i).sort((a, b) => byCodeUnits(words[a]!, words[b]!));
  const letters: number[] = [];
  const depths: number[] = [];
  const ends = new Int32Array(words.length);
  // The node at each depth of the path to the word placed last: a word equal to it ends on the same node.
  const path: number[] = [];
  let prev = '';
  let maxDepth = 0;
  for (const i of order) {
    const w = words[i]!;
    let common = 0;
    while (common < prev.length && common < w.length && prev.charCodeAt(common) === w.charCodeAt(common)) common++;
    // In code-unit order a word only shares a beginning with the one before: the nodes past it are new.
    for (let d = common; d < w.length; d++) {
      path[d] = letters.length;
      letters.push(w.charCodeAt(d));
      depths.push(d + 1);
    }
    ends[i] = w.length === 0 ? -1 : path[w.length - 1]!;
    maxDepth = Math.max(maxDepth, w.length);
    prev = w;
  }
  return { letters: Int32Array.from(letters), depths: Int32Array.from(depths), branches: branchesOf(depths), ends, maxDepth };
}

/** Which nodes a later node comes back to as its parent: the last node one depth up from a node that does not follow its parent. */
function branchesOf(depths: readonly number[]): Uint8Array {
  const out = new Uint8Array(depths.length);
  const lastAt: number[] = [];
  for (let k = 0; k < depths.length; k++) {
    const d = depths[k]!;
    if (k > 0 && d !== depths[k - 1]! + 1 && d > 1) out[lastAt[d - 1]!] = 1;
    lastAt[d] = k;
  }
  return out;
}

const tries = new WeakMap<readonly string[], WordTrie>();

/** The trie of a list of words, built on first use and kept as long as the list (which must not change). */
export function wordTrieOf(words: readonly string[]): WordTrie {
  let trie = tries.get(words);
  if (!trie) tries.set(words, (trie = buildTrie(words)));
  return trie;
}

// Which positions of the typed word hold each code unit; set per walk and cleared after it.
const peq = new Int32Array(0x10000);
let scores = new Int32Array(0);

/**
 * One Myers step per node, in preorder: a node's state is its parent's advanced by its letter. The
 * parent is most often the node just walked (held in locals); otherwise it is a branching node,
 * whose state was kept for its depth (three numbers a depth, side by side).
 */
function walk(trie: WordTrie, n: number): Int32Array {
  const { letters, depths, branches } = trie;
  if (scores.length < letters.length) scores = new Int32Array(letters.length);
  // Locals, not the module's bindings, inside the loop.
  const at = scores;
  const eqOf = peq;
  const kept = new Int32Array(3 * (trie.maxDepth + 1));
  kept[0] = -1;
  kept[2] = n;
  const last = 1 << (n - 1);
  let pv = -1;
  let mv = 0;
  let score = n;
  let depth = 0;
  for (let k = 0; k < letters.length; k++) {
    const d = depths[k]!;
    if (d !== depth + 1) {
      pv = kept[3 * (d - 1)]!;
      mv = kept[3 * (d - 1) + 1]!;
      score = kept[3 * (d - 1) + 2]!;
    }
    // The same step as distancesFrom's, letter for letter.
    let eq = eqOf[letters[k]!]!;
    const xv = eq | mv;
    eq |= ((eq & pv) + pv) ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & last) score++;
    if (pv & last) score--;
    mv = (mv << 1) | 1;
    pv = (pv << 1) | ~(xv | mv);
    mv &= xv;
    if (branches[k]) {
      kept[3 * d] = pv;
      kept[3 * d + 1] = mv;
      kept[3 * d + 2] = score;
    }
    at[k] = score;
    depth = d;
  }
  return at;
}

/**
 * The Levenshtein distance from `typed` to each of `words`, in their order: what
 * `distancesFrom(typed)` gives for each, for a typed name compared with every name word of a
 * registry. The list's trie is built on its first use; a list must not change after it.
 */
export function distancesToEach(words: readonly string[], typed: string): Int32Array {
  const out = new Int32Array(words.length);
  const n = typed.length;
  if (n === 0 || n > BIT_PARALLEL_MAX) {
    const from = distancesFrom(typed);
    for (let i = 0; i < words.length; i++) out[i] = from(words[i]!);
    return out;
  }
  const trie = wordTrieOf(words);
  for (let i = 0; i < n; i++) peq[typed.charCodeAt(i)]! |= 1 << i;
  const at = walk(trie, n);
  for (let i = 0; i < n; i++) peq[typed.charCodeAt(i)] = 0;
  for (let i = 0; i < words.length; i++) out[i] = trie.ends[i]! < 0 ? n : at[trie.ends[i]!]!;
  return out;
}
