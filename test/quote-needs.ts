/** Helpers for the mechanism tests: who said each full quotation, and that a mechanism is what gets it right. */
import { expect } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { buildQuoteIndex, type Quote, type QuoteIndex } from '../src/quotes/index.js';
import { switchOff, type Mechanism } from '../src/quotes/mechanisms.js';

/** The quote index of a corpus of these articles (files a0.txt, a1.txt, …). */
export function quoteIndexOver(...articles: string[]): QuoteIndex {
  return buildQuoteIndex(buildCorpus(articles.map((content, n) => ({ file: `a${n}.txt`, content }))));
}

/** The speaker's name (or null) of every full quotation, by its opening words, over these articles. */
export function speakers(...articles: string[]): Record<string, string | null> {
  const qi = quoteIndexOver(...articles);
  const name = (q: Quote) => {
    const id = q.speakerId ?? q.organisationId;
    return id ? qi.speakerById[id]!.name : null;
  };
  return Object.fromEntries(qi.quotes.filter((q) => !q.partial).map((q) => [q.text, name(q)]));
}

/** Asserts who said `quote` with every mechanism on, and that with `m` off the answer is different. */
export function needs(m: Mechanism, quote: string, who: string | null, ...articles: string[]): void {
  needsBesides(m, [], quote, who, ...articles);
}

/**
 * As `needs`, with `others` off in both runs: where a later mechanism also gets the text right,
 * that with those off `m` is still what does.
 */
export function needsBesides(m: Mechanism, others: readonly Mechanism[], quote: string, who: string | null, ...articles: string[]): void {
  switchOff([...others]);
  expect(speakers(...articles)[quote]).toBe(who);
  switchOff([...others, m]);
  expect(speakers(...articles)[quote] ?? null).not.toBe(who);
  switchOff([]);
}

/** The quotation with exactly these words, over these articles (phrases too), or undefined. */
export function quoteOf(text: string, ...articles: string[]): Quote | undefined {
  return quoteIndexOver(...articles).quotes.find((q) => q.text === text);
}
