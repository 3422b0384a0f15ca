/**
 * How close an answer of the asked kind stands to what the question says of it: by the
 * question's words, and whether a figure counts what 'how many' counts.
 */
import { answerRulesOf, answerSpans } from './answer-type.js';
import type { ScoringContext } from './score.js';
import { memoised, type PlacedSentence } from './snippet.js';

/**
 * For each sentence, how close (0-1) an answer of the asked type stands to the question's own
 * words in it: 'sold 50,000 consoles' answers 'how many consoles were sold' better than a
 * sentence that names the consoles and, far off, some other figure.
 */
export function closenessOf(ctx: ScoringContext, placed: readonly PlacedSentence[], counts: Counts): (i: number) => number {
  const { question: q, params } = ctx;
  const rules = answerRulesOf(params);
  return memoised((i) => {
    let c = 0;
    const s = placed[i]!.sentence;
    if (q.type !== null && q.type !== 'speech' && counts(s)) {
      const at = s.tokens.filter((t) => ctx.matched.has(t.term)).map((t) => t.start);
      for (const span of answerSpans(s.text, q.type, q.asked, rules)) for (const t of at) if (span !== t) c = Math.max(c, 1 - Math.abs(span - t) / params.answerNearChars);
    }
    return Math.max(0, c);
  });
}

/** Whether a sentence's figure counts what 'how many' counts. */
export type Counts = (s: PlacedSentence['sentence']) => boolean;

/**
 * For 'how many N': whether a sentence's figure counts N or a word standing for it ('sold 3
 * million copies', 'killed five people'): a figure next to something else answers nothing.
 * Always true for other questions.
 */
export function countsOf(ctx: ScoringContext): Counts {
  const { question: q, forms, params } = ctx;
  if (q.type !== 'quantity' || q.counted === null || params.countedNoun <= 0) return () => true;
  const accepted = new Set([q.counted, ...(forms.get(q.counted)?.keys() ?? [])]);
  // Ranking and closeness both ask of the same sentences.
  const memo = new Map<PlacedSentence['sentence'], boolean>();
  return (s) => {
    let yes = memo.get(s);
    if (yes === undefined) {
      const figures = answerSpans(s.text, 'quantity', q.asked);
      yes = s.tokens.some((t) => accepted.has(t.term) && figures.some((f) => f < t.start && t.start - f <= params.countedNounChars));
      memo.set(s, yes);
    }
    return yes;
  };
}
