import { foldWord } from './fold.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

/** A word or punctuation mark of a text, with its offsets in that text. */
export interface Token {
  text: string;
  /** Folded, possessive and dots removed: 'Norway’s' → 'norway', 'N.H.S.' → 'nhs'. */
  low: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in a possessive 's, or in s' before a post ("Kenteris' lawyer"). */
  poss: boolean;
  /** All capitals (NHS, NATO) or dotted (N.H.S.). */
  acronym: boolean;
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

function makeTok(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  const first = raw[0]!;
  const word = isWordAt(raw, 0);
  const bare = word && raw.length > 2 && /s['’]$/.test(raw);
  const poss = bare || (word && raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s')));
  const base = bare ? raw.slice(0, -1) : poss ? raw.slice(0, -2) : raw;
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
    acronym: cap && (raw.includes('.') || (base.length >= 2 && base === base.toUpperCase() && /^[\p{Lu}\p{N}]+(?:&[\p{Lu}]+)?$/u.test(base))),
  };
}

/** A word as written without its possessive ending ('Norway’s' → 'Norway', "Kenteris'" → 'Kenteris'). */
export function withoutPossessive(t: Pick<Token, 'text' | 'poss'>): string {
  if (!t.poss) return t.text;
  return t.text.endsWith("'") || t.text.endsWith('’') ? t.text.slice(0, -1) : t.text.slice(0, -2);
}

/**
 * Is the apostrophe at j a bare possessive ("Kenteris' lawyer", "Barclays’ chief")? After a word
 * ending in s and before a post: a closing single quotation mark is followed by other words.
 */
function barePossessive(text: string, j: number): boolean {
  if ((text[j] !== "'" && text[j] !== '’') || text[j - 1] !== 's' || !isSpaceAt(text, j + 1)) return false;
  const next = /^[\p{L}-]+/u.exec(text.slice(j + 2, j + 40));
  return next !== null && (TITLE_HEADS.has(next[0].toLowerCase()) || TITLE_MODIFIERS.has(next[0].toLowerCase()));
}

/**
 * End of an initialism joined by an ampersand ('M&S', 'AT&T', 'B&B') that starts at i and has
 * read up to j: one name, as its owners write it, not two letters and a mark.
 */
function pastAmpersand(text: string, i: number, j: number): number {
  if (text[j] !== '&' || j - i > 3 || !/^\p{Lu}+$/u.test(text.slice(i, j))) return j;
  const m = /^\p{Lu}{1,3}(?:['’]s)?(?![\p{L}\p{N}])/u.exec(text.slice(j + 1, j + 7));
  return m ? j + 1 + m[0].length : j;
}

/**
 * Splits a passage into words (dotted acronyms like 'N.H.S.', inner apostrophes like 'Norway’s'
 * and a bare possessive before a post like "Kenteris' lawyer" kept whole) and single punctuation
 * marks. A hand-written scanner: it runs over every character of the corpus, so it avoids a
 * regular-expression match per token.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
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
      j = pastAmpersand(text, i, j);
      if (barePossessive(text, j)) j++;
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

