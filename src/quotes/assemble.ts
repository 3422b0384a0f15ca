import type { Article, Corpus, Passage } from '../corpus/types.js';
import { analyze } from '../search/analyze.js';
import type { Occurrence } from './attribution.js';
import { clusterOccurrences, type QuoteCluster } from './cluster.js';
import type { Citation, Quote } from './types.js';
import { hash } from './util.js';

const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

type Ordered = Quote & { order: number };

/** Fulls first; then the most widely carried; then reading order. */
function quoteOrder(a: Ordered, b: Ordered): number {
  return Number(a.partial) - Number(b.partial) || b.citations.length - a.citations.length || a.order - b.order;
}

/** One citation per source: the longest wording that source printed. */
function citationsOf(cl: QuoteCluster, articles: ReadonlyMap<string, Article>): Citation[] {
  const perSource = new Map<string, Occurrence>();
  for (const m of cl.members) {
    const held = perSource.get(m.articleId);
    if (!held || m.text.length > held.text.length) perSource.set(m.articleId, m);
  }
  return [...perSource.values()]
    .sort((a, b) => a.order - b.order)
    .map((m) => {
      const a = articles.get(m.articleId);
      return { sourceId: m.articleId, passageId: m.passageIds[0]!, publisher: a?.publisher ?? null, url: a?.url ?? null, text: m.text, passageIds: m.passageIds };
    });
}

/**
 * Turns attributed occurrences into quotations: one per wording across outlets, with stable ids,
 * an organisation's statements kept apart from people's, and the search terms of each
 * quotation and its passages for the topic filter.
 */
export function assembleQuotes(corpus: Corpus, occurrences: readonly Occurrence[], orgIds: ReadonlySet<string>): { quotes: Quote[]; quoteTerms: Record<string, string[]> } {
  const articles = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
  const passages = new Map<string, Passage>(corpus.passages.map((p) => [p.id, p]));
  const quotes: Ordered[] = [];
  const quoteTerms = dict<string[]>();
  const termCache = new Map<string, Set<string>>();
  const passageTerms = (pid: string): Set<string> => {
    let t = termCache.get(pid);
    if (!t) termCache.set(pid, (t = new Set(analyze(passages.get(pid)?.text ?? ''))));
    return t;
  };
  for (const cl of clusterOccurrences(occurrences)) {
    const citations = citationsOf(cl, articles);
    const base = `q-${hash(`${cl.speakerId ?? ''}|${cl.rep.text}|${citations[0]!.passageId}`)}`;
    let id = base;
    for (let n = 2; Object.hasOwn(quoteTerms, id); n++) id = `${base}-${n}`;
    const org = cl.speakerId !== null && orgIds.has(cl.speakerId);
    const order = Math.min(...cl.members.map((m) => m.order));
    quotes.push({ id, text: cl.rep.text, partial: cl.rep.partial, speakerId: org ? null : cl.speakerId, organisationId: org ? cl.speakerId : null, citations, order });
    // The topic filter looks at the quotation and the passages around it (each passage analysed once).
    const terms = new Set(cl.terms);
    for (const pid of new Set(cl.members.flatMap((m) => m.passageIds))) for (const t of passageTerms(pid)) terms.add(t);
    quoteTerms[id] = [...terms].sort();
  }
  quotes.sort(quoteOrder);
  return { quotes: quotes.map(({ order: _order, ...q }) => q), quoteTerms };
}
