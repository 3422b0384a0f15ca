import type { ArticleDoc, Tok } from './extract.js';
import { isGluedHyphen, isNameWord, opensSentence, readName, type NameRules } from './names.js';
import { DESCRIPTION_OPENERS } from '../text/lexicon.js';
import { nameObservation, type NameObservation } from './observation.js';
import { leadsSentence } from './open-descriptions.js';
import { isSpeechVerb } from './speech-verbs.js';
import { on } from './mechanisms.js';

// 'Only Fools star Dan Roe criticised the channel. "…," he said.': a full name opening the sentence
// right before a quotation a pronoun attributes is whom the pronoun stands for, so a person's name,
// though the article names them once and with no title a list knows.

/** How many sentences after the name the pronoun's attribution may come. */
const REACH = 2;

/** The sex of each sentence's pronoun attribution ('"…," he said', 'She added: "…"'), by sentence number. */
function pronounAttributions(doc: ArticleDoc): Map<number, 'm' | 'f'> {
  const out = new Map<number, 'm' | 'f'>();
  for (const pd of doc.passages) {
    const toks = pd.toks;
    toks.forEach((t, k) => {
      if (t.q >= 0 || (t.low !== 'he' && t.low !== 'she') || !isSpeechVerb(toks[k + 1]?.low ?? '')) return;
      const before = toks[k - 1]?.text === ',' ? toks[k - 2] : toks[k - 1];
      const after = toks[k + 2]?.text === ':' ? toks[k + 3] : toks[k + 2];
      if (before?.mark === 'close' || after?.mark === 'open') out.set(t.sent, t.low === 'he' ? 'm' : 'f');
    });
  }
  return out;
}

/** 'But Geoff Roe rejected…': a conjunction opening the sentence, capitalised as any first word is, is no part of the name after it. */
function openingConjunction(toks: readonly Tok[], k: number): boolean {
  return on('opening-conjunctions') && opensSentence(toks, k) && DESCRIPTION_OPENERS.has(toks[k]!.low);
}

/** The sex a given name tells, when only one of the lists holds it. */
function sexOfGiven(w: string, rules: NameRules): 'm' | 'f' | null {
  const m = rules.gaz.maleNames.has(w);
  const f = rules.gaz.femaleNames.has(w);
  return m === f ? null : m ? 'm' : 'f';
}

/**
 * Full names with a listed given name that open a sentence a quotation attributed by 'he' or
 * 'she' (of their sex) follows within two sentences, no other such name between: weak evidence, as
 * names alone are, that they are people's.
 */
export function observeAntecedents(doc: ArticleDoc, rules: NameRules): NameObservation[] {
  if (!on('pronoun-antecedents')) return [];
  const said = pronounAttributions(doc);
  const leads: { sent: number; toks: readonly Tok[]; r: { i: number; j: number }; sex: 'm' | 'f' | null }[] = [];
  for (const pd of doc.passages) {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.q >= 0 || !isNameWord(t) || (isNameWord(toks[k - 1]) && !openingConjunction(toks, k - 1)) || !rules.gaz.firstNames.has(t.low) || rules.common.has(t.low)) continue;
      const r = readName(toks, k, rules);
      if (!r || r.i !== k || r.j - r.i < 2 || isGluedHyphen(toks, r.j - 2) || toks[r.j - 1]!.poss || !leadsSentence(toks, r.i, true)) continue;
      // Only the first name of a sentence can be its subject ('Ann Doe beat Jo Roe' is about Doe).
      if (leads[leads.length - 1]?.sent !== t.sent) leads.push({ sent: t.sent, toks, r, sex: sexOfGiven(t.low, rules) });
      k = r.j - 1;
    }
  }
  const out: NameObservation[] = [];
  leads.forEach((l, n) => {
    const next = leads[n + 1]?.sent ?? Infinity;
    for (let s = l.sent + 1; s <= l.sent + REACH && s <= next; s++) {
      const sex = said.get(s);
      if (!sex) continue;
      if (l.sex === null || l.sex === sex) out.push({ ...nameObservation(l.toks, l.r, null, doc.article.id), weak: true });
      break;
    }
  });
  return out;
}
