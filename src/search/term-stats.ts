import { analyzeTokens } from './analyze.js';

/** What one passage contributes to the term statistics: its terms, the words they were written as, and their case. */
export interface PassageTerms {
  /** Analysed terms in reading order. */
  terms: string[];
  /** [term, word written] per token. */
  words: [string, string][];
  /** [term, +1 capitalised / -1 not] per token whose case says something (not a number, not opening a sentence). */
  cases: [string, number][];
}

/** Analyses a passage once for both the index and the statistics. */
export function analysePassage(text: string): PassageTerms {
  const tokens = analyzeTokens(text);
  const words: [string, string][] = [];
  const cases: [string, number][] = [];
  for (const t of tokens) {
    words.push([t.term, t.word]);
    if (/^\d/.test(t.term) || /[.!?:"“‘]\s*$|^\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    cases.push([t.term, /^\p{Lu}/u.test(text[t.start]!) ? 1 : -1]);
  }
  return { terms: tokens.map((t) => t.term), words, cases };
}

/**
 * Counts behind two term statistics, kept so a passage can be taken back out: how often each
 * term was written as each word (its plainest word names its word vector) and its case balance
 * (written capitalised mid-sentence more often than not: a name).
 */
export class TermStats {
  private wordCounts = new Map<string, Map<string, number>>();
  private pendingWords: (() => Map<string, Map<string, number>>) | null = null;

  /** Term → word → times written so; first written first. */
  get words(): Map<string, Map<string, number>> {
    if (this.pendingWords) {
      this.wordCounts = this.pendingWords();
      this.pendingWords = null;
    }
    return this.wordCounts;
  }

  /**
   * Gives the word counts as a function that builds them, called on first use: a persisted index
   * answers without them (`wordOf` and `names` are stored apart), and only a per-article update
   * reads them; building 28,000 small Maps was a tenth of loading a 10,000-article index.
   */
  deferWords(build: () => Map<string, Map<string, number>>): void {
    this.pendingWords = build;
  }
  /** Term → capitalised minus lower-case occurrences mid-sentence. */
  readonly cases = new Map<string, number>();
  /** Terms written capitalised mid-sentence most of the time. */
  readonly names = new Set<string>();
  /** Bumped whenever `refresh` may have changed `names`. */
  namesVersion = 0;
  /** The plainest (shortest; alphabetically first on a tie) word each term was written as. */
  readonly wordOf = new Map<string, string>();

  /** Adds (sign 1) or takes back (sign -1) one passage's counts; returns the terms touched. */
  apply(p: PassageTerms, sign: 1 | -1, touched = new Set<string>()): Set<string> {
    for (const [term, word] of p.words) {
      let m = this.words.get(term);
      if (!m) this.words.set(term, (m = new Map()));
      const n = (m.get(word) ?? 0) + sign;
      if (n > 0) m.set(word, n);
      else m.delete(word);
      if (m.size === 0) this.words.delete(term);
      touched.add(term);
    }
    for (const [term, c] of p.cases) {
      const n = (this.cases.get(term) ?? 0) + sign * c;
      if (n === 0) this.cases.delete(term);
      else this.cases.set(term, n);
    }
    return touched;
  }

  /** Recomputes `names` and `wordOf` for the given terms (all of them when omitted). */
  refresh(terms: Iterable<string> = this.words.keys()): void {
    this.namesVersion++;
    for (const term of terms) {
      if ((this.cases.get(term) ?? 0) > 0) this.names.add(term);
      else this.names.delete(term);
      const m = this.words.get(term);
      if (!m) {
        this.wordOf.delete(term);
        continue;
      }
      let best: string | undefined;
      // On a tie the alphabetically first, so the choice never depends on the order articles came in.
      for (const w of m.keys()) if (best === undefined || w.length < best.length || (w.length === best.length && w < best)) best = w;
      this.wordOf.set(term, best!);
    }
  }
}
