import type pg from 'pg';
import type SearchableMap from 'minisearch/SearchableMap';
import { analyseQuestion } from '../../answer/question.js';
import { passagesQuoting } from '../../answer/names.js';
import { DEFAULT_RANKING, type RankingParams } from '../../answer/params.js';
import { retrieve } from '../../answer/retrieve.js';
import type { Article, Corpus, Passage } from '../../corpus/types.js';
import type { EngineView, TermStats, ViewRequest } from '../../engine.js';
import type { QuoteIndex } from '../../quotes/index.js';
import { emulateSearch, queryTerms, type FieldPosting, type PassageHit, type PassageQuery, type TermPostings } from '../../search/query.js';
import { PG_DEFAULTS } from './connect.js';
import type { PgStats } from './write.js';

/** What a PostgreSQL engine holds in memory between requests: statistics, article metadata and the quote registry. */
export interface PgState {
  generation: number;
  stats: PgStats;
  terms: TermStats;
  vocabulary: SearchableMap<unknown>;
  corpus: Corpus;
  /** Every article without its text (`raw` is empty): citations and filters read these. */
  meta: ReadonlyMap<string, Article>;
  passageCounts: ReadonlyMap<string, number>;
  quotes: QuoteIndex;
}

/** Articles fetched for a request first, then every article's metadata. */
class Layered<V> implements ReadonlyMap<string, V> {
  constructor(private readonly top: ReadonlyMap<string, V>, private readonly rest: ReadonlyMap<string, V>) {}
  get(k: string): V | undefined {
    return this.top.get(k) ?? this.rest.get(k);
  }
  has(k: string): boolean {
    return this.top.has(k) || this.rest.has(k);
  }
  get size(): number {
    return this.rest.size;
  }
  *entries(): MapIterator<[string, V]> {
    for (const k of this.rest.keys()) yield [k, this.get(k)!];
  }
  *keys(): MapIterator<string> {
    yield* this.rest.keys();
  }
  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(f: (v: V, k: string, m: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

const articleOf = (passageId: string) => passageId.slice(0, passageId.lastIndexOf('#'));
const sameQuery = (a: PassageQuery, b: PassageQuery) => JSON.stringify(a, (_, v: unknown) => (typeof v === 'function' ? (v as () => unknown)() : v)) === JSON.stringify(b, (_, v: unknown) => (typeof v === 'function' ? (v as () => unknown)() : v));

/** A view holding only what is in memory, whose search records the query retrieval would send. */
function planningView(s: PgState, captured: { query: PassageQuery | null }): EngineView {
  return {
    corpus: s.corpus,
    articles: s.meta,
    passages: new Map(),
    search: { ...s.terms, termsOf: new Map() },
    quotes: s.quotes,
    find: (q) => ((captured.query = q), []),
    passageCountOf: (id) => s.passageCounts.get(id) ?? 0,
  };
}

/** Postings of the query's terms: one indexed query (GIN) returning, per matching passage, only the matched terms. */
async function fetchPostings(db: pg.Pool, terms: readonly string[]): Promise<{ postings: Map<string, TermPostings>; idOf: Map<number, string> }> {
  const r = await db.query<{ ord: string; article_id: string; n: number; nterms: number; has_next: boolean; hits: string[] }>(
    `SELECT ord, article_id, n, nterms, has_next, ARRAY(SELECT t FROM unnest(tokens) t WHERE t = ANY($1)) AS hits
     FROM nd_passages WHERE tokens && $1::text[] ORDER BY ord`,
    [terms],
  );
  const own = new Map<string, FieldPosting[]>();
  const context = new Map<string, FieldPosting[]>();
  const idOf = new Map<number, string>();
  const push = (m: Map<string, FieldPosting[]>, t: string, p: FieldPosting) => (m.get(t) ?? m.set(t, []).get(t)!).push(p);
  for (const row of r.rows) {
    const ord = Number(row.ord);
    idOf.set(ord, `${row.article_id}#${row.n}`);
    if (row.has_next) idOf.set(ord + 1, `${row.article_id}#${row.n + 1}`);
    const tf = new Map<string, number>();
    for (const t of row.hits) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      push(own, t, { doc: ord, tf: n, length: row.nterms });
      if (row.has_next) push(context, t, { doc: ord + 1, tf: n, length: row.nterms });
    }
  }
  const postings = new Map<string, TermPostings>();
  for (const t of new Set([...own.keys(), ...context.keys()])) postings.set(t, { terms: own.get(t) ?? [], context: (context.get(t) ?? []).sort((a, b) => a.doc - b.doc) });
  return { postings, idOf };
}

/** The index terms to fetch: the query's own words, then their other forms rarest first, within PG_DEFAULTS.maxPostings. */
function withinPostings(s: PgState, q: PassageQuery): string[] {
  const own = new Set(q.specs.flatMap((spec) => spec.queries));
  const df = (t: string) => s.terms.df.get(t) ?? 0;
  const known = [...queryTerms(s.vocabulary, q)].filter((t) => df(t) > 0);
  const chosen = known.filter((t) => own.has(t));
  let spent = chosen.reduce((n, t) => n + df(t), 0);
  for (const t of known.filter((x) => !own.has(x)).sort((a, b) => df(a) - df(b))) {
    if (spent + df(t) > PG_DEFAULTS.maxPostings) break;
    chosen.push(t);
    spent += df(t);
  }
  return chosen;
}

/** Runs retrieval's query against the database, scored as MiniSearch scores it. */
async function search(db: pg.Pool, s: PgState, q: PassageQuery): Promise<PassageHit[]> {
  const terms = withinPostings(s, q);
  if (terms.length === 0) return [];
  const { postings, idOf } = await fetchPostings(db, terms);
  const avgLength = { terms: s.stats.lenTerms / s.stats.passages, context: s.stats.lenContext / s.stats.passages };
  const found = emulateSearch(q, { vocabulary: s.vocabulary, postings: (t) => postings.get(t), documents: s.stats.passages, avgLength });
  return found.map((h) => ({ id: idOf.get(h.doc)!, score: h.score, terms: h.terms }));
}

/** Every passage of these articles, and the articles with their text. */
async function fetchArticles(db: pg.Pool, ids: readonly string[]): Promise<{ passages: Map<string, Passage>; termsOf: Map<string, ReadonlySet<string>>; articles: Map<string, Article> }> {
  const [p, a] = await Promise.all([
    db.query<{ id: string; article_id: string; n: number; text: string; start_at: number; end_at: number; tokens: string[] }>(
      'SELECT id, article_id, n, text, start_at, end_at, tokens FROM nd_passages WHERE article_id = ANY($1) ORDER BY article_id, n',
      [ids],
    ),
    db.query<Article>('SELECT id, file, title, publisher, author, url, published, raw FROM nd_articles WHERE id = ANY($1)', [ids]),
  ]);
  const passages = new Map(p.rows.map((r) => [r.id, { id: r.id, articleId: r.article_id, n: r.n, text: r.text, start: r.start_at, end: r.end_at }]));
  const termsOf = new Map(p.rows.map((r) => [r.id, new Set(r.tokens) as ReadonlySet<string>]));
  return { passages, termsOf, articles: new Map(a.rows.map((r) => [r.id, r])) };
}

/**
 * The view one request answers from: its question's candidate passages (found and scored in the
 * database), every passage and the text of their articles and of the passages quoting a person
 * the question names, and the passages it cites; all else the view reads is in memory already.
 */
export async function prepareView(db: pg.Pool, s: PgState, request: ViewRequest): Promise<EngineView> {
  const params: RankingParams = request.params ?? DEFAULT_RANKING;
  const captured: { query: PassageQuery | null } = { query: null };
  const plan = planningView(s, captured);
  let hits: PassageHit[] = [];
  const wanted = new Set((request.passageIds ?? []).map(articleOf));
  const question = request.question?.replace(/\s+/g, ' ').trim();
  if (question) {
    const asked = analyseQuestion(plan, question, params);
    if (asked.terms.length > 0) retrieve(plan, asked, params);
    if (captured.query) hits = await search(db, s, captured.query);
    for (const h of hits) wanted.add(articleOf(h.id));
    if (asked.type === 'speech' && asked.speakers.length > 0) {
      const have = new Set(hits.map((h) => h.id));
      const quoting = [...passagesQuoting(s.quotes, asked.speakers).keys()].filter((id) => !have.has(id)).slice(0, params.candidates);
      for (const id of quoting) wanted.add(articleOf(id));
    }
  }
  const got = wanted.size > 0 ? await fetchArticles(db, [...wanted]) : { passages: new Map<string, Passage>(), termsOf: new Map(), articles: new Map<string, Article>() };
  const query = captured.query;
  // An article removed between the search and the fetch (a concurrent update) is not cited.
  hits = hits.filter((h) => got.passages.has(h.id));
  return {
    ...plan,
    articles: new Layered(got.articles, s.meta),
    passages: got.passages,
    search: { ...s.terms, termsOf: got.termsOf },
    find: (q) => {
      if (!query || !sameQuery(q, query)) throw new Error('this view was prepared for another question or other ranking parameters');
      return hits;
    },
  };
}
