import { HONORIFICS, TITLE_HEADS } from '../text/lexicon.js';
import type { ArticleDoc, Tok } from './extract.js';
import { on } from './mechanisms.js';
import { opensSentence } from './names.js';

/** What the whole corpus says about its capitalised words. */
export interface CorpusWords {
  /** Ordinary words: seen in lower case at least twice and at least as often as capitalised inside a sentence. */
  common: Set<string>;
  /** Words seen capitalised with no capitalised word either side ('said Wenger', 'Ngata said'). */
  alone: Set<string>;
  /** Words seen capitalised straight before a lower-case post ('Barca midfielder', 'Chelsea boss'): whose the post is, a body's. */
  qualifiers: Set<string>;
}

/**
 * Case statistics over every article, once. They let name reading tell 'But' or 'World' opening a
 * sentence from a first name, and a person (whose surname stands alone after the first mention:
 * 'Wenger said') from a company or a title that is always printed whole ('Deutsche Boerse').
 */
export function corpusWords(docs: Iterable<ArticleDoc>): CorpusWords {
  const lower = new Map<string, number>();
  const capMid = new Map<string, number>();
  const alone = new Set<string>();
  const qualifiers = new Set<string>();
  // A courtesy title or a job title before a surname still leaves it alone ('Mr Wenger', 'Professor Reddy').
  const capWord = (t: Tok | undefined) => t?.word === true && t.cap && !HONORIFICS.has(t.low) && !TITLE_HEADS.has(t.low);
  for (const d of docs) {
    for (const pd of d.passages) {
      pd.toks.forEach((t, k) => {
        if (!t.word) return;
        if (!t.cap) {
          lower.set(t.low, (lower.get(t.low) ?? 0) + 1);
          return;
        }
        const initial = opensSentence(pd.toks, k);
        // An acronym printed in capitals counts against its lower-case uses ('NTL' against a web
        // address's 'ntl'), though it never stands alone as a surname does.
        if (!initial && (!t.acronym || on('acronym-case'))) capMid.set(t.low, (capMid.get(t.low) ?? 0) + 1);
        if (t.acronym) return;
        const next = pd.toks[k + 1];
        if (next?.word && !next.cap && TITLE_HEADS.has(next.low)) qualifiers.add(t.low);
        if ((initial || !capWord(pd.toks[k - 1])) && !capWord(pd.toks[k + 1])) alone.add(t.low);
      });
    }
  }
  const common = new Set<string>();
  for (const [w, n] of lower) if (n >= 2 && n >= (capMid.get(w) ?? 0)) common.add(w);
  return { common, alone, qualifiers };
}
