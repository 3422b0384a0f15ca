import { DETERMINERS, DESCRIPTION_OPENERS as OPENERS, UNNAMED_PEOPLE } from '../text/lexicon.js';
import { mentionAt, toksOf, type Ctx } from './context.js';
import { on } from './mechanisms.js';

/** How many words may come before a plural subject ('Many local residents'). */
const LEAD_WORDS = 3;

/** Group words that are plural without an -s ('police', 'people', 'staff'). */
const GROUPS = new Set(['police', 'people', 'staff']);

/**
 * 'Police are still searching for him.', 'Many residents said…': does sentence `s` open with
 * unnamed people in the plural? They block no 'he' or 'she': neither can stand for a group, so
 * the pronoun's antecedent is looked for past them.
 */
export function pluralOpens(c: Ctx, s: number): boolean {
  const span = c.sentences[s];
  if (!on('plural-subjects') || !span) return false;
  const toks = toksOf(c, span.p);
  let k = span.i;
  while (k < span.j && (toks[k]!.mark !== null || OPENERS.has(toks[k]!.low))) k++;
  for (let n = 0; k < span.j && n <= LEAD_WORDS; k++, n++) {
    const t = toks[k]!;
    if (!t.word || t.q >= 0 || mentionAt(c, span.p, k)) return false;
    if (UNNAMED_PEOPLE.has(t.low) && (GROUPS.has(t.low) || (t.low.endsWith('s') && UNNAMED_PEOPLE.has(t.low.replace(/e?s$/u, ''))))) return toks[k + 1]?.low !== 'of';
    if (!DETERMINERS.has(t.low) && t.cap && n > 0) return false;
  }
  return false;
}
