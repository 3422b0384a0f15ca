/**
 * Where a sentence's opening adverbial ends ('After losing to Roe in the final, Doe said…'): the
 * names in it are what the phrase is about, not who the sentence is about.
 */
import type { Tok } from './extract.js';
import { on } from './mechanisms.js';
import { PERSON_PRONOUNS } from '../text/lexicon.js';

/** Prepositions: a role noun after one is not the sentence's subject ('in a letter to party members, Mr Roe said'). */
export const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'for', 'with', 'from', 'of', 'by', 'after', 'before', 'during', 'about', 'against', 'under', 'over']);
// Conjunctions that open a subordinate clause before the sentence's own subject ('Unless …, X believes').
const SUBORDINATORS = new Set(['unless', 'if', 'although', 'though', 'while', 'whilst', 'when', 'whenever', 'because', 'once', 'whereas', 'as']);

/** Conjunctions that may open a sentence before its opening adverbial ('But after…'). */
export const OPENERS = new Set(['and', 'but', 'so', 'yet', 'or']);

/** How far an opening adverbial may run before the comma that closes it, in tokens. */
const FRONTED_REACH = 20;

/**
 * Where the adverbial opening a sentence ends ('After losing to Roe in the final, Doe said…'):
 * the comma closing a phrase that starts with a preposition, or the sentence start when there is none.
 * The names in it are what the phrase is about, not who the sentence is about.
 */
export function frontedEnd(toks: readonly Tok[], i: number, j: number): number {
  if (!on('fronted-adverbial')) return i;
  let k = i;
  while (k < j && (toks[k]!.mark !== null || OPENERS.has(toks[k]!.low))) k++;
  const opener = toks[k]?.low ?? '';
  // 'A former critic of the Lords, he has said…': a description set before a he or she.
  const described = on('fronted-descriptions') && (opener === 'a' || opener === 'an');
  if (!PREPOSITIONS.has(opener) && !(on('fronted-clauses') && SUBORDINATORS.has(opener)) && !described) return i;
  for (let m = k + 1; m < j && m - k <= FRONTED_REACH; m++) {
    if (toks[m]!.q >= 0 || toks[m]!.mark !== null) return i;
    if (toks[m]!.text === ',') return !described || PERSON_PRONOUNS.has(toks[m + 1]?.low ?? '') ? m + 1 : i;
  }
  return i;
}
