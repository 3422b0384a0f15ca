/**
 * '"…," AG Edwards' Thayer.', '"…," Mr Bootle.': an attribution whose verb the copy dropped, a
 * name alone (after its firm or a courtesy title) ending the sentence the quotation opens.
 */
import { mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { whoOf } from './coreference.js';
import { on } from './mechanisms.js';

/** How many words may stand between the closing mark and the full stop. */
const REACH = 6;

/** The person named alone after the quotation closing at closeIdx, when nothing but their name (and its firm) ends the sentence; else null. */
export function verblessAfter(c: Ctx, p: number, closeIdx: number): Who | null {
  if (!on('verbless-attributions')) return null;
  const toks = toksOf(c, p);
  let k = closeIdx + 1;
  while (toks[k]?.text === ',') k++;
  const lo = k;
  // A plural possessive's mark stands apart from its word ('Edwards' Thayer').
  const inName = (i: number) => toks[i]!.q < 0 && ((toks[i]!.word && toks[i]!.cap) || (/^['’]$/u.test(toks[i]!.text) && toks[i - 1]?.low.endsWith('s') === true));
  while (k < toks.length && k - lo < REACH && inName(k)) k++;
  if (k === lo || toks[k]?.text !== '.') return null;
  const m = mentionAt(c, p, k - 1);
  if (!m || m.kind !== 'name' || !m.personId || m.personId.startsWith('org-') || m.j !== k) return null;
  const w = whoOf(c, m);
  return w.kind === 'person' ? w : null;
}
