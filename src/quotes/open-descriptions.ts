import type { Tok } from './extract.js';
import type { Mention } from './mentions.js';
import { descriptionReach } from './appositives.js';
import { governed, mentionAt, toksOf, type Ctx } from './context.js';
import { isGluedHyphen } from './names.js';
import { on } from './mechanisms.js';
import { frontedEnd } from './fronted.js';
import { DESCRIPTION_OPENERS, DETERMINERS, FUNCTION_WORDS, RELATIVE_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../text/lexicon.js';

// 'Lisa Roe, head of policy at the Y Trust said…': BBC copy often sets a description off after a
// name with an opening comma only, so the verb closes it. The name before the comma spoke.

/** How many words (titles, capitals, openers) may stand before the name in its sentence ('But Labour MSP Jane Roe, …'). */
const LEAD_REACH = 6;

/** May the word open a description set off after a name ('head of…', 'a banker who…', 'the firm's chief')? */
function opensDescription(t: Tok | undefined): boolean {
  if (!t?.word) return false;
  if (DETERMINERS.has(t.low) || RELATIVE_WORDS.has(t.low)) return true;
  // 'Jo Roe, from the Y Association (YA) told': where they are from describes them as a post does.
  if (t.low === 'from' && on('description-marks')) return true;
  if (FUNCTION_WORDS.has(t.low)) return false;
  return !t.cap || TITLE_HEADS.has(t.low) || TITLE_MODIFIERS.has(t.low);
}

/**
 * The comma opening a description that runs, unclosed, up to token e right before a speech verb
 * ('X, managing director of Y said'), or -1: no sentence end, quotation or other comma in between.
 */
export function openDescriptionComma(toks: readonly Tok[], e: number, lo: number): number {
  if (!on('open-descriptions') || !(toks[e]?.word || (toks[e] && descriptionMark(toks, e)))) return -1;
  for (let b = e - 1; b >= lo && e - b <= descriptionReach(); b--) {
    const t = toks[b]!;
    if (t.q >= 0 || t.mark !== null || t.sent !== toks[e]!.sent) return -1;
    if (t.text === ',') return opensDescription(toks[b + 1]) ? b : -1;
    if (!t.word && !isGluedHyphen(toks, b) && t.text !== '&' && !descriptionMark(toks, b)) return -1;
  }
  return -1;
}

/**
 * 'X, from the Y Association (YA) told', 'X, editor of Games.com told': a bracket, or a dot
 * inside a word, is part of a description set off after a name, not its end.
 */
export function descriptionMark(toks: readonly Tok[], m: number): boolean {
  const t = toks[m]!;
  if (!on('description-marks')) return false;
  return t.text === '(' || t.text === ')' || (t.text === '.' && toks[m - 1]?.end === t.start && toks[m + 1]?.start === t.end && toks[m + 1]!.word);
}

/** Does the name starting at i open its sentence or the attribution after a quotation, after at most a few titles, capitals or openers ('But Labour MSP Jane Roe'), or with `plain` other describing words? */
export function leadsSentence(toks: readonly Tok[], i: number, plain = false): boolean {
  let n = 0;
  for (let b = i - 1; b >= 0 && toks[b]!.sent === toks[i]!.sent; b--) {
    const t = toks[b]!;
    if (t.mark === 'open' || t.text === '(') continue;
    // '"…," Will Roe, senior fellow at the Y Institute told…': the attribution after a quotation.
    if (t.mark === 'close' || (t.text === ',' && toks[b - 1]?.mark === 'close')) return true;
    // 'In an interview in January, Victoria Wood slated…': the comma closing an opening adverbial.
    if (t.text === ',' && on('fronted-leads')) return frontedEnd(toks, sentenceStart(toks, b), i) === b + 1;
    if (!t.word || ++n > LEAD_REACH) return false;
    if (DESCRIPTION_OPENERS.has(t.low) || TITLE_HEADS.has(t.low) || TITLE_MODIFIERS.has(t.low)) continue;
    // 'After meeting Jo Roe' is no subject; with `plain`, any other word may describe it ('Comedy star Jo Roe').
    if (FUNCTION_WORDS.has(t.low) || !(t.cap || plain)) return false;
  }
  return true;
}

/**
 * The person named before an unclosed description ending at j, the token before a speech verb
 * ('Lisa Roe, head of policy at the Y Trust said'): a name opening its sentence; organisations and
 * names governed by a preposition inside the description are part of it.
 */
export function openDescribed(c: Ctx, p: number, j: number, lo: number): Mention | null {
  const toks = toksOf(c, p);
  const comma = openDescriptionComma(toks, j, lo);
  if (comma < 0) return null;
  const m = mentionAt(c, p, comma - 1);
  if (!m || m.kind !== 'name' || !m.personId || m.personId.startsWith('org-') || !leadsSentence(toks, m.i)) return null;
  for (let k = comma + 1; k <= j; k++) {
    const inner = mentionAt(c, p, k);
    if (inner?.kind === 'pronoun') return null;
    if (inner?.kind === 'name' && !inner.personId?.startsWith('org-') && !governed(c, inner)) return null;
    if (inner) k = inner.j - 1;
  }
  return m;
}

/** The first token of the sentence token k is in. */
function sentenceStart(toks: readonly Tok[], k: number): number {
  let s = k;
  while (s > 0 && toks[s - 1]!.sent === toks[k]!.sent) s--;
  return s;
}
