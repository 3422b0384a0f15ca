import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { QuoteIndex } from '../quotes/index.js';
import { linePrefix, mergeLine, noSections } from './lines.js';
import { unpackQuotes } from './quotes-pack.js';

/**
 * The quotations of a persisted index's registry, read after the engine is ready rather than
 * before. Parsing their JSON lines (11 MB at 10,000 articles, almost all of the registry) and
 * restoring their references was about a tenth of loading, and an ordinary /ask never reads
 * them: it reads the speakers and their names (loaded with the rest of the index), while only
 * /quote, 'what did X say' and a per-article update read the quotations. Their lines are kept
 * as read and parsed in the background, one line per event-loop turn; a command that reads them
 * sooner parses what is left at once, so every answer comes from the whole registry whenever it
 * is asked.
 */

/** The registry's fields that hold quotations: the ones read after ready. */
const QUOTATION_FIELDS = ['quotes', 'quotesBySpeaker', 'quoteTerms'] as const;
const SPEAKER_FIELDS = ['speakers', 'speakerById', 'names', 'nameWords', 'searchNames'] as const;

/** Line prefix → lines: what readSections should keep unparsed for deferQuotations. */
export function quotationLines(): Map<string, string[]> {
  return new Map(QUOTATION_FIELDS.map((f) => [linePrefix('quotes', f), []]));
}

const settledOf = new WeakMap<QuoteIndex, Promise<void>>();

/**
 * A QuoteIndex from the registry's section as read without its quotation fields (`speakerPart`)
 * and those fields' unparsed lines (from quotationLines). `fallback` rebuilds the registry from
 * the corpus should the lines prove damaged (they are parsed only after the load succeeded).
 */
export function deferQuotations(speakerPart: Record<string, unknown>, deferred: ReadonlyMap<string, readonly string[]>, fallback: () => QuoteIndex): QuoteIndex {
  const lines = [...deferred.values()].flat();
  const speakersOnly = unpackQuotes({ ...speakerPart, quotes: [], quotesBySpeaker: {}, quoteTerms: {} });
  const sections = noSections();
  let next = 0;
  let broken = false;
  let full: QuoteIndex | null = null;
  const finish = (): QuoteIndex => {
    if (full) return full;
    try {
      while (!broken && next < lines.length) mergeLine(sections, lines[next++]!);
      const quotations = broken ? undefined : sections.quotes;
      full = quotations && QUOTATION_FIELDS.every((f) => f in quotations) ? unpackQuotes({ ...speakerPart, ...quotations }) : fallback();
    } catch {
      full = fallback();
    }
    return full;
  };
  const qi = {} as QuoteIndex;
  for (const key of SPEAKER_FIELDS) Object.defineProperty(qi, key, { enumerable: true, get: () => (full ?? speakersOnly)[key] });
  for (const key of QUOTATION_FIELDS) Object.defineProperty(qi, key, { enumerable: true, get: () => finish()[key] });
  const background = (async () => {
    while (!full && !broken && next < lines.length) {
      await yieldToLoop();
      if (full) break;
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

/** Resolves once the quotations of a registry from deferQuotations are parsed (at once for any other registry). */
export function quotesSettled(qi: QuoteIndex): Promise<void> {
  return settledOf.get(qi) ?? Promise.resolve();
}
