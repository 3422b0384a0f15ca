import type { Quote, QuoteIndex, Speaker } from '../quotes/index.js';

/**
 * The quotation registry as plain data for the persisted index and the rebuild worker: shared
 * references (a speaker by id, a speaker's quotations) held as ids, restored on the way back.
 */

/** The quote index without its shared references doubled: lookup tables hold ids, rebuilt on load. */
export function packQuotes(qi: QuoteIndex): Record<string, unknown> {
  const { speakerById, quotesBySpeaker, ...rest } = qi;
  return {
    ...rest,
    speakerById: Object.fromEntries(Object.entries(speakerById).map(([k, s]) => [k, s.id])),
    quotesBySpeaker: Object.fromEntries(Object.entries(quotesBySpeaker).map(([k, qs]) => [k, qs.map((q) => q.id)])),
  };
}

const dict = <T>(from: Record<string, T> = {}): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, from);

/** The quote index as packQuotes left it, its shared references restored. */
export function unpackQuotes(packed: Record<string, unknown>): QuoteIndex {
  const speakers = packed.speakers as Speaker[];
  const quotes = packed.quotes as Quote[];
  const speakerOf = new Map(speakers.map((s) => [s.id, s]));
  const quoteOf = new Map(quotes.map((q) => [q.id, q]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(packed)) {
    out[k] = typeof v === 'object' && v !== null && !Array.isArray(v) ? dict(v as Record<string, unknown>) : v;
  }
  out.speakerById = dict(Object.fromEntries(Object.entries(packed.speakerById as Record<string, string>).map(([k, id]) => [k, speakerOf.get(id)!])));
  out.quotesBySpeaker = dict(Object.fromEntries(Object.entries(packed.quotesBySpeaker as Record<string, string[]>).map(([k, ids]) => [k, ids.map((id) => quoteOf.get(id)!)])));
  return out as unknown as QuoteIndex;
}

