import type { ArticleDoc, Tok } from './extract.js';
import type { Mention } from './mentions.js';
import { on } from './mechanisms.js';
import { isNameWord } from './names.js';
import { DOCUMENT_NOUNS, ORG_HEADS, SKIP_BEFORE_VERB, SPEECH_VERBS, SPOKES_WORDS } from '../text/lexicon.js';

/**
 * 'The European Commission sent letters… "…," the Commission said.': once an article names a body
 * in full, 'the' and the last word of its name stand for it, as a surname stands for a person, so
 * its statements are its own however far back it was named. Only when one body of the article
 * ends in that word ('the bank' after two banks is either), only a body's word ('the street'
 * after Downing Street is a street), and only beside a speech verb.
 */
export function orgHeadMentions(doc: ArticleDoc, names: readonly Mention[], taken: boolean[][]): Mention[] {
  if (!on('org-heads') && !on('documents')) return [];
  const named = names.filter((m) => m.personId?.startsWith('org-')).sort((a, b) => a.p - b.p || a.i - b.i);
  const bodies = new Map<string, Set<string>>();
  const out: Mention[] = [];
  let n = 0;
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 1; k < toks.length; k++) {
      // Bodies named before this word: the words 'the …' can take them up by.
      for (; n < named.length && (named[n]!.p < p || (named[n]!.p === p && named[n]!.i < k)); n++) {
        for (const w of takenUpBy(doc, named[n]!)) (bodies.get(w) ?? bodies.set(w, new Set()).get(w)!).add(named[n]!.personId!);
      }
      const t = toks[k]!;
      if (!t.word || taken[p]![k] || toks[k - 1]!.low !== 'the' || !(ORG_HEADS.has(t.low) || DOCUMENT_NOUNS.has(t.low))) continue;
      // 'the Commission President', 'the Bank of England': a longer name, or a post, not the body.
      const next = toks[k + 1];
      if (isNameWord(next) || next?.low === 'of' || !besideSpeech(toks, k)) continue;
      const ids = bodies.get(t.low);
      if (ids?.size !== 1) continue;
      out.push({ kind: 'name', personId: [...ids][0]!, p, i: k, j: k + 1, sent: t.sent, inQuote: t.q >= 0 && t.mark === null });
      taken[p]![k] = true;
    }
  });
  return out;
}

/**
 * The words a named body is taken up by: the last word of its name ('European Commission' →
 * 'commission'), and, with 'documents', a document printed with its name ('a World Bank report',
 * 'the IMF's study', 'a study by Gartner'), whose words are the body's ('"…," the report said').
 */
function takenUpBy(doc: ArticleDoc, m: Mention): string[] {
  const toks = doc.passages[m.p]!.toks;
  const head = toks[m.j - 1]!;
  const out: string[] = [];
  if (on('org-heads') && m.j - m.i >= 2 && ORG_HEADS.has(head.low) && !head.poss) out.push(head.low);
  const after = toks[m.j];
  if (on('documents') && after?.word && DOCUMENT_NOUNS.has(after.low)) out.push(after.low);
  // 'a report by the Fraser Institute', 'a study from Gartner'
  const by = toks[m.i - 1]?.low === 'the' ? m.i - 2 : m.i - 1;
  const noun = toks[by - 1];
  if (on('documents') && (toks[by]?.low === 'by' || toks[by]?.low === 'from') && noun?.word && DOCUMENT_NOUNS.has(noun.low)) out.push(noun.low);
  return out;
}

/**
 * Only as a speech verb's subject ('the ministry said', 'said the Commission'): elsewhere 'the
 * government' is as often the reporter's or a speaker's word for it as the body named. The hand
 * list, not WordNet's, whose 'ignored' is a verb of saying too; 'the council's spokesperson'
 * speaks for it.
 */
function besideSpeech(toks: readonly Tok[], k: number): boolean {
  let v = k + 1;
  while (toks[v] && SKIP_BEFORE_VERB.has(toks[v]!.low)) v++;
  return SPEECH_VERBS.has(toks[v]?.low ?? '') || SPEECH_VERBS.has(toks[k - 2]?.low ?? '') || (toks[k]!.poss && SPOKES_WORDS.has(toks[k + 1]?.low ?? ''));
}
