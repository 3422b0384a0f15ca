import type { Tok } from './extract.js';
import { mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { on } from './mechanisms.js';
import { skipsBeforeVerb } from './names.js';

/** Where the previous quotation of the article ended, and whose it was. */
export interface PrevQuote {
  p0: number;
  openIdx: number;
  pl: number;
  closeIdx: number;
  speaker: string | null;
}

/** Does the quotation open its sentence ('"…," X said.', '"…."'), rather than stand inside the reporter's words ('paid tribute to the "beautiful legacy" of…')? */
function opensItsSentence(c: Ctx, q: PrevQuote): boolean {
  const toks = toksOf(c, q.p0);
  const sent = toks[q.openIdx]?.sent;
  for (let k = q.openIdx - 1; k >= 0 && toks[k]!.sent === sent; k--) if (toks[k]!.word) return false;
  return true;
}

/** The he/she mention that is the subject of the speech verb at v ('he added', 'she also said', 'said he'), or null. */
function pronounSubject(c: Ctx, p: number, v: number): { i: number; low: string } | null {
  const toks = toksOf(c, p);
  let j = v - 1;
  while (j >= 0 && skipsBeforeVerb(toks, j)) j--;
  const at = (k: number) => {
    const m = mentionAt(c, p, k);
    return m?.kind === 'pronoun' && !m.inQuote ? { i: m.i, low: toks[m.i]!.low } : null;
  };
  return at(j) ?? at(v + 1);
}

/** The sentence number just before the one holding token k of passage p. */
const sentBefore = (toks: readonly Tok[], k: number) => toks[k]!.sent - 1;

/**
 * '"…formidable." He added: "…"': a 'he' or 'she' whose sentence comes straight after the previous
 * quotation stands for that quotation's speaker, when the sex allows: the reader has just heard
 * them, whoever the last sentence of the reporter's own was about. Only a quotation opening its
 * sentence: a phrase quoted inside the reporter's words is no one's turn to speak. Null when that
 * does not apply.
 */
export function chainedPronoun(c: Ctx, p: number, v: number, prev: PrevQuote | null): Who | null {
  if (!on('quote-chains') || !prev?.speaker || prev.speaker.startsWith('org-') || prev.closeIdx < 0 || !opensItsSentence(c, prev)) return null;
  const pro = pronounSubject(c, p, v);
  if (!pro) return null;
  const toks = toksOf(c, p);
  const prevSent = toksOf(c, prev.pl)[prev.closeIdx]!.sent;
  // The previous quotation closes the sentence right before the pronoun's, or the same sentence before it.
  const adjacent = prevSent === sentBefore(toks, pro.i) || (prevSent === toks[pro.i]!.sent && prev.pl === p && prev.closeIdx < pro.i);
  if (!adjacent) return null;
  const sex = c.unsexed?.has(prev.speaker) ? undefined : c.sex.get(prev.speaker);
  if (sex && sex !== (pro.low === 'she' ? 'f' : 'm')) return null;
  return { kind: 'person', id: prev.speaker };
}
