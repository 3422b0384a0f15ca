import { HONORIFICS } from '../text/lexicon.js';
import { governed, mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { whoOf } from './coreference.js';
import { on } from './mechanisms.js';

// Quotations whose speaker is named without a speech verb: as a view ('is the assessment of X')
// or before a colon ('Manchester City boss Kevin Keegan: "…"').
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * A quotation named as someone's view after it: '"…" is the assessment of X', '"…" was the
 * verdict from X', with 'possessive-views' '"…" was X's assessment'; '"…" – that is how X put it'
 * is not read.
 */
export function verdictAfter(c: Ctx, p: number, closeIdx: number): Who | null {
  const toks = toksOf(c, p);
  let k = closeIdx + 1;
  while (toks[k] && !toks[k]!.word && toks[k]!.text !== '.') k++;
  if (toks[k]?.low === 'that' || toks[k]?.low === 'this') k++;
  if (!COPULAS.has(toks[k]?.low ?? '')) return null;
  // '"…" was Mr Marr's assessment': the possessor of the view.
  const owner = on('possessive-views') ? mentionAt(c, p, k + 1) ?? (HONORIFICS.has(toks[k + 1]?.low ?? '') ? mentionAt(c, p, k + 2) : null) : null;
  if (owner && owner.kind === 'name' && toks[owner.j - 1]!.poss && toks[owner.j]?.word === true && !toks[owner.j]!.cap) return whoOf(c, owner);
  for (let m = k + 1; m < toks.length && m <= k + 6; m++) {
    const t = toks[m]!;
    if (!t.word || t.q >= 0) return null;
    if (t.low === 'of' || t.low === 'from' || t.low === 'by') {
      const who = mentionAt(c, p, m + 1);
      return who ? whoOf(c, who) : null;
    }
  }
  return null;
}

/** 'Manchester City boss Kevin Keegan: "We had…"': a name and a colon introduce the quotation (match reports, lists). */
export function colonSpeaker(c: Ctx, p: number, openIdx: number): Who | null {
  const toks = toksOf(c, p);
  if (toks[openIdx - 1]?.text !== ':') return null;
  const m = mentionAt(c, p, openIdx - 2);
  // '…told the BBC: "…"': the one told is not the speaker.
  if (m && on('colon-objects') && governed(c, m)) return null;
  return m && m.kind !== 'pronoun' && m.personId ? { kind: 'person', id: m.personId } : null;
}
