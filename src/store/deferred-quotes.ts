import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { QuoteIndex } from '../quotes/index.js';
import { joinBinary, mergeLine, noSections } from './lines.js';
import { unpackQuotes } from './quotes-pack.js';

/**
 * The quotation registry of a persisted index, read after the engine is ready rather than before.
 * Parsing its JSON lines and restoring its references is about a tenth of loading a
 * 10,000-article index, and nothing needs it until the first question. The lines are kept as
 * read; they are parsed in the background, one line per event-loop turn, and a command that
 * reads the registry sooner (a question names a speaker on every /ask) parses what is left at
 * once: every read sees the whole registry, so answers never depend on the timing.
 */

const settledOf = new WeakMap<QuoteIndex, Promise<void>>();

/**
 * A QuoteIndex over the registry's unparsed index lines. `fallback` rebuilds the registry from
 * the corpus should the lines prove damaged (they are read only now, after the load succeeded).
 */
export function deferQuotes(lines: readonly string[], fallback: () => QuoteIndex): QuoteIndex {
  const sections = noSections();
  let next = 0;
  let broken = false;
  let done: QuoteIndex | null = null;
  const finish = (): QuoteIndex => {
    if (done) return done;
    try {
      while (!broken && next < lines.length) mergeLine(sections, lines[next++]!);
      const section = broken ? undefined : joinBinary(sections).quotes;
      done = section ? unpackQuotes(section) : fallback();
    } catch {
      done = fallback();
    }
    return done;
  };
  const qi = {} as QuoteIndex;
  for (const key of ['speakers', 'speakerById', 'quotesBySpeaker', 'quotes', 'names', 'nameWords', 'searchNames', 'quoteTerms'] as const) {
    Object.defineProperty(qi, key, { enumerable: true, get: () => finish()[key] });
  }
  const background = (async () => {
    while (!done && !broken && next < lines.length) {
      await yieldToLoop();
      if (done) break;
      try {
        mergeLine(sections, lines[next++]!);
      } catch {
        broken = true;
      }
    }
    await yieldToLoop();
    finish();
  })();
  settledOf.set(qi, background);
  return qi;
}

/** Resolves once a registry from deferQuotes is parsed (at once for any other registry). */
export function quotesSettled(qi: QuoteIndex): Promise<void> {
  return settledOf.get(qi) ?? Promise.resolve();
}
