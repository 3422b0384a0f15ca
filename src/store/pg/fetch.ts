import type pg from 'pg';
import type { Article, Passage } from '../../corpus/types.js';

/** What one request reads from the passages table: the passages it ranks or cites with their neighbours, and their articles. */
export interface Fetched {
  passages: Map<string, Passage>;
  termsOf: Map<string, ReadonlySet<string>>;
  articles: Map<string, Article>;
  /** Per fetched article, those of its terms among the request's `interest` (what article-level credit reads). */
  articleTerms: Map<string, ReadonlySet<string>>;
  idOf: Map<number, string>;
}

/** A fetch that found nothing (a request with no candidates and nothing to cite). */
export const NOTHING_FETCHED: Fetched = { passages: new Map(), termsOf: new Map(), articles: new Map(), articleTerms: new Map(), idOf: new Map() };

type PassageTuple = [ord: number, id: string, n: number, text: string, start: number, end: number, tokens: string];

/**
 * The anchors (passages by ordinal or id), the paragraph before and after each in its article
 * (all that snippets, prescoring and the Context button read around a passage) and its first
 * (whether the second is the lead depends on whether the first is a headline), the anchors'
 * articles with their text, and each article's terms that are in `interest`: one statement, so
 * an article and its passages always agree. Every other passage of those articles stays on the
 * server: ranking reads an article as a whole only through which of the question's forms it
 * holds, which the server works out (an INTERSECT over the tokens in the select list: a third of
 * the time of a DISTINCT over a lateral unnest per passage).
 */
export async function fetchPassages(db: pg.Pool, ords: readonly number[], ids: readonly string[], interest: readonly string[]): Promise<Fetched> {
  const r = await db.query<Article & { passages: PassageTuple[] | null; terms: string[] }>({
    name: 'nd-view-passages',
    text: `WITH anchor AS (SELECT article_id, n FROM nd_passages WHERE ord = ANY($1::bigint[]) OR id = ANY($2::text[])),
      near AS (SELECT DISTINCT p.ord FROM anchor x JOIN nd_passages p ON p.article_id = x.article_id AND (p.n BETWEEN x.n - 1 AND x.n + 1 OR p.n = 1))
      SELECT a.id, a.file, a.title, a.publisher, a.author, a.url, a.published, a.raw,
        (SELECT json_agg(json_build_array(p.ord, p.id, p.n, p.text, p.start_at, p.end_at, array_to_string(p.tokens, ' ')) ORDER BY p.n)
         FROM nd_passages p JOIN near USING (ord) WHERE p.article_id = a.id) AS passages,
        ARRAY(SELECT unnest($3::text[]) INTERSECT SELECT unnest(p.tokens) FROM nd_passages p WHERE p.article_id = a.id) AS terms
      FROM nd_articles a WHERE a.id IN (SELECT article_id FROM anchor)`,
    values: [ords, ids, interest],
  });
  const out: Fetched = { passages: new Map(), termsOf: new Map(), articles: new Map(), articleTerms: new Map(), idOf: new Map() };
  for (const { passages, terms, ...article } of r.rows) {
    out.articles.set(article.id, article);
    out.articleTerms.set(article.id, new Set(terms));
    for (const [ord, id, n, text, start, end, tokens] of passages ?? []) {
      out.passages.set(id, { id, articleId: article.id, n, text, start, end });
      out.termsOf.set(id, new Set(tokens ? tokens.split(' ') : []));
      out.idOf.set(ord, id);
    }
  }
  return out;
}
