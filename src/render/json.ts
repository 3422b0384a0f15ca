import type { AskResult, SourceSummary } from '../answer/types.js';
import type { QuoteResult, Speaker } from '../quotes/index.js';
import { sentenceLink } from './fragment.js';

/** The --json form of an answer (see README): one object per command, null for unknown fields. */
export function askJson(r: AskResult) {
  return {
    command: 'ask',
    query: r.query,
    noAnswer: r.noAnswer,
    results: r.hits.map((h) => ({
      snippet: h.snippet,
      passageId: h.passageId,
      score: h.score,
      // The source URL with a text fragment that scrolls to the snippet; `source.url` stays plain.
      link: sentenceLink(h.source.url, h.snippet),
      source: { id: h.source.id, title: h.source.title, publisher: h.source.publisher, author: h.source.author, url: h.source.url, published: h.source.published },
      alsoIn: h.alsoIn.map((a) => ({ id: a.id, publisher: a.publisher, url: a.url })),
    })),
  };
}

/** The --json form of /sources. */
export function sourcesJson(sources: readonly SourceSummary[]) {
  return {
    command: 'sources',
    sources: sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, author: s.author, url: s.url, published: s.published, passages: s.passages })),
  };
}

const speakerJson = (s: Speaker) => ({ name: s.name, kind: s.kind, aliases: s.aliases, description: s.description });

/** The --json form of a quote lookup. */
export function quoteJson(r: QuoteResult) {
  return {
    command: 'quote',
    query: r.query,
    speaker: r.speaker ? speakerJson(r.speaker) : null,
    quotes: r.quotes.map((q) => ({
      text: q.text,
      partial: q.partial,
      // Each outlet with the words it printed (a fragment or another wording of the quotation).
      citations: q.citations.map((c) => ({ sourceId: c.sourceId, passageId: c.passageId, publisher: c.publisher, url: c.url, link: sentenceLink(c.url, c.text), text: c.text })),
    })),
    ...(r.note ? { note: r.note } : {}),
    ...(r.suggestions.length > 0 ? { suggestions: r.suggestions.map((s) => s.name) } : {}),
  };
}

/** The --json form of the speaker list. */
export function speakersJson(speakers: readonly Speaker[]) {
  return { command: 'speakers', speakers: speakers.map((s) => ({ ...speakerJson(s), quotes: s.quotes })) };
}

/** The --json form of a failed command. */
export function errorJson(command: string, error: string) {
  return { command, error };
}
