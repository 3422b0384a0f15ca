import { mentionAt, toksOf, type Ctx } from './context.js';
import { on } from './mechanisms.js';
import { isNameWord } from './names.js';
import { CALENDAR_WORDS, DESCRIPTION_OPENERS as OPENERS, FUNCTION_WORDS } from '../text/lexicon.js';
import { gazetteer } from '../text/gazetteer.js';

/** How far into a sentence a stranger's name may start, in words ('Spain's minister of sport Jaime Roe'). */
const STRANGER_REACH = 8;

/**
 * 'Spain's minister of sport Jaime Roe backed the decision. "…," he said.': a sentence opening
 * with a full name the registry does not know (two name words or more, outside any mention,
 * before its first comma) is about someone we cannot name, so a 'he' after it, or a quotation
 * standing alone after it, is theirs and no one else's: better given to nobody than passed on
 * to whoever was named before. Tokens before `until` only, when given.
 */
export function strangerOpens(c: Ctx, s: number, until = Infinity): boolean {
  const span = c.sentences[s];
  if (!on('stranger-subjects') || !span) return false;
  const toks = toksOf(c, span.p);
  let words = 0;
  for (let k = span.i; k < Math.min(span.j, until) - 1 && words < STRANGER_REACH; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || t.mark !== null || mentionAt(c, span.p, k)) return false;
    if (t.text === ',') return false;
    if (!t.word) continue;
    words++;
    // Not the sentence's first word alone: 'But Roe' is a name, 'Meanwhile Spain' may be anything.
    // 'The Reds', 'The Leicester tight-head' open with a function word, not a name; 'With Jo Roe'
    // after one is an object ('booked the group… With Jools Holland' split off at an ellipsis).
    const after = k > span.i && FUNCTION_WORDS.has(toks[k - 1]!.low) && !OPENERS.has(toks[k - 1]!.low);
    if (isNameWord(t) && !FUNCTION_WORDS.has(t.low) && !after && isNameWord(toks[k + 1]) && !t.poss && !mentionAt(c, span.p, k + 1)) return !toks[k + 2]?.cap;
  }
  return false;
}

/**
 * 'Minar, ranked 158th in the world, pulled out.', 'Read went to the charity with the idea.': does
 * sentence `s` (up to `until`) open with a capitalised word no mention covers, no gazetteer
 * knows as a place, people or body, and that the article also prints capitalised inside a
 * sentence: a proper name the registry does not hold, so someone an epithet must not skip past.
 */
export function loneStranger(c: Ctx, s: number, until = Infinity): boolean {
  const span = c.sentences[s];
  if (!span) return false;
  const toks = toksOf(c, span.p);
  let k = span.i;
  while (k < span.j && (toks[k]!.mark !== null || OPENERS.has(toks[k]!.low))) k++;
  const t = toks[k];
  if (!t || k >= until || t.q >= 0 || !isNameWord(t) || FUNCTION_WORDS.has(t.low) || mentionAt(c, span.p, k) || isNameWord(toks[k + 1])) return false;
  const g = gazetteer();
  if (g.places.has(t.low) || g.demonyms.has(t.low) || g.organisations.has(t.low) || CALENDAR_WORDS.has(t.low)) return false;
  return c.doc.passages.some((pd) => pd.toks.some((x, n) => x.low === t.low && x.cap && n > 0 && x.sent === pd.toks[n - 1]!.sent && pd.toks[n - 1]!.word));
}
