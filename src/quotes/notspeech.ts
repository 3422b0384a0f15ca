import type { QuoteSpan, Tok } from './extract.js';
import { toksOf, type Ctx } from './context.js';
import {
  MEDIA_NOUNS,
  NAMING_CUES,
  SIGN_NOUNS,
  TITLE_SMALL_WORDS,
} from '../text/lexicon.js';

export const tokIndex = (toks: readonly Tok[], pos: number): number => toks.findIndex((t) => t.start === pos);

/** Quoted text nobody says: a title, a nickname, a placard or a programme name. */
export function isInscription(c: Ctx, q: QuoteSpan, openIdx: number, closeIdx: number): boolean {
  const words = q.text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const titleCase =
    words.length >= 2 &&
    words.length <= 8 &&
    !/[.!?]$/u.test(q.text) &&
    words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
  if (titleCase) return true;
  const first = q.parts[0]!;
  const toks = toksOf(c, first.p);
  const sent = toks[openIdx]?.sent;
  for (let k = openIdx - 1, n = 0; k >= 0 && n < 4 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (!t.word) continue;
    n++;
    if (n === 1 && (NAMING_CUES.has(t.low) || (t.low === 'as' && ['known', 'billed', 'dubbed'].includes(toks[k - 1]?.low ?? '')))) return true;
    if (SIGN_NOUNS.has(t.low)) return true;
  }
  if (closeIdx >= 0 && words.length <= 6) {
    const last = q.parts[q.parts.length - 1]!;
    const after = toksOf(c, last.p)[closeIdx + 1];
    if (after?.word && MEDIA_NOUNS.has(after.low)) return true;
  }
  return false;
}
