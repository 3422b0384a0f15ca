import type { Tok } from './extract.js';
import { BLOCKED, governedAt, mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { sentenceSubject } from './coreference.js';
import { on } from './mechanisms.js';
import { BODY_NOUNS, FUNCTION_WORDS } from '../text/lexicon.js';

// 'BT has offered… "…," the firm said.': a body is taken up by what it is, as a person by 'he'.

/** How many describing words may stand between 'the' and the body's noun ('the Japanese car maker'). */
const MODIFIER_REACH = 3;

/** The organisation 'it' (or 'the firm') at k takes up: the subject of its own sentence so far, else of one of the two before, when that is an organisation. */
export function bodyBefore(c: Ctx, p: number, k: number): Who {
  const sent = toksOf(c, p)[k]!.sent;
  for (let s = sent; s >= 0 && s >= sent - 2; s--) {
    const span = c.sentences[s];
    if (!span || span.p < p - 1) break;
    const w = sentenceSubject(c, s, s === sent ? k : Infinity);
    if (w.kind === 'person' && w.id.startsWith('org-')) return { kind: 'person', id: w.id };
    if (w.kind !== 'none') return BLOCKED;
  }
  return BLOCKED;
}

/** Where 'the' stands before the body noun at j ('the club', 'the former monopoly's' is not one), or -1. */
export function bodyNounStart(toks: readonly Tok[], j: number): number {
  const noun = toks[j];
  if (!on('body-nominals') || !noun?.word || noun.cap || noun.poss || !BODY_NOUNS.has(noun.low)) return -1;
  for (let b = j - 1; b >= 0 && j - b <= MODIFIER_REACH + 1; b--) {
    const t = toks[b]!;
    if (!t.word || t.q >= 0) return -1;
    if (t.low === 'the') return governedAt(toks, b) ? -1 : b; // 'at the firm' is where, not who
    if (t.poss || FUNCTION_WORDS.has(t.low)) return -1;
  }
  return -1;
}

/** The body noun phrase starting with 'the' at k, after an inverted speech verb ('said the club'): its noun's index, or -1. */
export function bodyNounAfter(c: Ctx, p: number, k: number): number {
  const toks = toksOf(c, p);
  if (toks[k]?.low !== 'the') return -1;
  for (let j = k + 1; j <= k + MODIFIER_REACH + 1 && j < toks.length; j++) {
    if (mentionAt(c, p, j)) return -1;
    if (bodyNounStart(toks, j) === k) return toks[j + 1]?.word ? -1 : j; // 'said the club chairman, X' names a post
  }
  return -1;
}
