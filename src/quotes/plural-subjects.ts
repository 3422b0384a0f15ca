import { DETERMINERS, DESCRIPTION_OPENERS as OPENERS, UNNAMED_PEOPLE } from '../text/lexicon.js';
import { mentionAt, toksOf, type Ctx } from './context.js';
import { on } from './mechanisms.js';
import { isSpeechVerb } from './speech-verbs.js';

/** How many words may come before a plural subject ('Many local residents'). */
const LEAD_WORDS = 3;

/** Group words that are plural without an -s ('police', 'people', 'staff'). */
const GROUPS = new Set(['police', 'people', 'staff']);

/** Where sentence `s`'s own words start: past quotation marks and a leading 'And', 'But'. */
function firstWord(c: Ctx, s: number): number {
  const span = c.sentences[s]!;
  const toks = toksOf(c, span.p);
  let k = span.i;
  while (k < span.j && (toks[k]!.mark !== null || OPENERS.has(toks[k]!.low))) k++;
  return k;
}

/**
 * 'Police are still searching for him.', 'Many residents said…': does sentence `s` open with
 * unnamed people in the plural? They block no 'he' or 'she': neither can stand for a group, so
 * the pronoun's antecedent is looked for past them.
 */
export function pluralOpens(c: Ctx, s: number): boolean {
  const span = c.sentences[s];
  if (!on('plural-subjects') || !span) return false;
  const toks = toksOf(c, span.p);
  let k = firstWord(c, s);
  for (let n = 0; k < span.j && n <= LEAD_WORDS; k++, n++) {
    const t = toks[k]!;
    if (!t.word || t.q >= 0 || mentionAt(c, span.p, k)) return false;
    if (UNNAMED_PEOPLE.has(t.low) && (GROUPS.has(t.low) || (t.low.endsWith('s') && UNNAMED_PEOPLE.has(t.low.replace(/e?s$/u, ''))))) return toks[k + 1]?.low !== 'of';
    if (!DETERMINERS.has(t.low) && t.cap && n > 0) return false;
  }
  return false;
}

/** Pronouns for a group of people, which no 'he' or 'she' can stand for. */
const GROUP_PRONOUNS = new Set(['they', 'we']);

/**
 * 'They could, however, picture Michael Howard…': does sentence `s` open with 'they' or 'we'
 * outside quotation marks? Its subject is a group, and a name later in it is an object, so a
 * later 'he' or 'she' looks past the sentence for whom it stands for.
 */
export function groupPronounOpens(c: Ctx, s: number): boolean {
  const span = c.sentences[s];
  if (!on('group-pronouns') || !span) return false;
  const toks = toksOf(c, span.p);
  const k = firstWord(c, s);
  if (toks[k]?.q !== -1 || !GROUP_PRONOUNS.has(toks[k]!.low)) return false;
  // 'We are in a different phase now, argues Mr Donofrio': a sentence reporting someone's words is about them.
  for (let v = k + 1; v < span.j; v++) if (toks[v]!.q < 0 && isSpeechVerb(toks[v]!.low) && [v - 1, v + 1, v + 2].some((x) => mentionAt(c, span.p, x))) return false;
  return true;
}
