import type { ArticleDoc } from './extract.js';
import type { Mention } from './mentions.js';
import { on } from './mechanisms.js';
import { isNameWord } from './names.js';
import { ORG_HEADS, SKIP_BEFORE_VERB, SPEECH_VERBS, SPOKES_WORDS } from '../text/lexicon.js';

/**
 * 'The European Commission sent letters… "…," the Commission said.': once an article names a body
 * in full, 'the' and the last word of its name stand for it, as a surname stands for a person, so
 * its statements are its own however far back it was named. Only when one body of the article
 * ends in that word ('the bank' after two banks is either), only a body's word ('the street'
 * after Downing Street is a street), and only beside a speech verb.
 */
export function orgHeadMentions(doc: ArticleDoc, names: readonly Mention[], taken: boolean[][]): Mention[] {
  if (!on('org-heads')) return [];
  const named = names.filter((m) => m.personId?.startsWith('org-') && m.j - m.i >= 2).sort((a, b) => a.p - b.p || a.i - b.i);
  const bodies = new Map<string, Set<string>>();
  const out: Mention[] = [];
  let n = 0;
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 1; k < toks.length; k++) {
      // Bodies named before this word: their last words are what 'the …' can take up.
      for (; n < named.length && (named[n]!.p < p || (named[n]!.p === p && named[n]!.i < k)); n++) {
        const m = named[n]!;
        const head = doc.passages[m.p]!.toks[m.j - 1]!;
        if (ORG_HEADS.has(head.low) && !head.poss) (bodies.get(head.low) ?? bodies.set(head.low, new Set()).get(head.low)!).add(m.personId!);
      }
      const t = toks[k]!;
      if (!t.word || taken[p]![k] || toks[k - 1]!.low !== 'the' || !ORG_HEADS.has(t.low)) continue;
      // 'the Commission President', 'the Bank of England': a longer name, or a post, not the body.
      const next = toks[k + 1];
      if (isNameWord(next) || next?.low === 'of') continue;
      // Only as a speech verb's subject ('the ministry said', 'said the Commission'): elsewhere 'the
      // government' is as often the reporter's or a speaker's word for it as the body named.
      let v = k + 1;
      while (toks[v] && SKIP_BEFORE_VERB.has(toks[v]!.low)) v++;
      // The hand list, not WordNet's, whose 'ignored' is a verb of saying too; 'the council's spokesperson' speaks for it.
      const spoken = SPEECH_VERBS.has(toks[v]?.low ?? '') || SPEECH_VERBS.has(toks[k - 2]?.low ?? '') || (t.poss && SPOKES_WORDS.has(next?.low ?? ''));
      if (!spoken) continue;
      const ids = bodies.get(t.low);
      if (ids?.size !== 1) continue;
      out.push({ kind: 'name', personId: [...ids][0]!, p, i: k, j: k + 1, sent: t.sent, inQuote: t.q >= 0 && t.mark === null });
      taken[p]![k] = true;
    }
  });
  return out;
}
