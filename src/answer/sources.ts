import type { Article } from '../corpus/types.js';
import type { EngineView as Engine } from '../engine.js';
import type { SourceRef, SourceSummary } from './types.js';

/** The citation fields of an article. */
export function sourceRef(a: Article): SourceRef {
  return { id: a.id, title: a.title, publisher: a.publisher, author: a.author, url: a.url, published: a.published };
}

/** Every article with its passage count, newest first, then by publisher. */
export function listSources(engine: Engine): SourceSummary[] {
  return engine.corpus.articles
    .map((a) => ({ ...sourceRef(a), passages: engine.passageCountOf(a.id) }))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || (a.publisher ?? a.id).localeCompare(b.publisher ?? b.id));
}

/** Looks up an article's title by id, for citations that have no URL to link. */
export function titleOf(engine: Engine): (articleId: string) => string | undefined {
  return (id) => engine.articles.get(id)?.title;
}

/** Every publisher in the corpus with its article count, most articles first: what `source` filters choose from. */
export function listOutlets(engine: Engine): { publisher: string; articles: number }[] {
  const n = new Map<string, number>();
  for (const a of engine.corpus.articles) if (a.publisher) n.set(a.publisher, (n.get(a.publisher) ?? 0) + 1);
  return [...n].map(([publisher, articles]) => ({ publisher, articles })).sort((a, b) => b.articles - a.articles || a.publisher.localeCompare(b.publisher));
}
