import { fold } from '../text/fold.js';

/** A word or punctuation mark of a passage, with its offsets in the passage text. */
export interface Tok {
  text: string;
  /** Folded, possessive and dots removed: 'Norway’s' → 'norway', 'N.H.S.' → 'nhs'. */
  low: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in a possessive 's. */
  poss: boolean;
  /** All capitals (NHS, NATO) or dotted (N.H.S.). */
  acronym: boolean;
  /** Index of the quotation whose words this token is part of, -1 outside quotations. */
  q: number;
  /** Set on quotation marks that open or close quotation `q`. */
  mark: 'open' | 'close' | null;
  /** Sentence number within the article (quotations never split a sentence). */
  sent: number;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** fold(), with a fast path for plain ASCII words (most of them): this runs once per token of the corpus. */
function foldWord(w: string): string {
  return PRINTABLE_ASCII.test(w) ? w.toLowerCase() : fold(w);
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_SPACE = /\s/u;

function isWordAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return i < t.length && NON_ASCII_WORD.test(t[i]!);
}

function isLetterAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i < t.length && NON_ASCII_LETTER.test(t[i]!);
}

function isSpaceAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return NON_ASCII_SPACE.test(t[i]!);
}

function makeTok(text: string, start: number, end: number): Tok {
  const raw = text.slice(start, end);
  const first = raw[0]!;
  const word = isWordAt(raw, 0);
  const poss = word && raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s'));
  const base = poss ? raw.slice(0, -2) : raw;
  const cap = word && first !== first.toLowerCase();
  let low = word ? foldWord(base) : raw;
  if (word && low.includes('.')) low = low.replace(/\./g, '');
  return {
    text: raw,
    low,
    start,
    end,
    word,
    cap,
    poss,
    acronym: cap && (raw.includes('.') || (base.length >= 2 && base === base.toUpperCase() && /^[\p{Lu}\p{N}]+$/u.test(base))),
    q: -1,
    mark: null,
    sent: 0,
  };
}

/**
 * Splits a passage into words (dotted acronyms like 'N.H.S.' and inner apostrophes like 'Norway’s'
 * kept whole) and single punctuation marks. A hand-written scanner: it runs over every character
 * of the corpus, so it avoids a regular-expression match per token.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    if (isWordAt(text, i)) {
      let j = i;
      if (isLetterAt(text, i) && text[i + 1] === '.' && isLetterAt(text, i + 2) && text[i + 3] === '.') {
        while (j < n && isLetterAt(text, j) && text[j + 1] === '.') j += 2;
      } else {
        j = i + 1;
        while (j < n) {
          if (isWordAt(text, j)) j++;
          else if ((text[j] === "'" || text[j] === '’') && isLetterAt(text, j + 1)) j += 2;
          else break;
        }
      }
      out.push(makeTok(text, i, j));
      i = j;
      continue;
    }
    const c = text.charCodeAt(i);
    const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    out.push(makeTok(text, i, i + len));
    i += len;
  }
  return out;
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/** A url-safe id from a name: 'Ada Okafor' → 'ada-okafor'. */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** A stable 64-bit hash (two FNV-1a passes with different seeds, base 36), for ids that survive rebuilding the index. */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** Folded name words of a name as typed or printed: 'Ana da Costa' → ['ana', 'da', 'costa']. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Appends v to the list kept under k, starting the list if k is new. */
export function addToList<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
