/**
 * Word → row lookups over the word-vector vocabulary (150,000 words, one a line) without a string
 * or a Map entry per word: an open-addressing hash table of row numbers over the file's own
 * bytes. Splitting the file and filling a Map took about a tenth of loading a 10,000-article
 * index, and its 150,000 strings were copied by every young-generation collection meanwhile;
 * a corpus looks up a few tens of thousands of words.
 */

/** What the vector code asks of the vocabulary. */
export interface WordRows {
  /** The row of a word; undefined when the vocabulary lacks it. */
  get(word: string): number | undefined;
  has(word: string): boolean;
  readonly size: number;
  /** Every word, in row order (made afresh: for tests and tools, not for loading). */
  keys(): IterableIterator<string>;
}

/** FNV-1a over bytes. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** FNV-1a over char codes: a word's bytes' hash, since the vocabulary is ASCII. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The vocabulary of a words file: newline-separated words, the row of each its line number. */
export class WordTable implements WordRows {
  /** Where each word starts in `bytes`; word i ends one byte before word i + 1 starts. */
  private readonly starts: Int32Array;
  /** Row + 1 per slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  readonly size: number;

  constructor(private readonly bytes: Uint8Array) {
    let lines = 1;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
    this.starts = new Int32Array(lines + 1);
    for (let i = bytes.indexOf(10), r = 1; i !== -1; i = bytes.indexOf(10, i + 1)) this.starts[r++] = i + 1;
    this.starts[lines] = bytes.length + 1;
    const rows = lines;
    let capacity = 1;
    while (capacity < rows * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity);
    for (let r = 0; r < rows; r++) {
      const [from, to] = [this.starts[r]!, this.starts[r + 1]! - 1];
      let s = hashBytes(bytes, from, to) & (capacity - 1);
      // A word listed twice keeps its last row, as a Map filled in order would.
      while (this.slots[s] !== 0 && !this.sameBytes(this.slots[s]! - 1, from, to)) s = (s + 1) & (capacity - 1);
      this.slots[s] = r + 1;
    }
    this.size = rows;
  }

  private sameBytes(row: number, from: number, to: number): boolean {
    const [a, b] = [this.starts[row]!, this.starts[row + 1]! - 1];
    if (b - a !== to - from) return false;
    for (let i = 0; i < to - from; i++) if (this.bytes[a + i] !== this.bytes[from + i]) return false;
    return true;
  }

  private matches(row: number, word: string): boolean {
    const [a, b] = [this.starts[row]!, this.starts[row + 1]! - 1];
    if (b - a !== word.length) return false;
    for (let i = 0; i < word.length; i++) if (this.bytes[a + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  get(word: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let s = hashString(word) & mask; this.slots[s] !== 0; s = (s + 1) & mask) {
      if (this.matches(this.slots[s]! - 1, word)) return this.slots[s]! - 1;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  *keys(): IterableIterator<string> {
    for (let r = 0; r < this.size; r++) yield Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.starts[r]!, this.starts[r + 1]! - 1 - this.starts[r]!).toString('latin1');
  }
}
