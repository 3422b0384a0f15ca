import { fold } from '../search/analyze.js';

export { fold };

/** A word or punctuation mark of a passage, with its offsets in the passage text. */
export interface Tok {
  text: string;
  /** Folded, possessive and dots removed: 'China’s' → 'china', 'U.S.' → 'us'. */
  low: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in a possessive 's. */
  poss: boolean;
  /** All capitals (US, CGTN) or dotted (U.S.). */
  acronym: boolean;
  /** Index of the quotation whose words this token is part of, -1 outside quotations. */
  q: number;
  /** Set on quotation marks that open or close quotation `q`. */
  mark: 'open' | 'close' | null;
  /** Sentence number within the article (quotations never split a sentence). */
  sent: number;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ALNUM_START = /^[\p{L}\p{N}]/u;

/** fold(), with a fast path for plain ASCII words (most of them): this runs once per token of the corpus. */
export function foldWord(w: string): string {
  return PRINTABLE_ASCII.test(w) ? w.toLowerCase() : fold(w);
}

/** Splits a passage into words and single punctuation marks. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const first = raw[0]!;
    const word = ALNUM_START.test(first);
    const poss = word && raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s'));
    const base = poss ? raw.slice(0, -2) : raw;
    const cap = word && first !== first.toLowerCase();
    let low = word ? foldWord(base) : raw;
    if (word && low.includes('.')) low = low.replace(/\./g, '');
    out.push({
      text: raw,
      low,
      start: m.index,
      end: m.index + raw.length,
      word,
      cap,
      poss,
      acronym: cap && (raw.includes('.') || (base.length >= 2 && base === base.toUpperCase() && /^[\p{Lu}\p{N}]+$/u.test(base))),
      q: -1,
      mark: null,
      sent: 0,
    });
  }
  return out;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
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

/** A url-safe id from a name: 'Scott Bessent' → 'scott-bessent'. */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** A short stable hash (FNV-1a, base 36), for ids that survive rebuilding the index. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Folded name words of a name as typed or printed: 'Lula da Silva' → ['lula', 'da', 'silva']. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
