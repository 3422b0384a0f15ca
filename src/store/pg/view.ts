import type pg from 'pg';
import type SearchableMap from 'minisearch/SearchableMap';
import { analyseQuestion } from '../../answer/question.js';
import { passagesQuoting } from '../../answer/names.js';
import { DEFAULT_RANKING, type RankingParams } from '../../answer/params.js';
import { retrieve } from '../../answer/retrieve.js';
import type { Article, Corpus, Passage } from '../../corpus/types.js';
import type { EngineView, TermStats, ViewRequest } from '../../engine.js';
import { resolveSpeaker, type QuoteIndex } from '../../quotes/index.js';
import { emulateSearch, queryTerms, type PassageHit, type PassageQuery } from '../../search/query.js';
import { PG_DEFAULTS } from './connect.js';
import { fetchPostings } from './postings.js';
import { speakerQuotes } from './quotes.js';
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

/** Runs retrieval's query against the database's postings, scored as MiniSearch scores it: passage ordinals, best first. */
async function search(db: pg.Pool, s: PgState, q: PassageQuery): Promise<{ doc: number; score: number; terms: string[] }[]> {
  const terms = withinPostings(s, q);
  if (terms.length === 0) return [];
  const postings = await fetchPostings(db, terms);
  const avgLength = { terms: s.stats.lenTerms / s.stats.passages, context: s.stats.lenContext / s.stats.passages };
  return emulateSearch(q, { vocabulary: s.vocabulary, postings: (t) => postings.get(t), documents: s.stats.passages, avgLength });
}

interface Fetched {
  passages: Map<string, Passage>;
  termsOf: Map<string, ReadonlySet<string>>;
  articles: Map<string, Article>;
  idOf: Map<number, string>;
}

type PassageTuple = [ord: number, id: string, n: number, text: string, start: number, end: number, tokens: string];

/**
 * Every passage of the articles holding these passage ordinals or with these ids, and the
 * articles with their text: one statement (one snapshot: an article and its passages always
 * agree), each article's passages as one JSON array, which parses far faster than rows.
 */
async function fetchArticles(db: pg.Pool, ords: readonly number[], ids: readonly string[]): Promise<Fetched> {
  const r = await db.query<Article & { passages: PassageTuple[] | null }>({
    name: 'nd-view-articles',
    text: `WITH which AS (SELECT article_id AS id FROM nd_passages WHERE ord = ANY($1::bigint[]) UNION SELECT unnest($2::text[]))
      SELECT a.id, a.file, a.title, a.publisher, a.author, a.url, a.published, a.raw,
        (SELECT json_agg(json_build_array(p.ord, p.id, p.n, p.text, p.start_at, p.end_at, array_to_string(p.tokens, ' ')) ORDER BY p.n)
         FROM nd_passages p WHERE p.article_id = a.id) AS passages
      FROM nd_articles a JOIN which USING (id)`,
    values: [ords, ids],
  });
  const out: Fetched = { passages: new Map(), termsOf: new Map(), articles: new Map(), idOf: new Map() };
  for (const { passages, ...article } of r.rows) {
    out.articles.set(article.id, article);
    for (const [ord, id, n, text, start, end, tokens] of passages ?? []) {
      out.passages.set(id, { id, articleId: article.id, n, text, start, end });
      out.termsOf.set(id, new Set(tokens ? tokens.split(' ') : []));
      out.idOf.set(ord, id);
    }
  }
  return out;
}

/** The speakers a request quotes: the /quote speaker as resolved, and the people a "what did X say" question names. */
function speakersOf(s: PgState, request: ViewRequest, asked: { speakers: readonly string[] } | null): string[] {
  const ids = new Set(asked?.speakers ?? []);
  const typed = request.speaker?.trim();
  const resolved = typed ? resolveSpeaker(s.quotes, typed).speaker : null;
  if (resolved) ids.add(resolved.id);
  return [...ids];
}

/**
 * The view one request answers from: its question's candidate passages (found and scored in the
 * database), every passage and the text of their articles and of the passages quoting a person
 * the question names, the quotations of the speakers it names, and the passages it cites; all
 * else the view reads (statistics, speakers, article metadata) is in memory already.
 * Round trips: postings and quotations side by side, then the articles with their passages.
 */
export async function prepareView(db: pg.Pool, s: PgState, request: ViewRequest): Promise<EngineView> {
  const params: RankingParams = request.params ?? DEFAULT_RANKING;
  const captured: { query: PassageQuery | null } = { query: null };
  const plan = planningView(s, captured);
  const wanted = new Set((request.passageIds ?? []).map(articleOf));
  const question = request.question?.replace(/\s+/g, ' ').trim();
  const asked = question ? analyseQuestion(plan, question, params) : null;
  if (asked && asked.terms.length > 0) retrieve(plan, asked, params);
  const [found, quotes] = await Promise.all([
    captured.query ? search(db, s, captured.query) : [],
    speakerQuotes(db, s.quotes, speakersOf(s, request, asked?.type === 'speech' ? asked : null)),
  ]);
  if (asked?.type === 'speech' && asked.speakers.length > 0) {
    // Ranking also reads the passages quoting a person the question names, beyond the hits (a few, as many as candidates).
    const quoting = [...passagesQuoting(quotes, asked.speakers).keys()].slice(0, params.candidates + found.length);
    for (const id of quoting) wanted.add(articleOf(id));
  }
  const got: Fetched = wanted.size + found.length > 0 ? await fetchArticles(db, found.map((h) => h.doc), [...wanted]) : { passages: new Map(), termsOf: new Map(), articles: new Map(), idOf: new Map() };
  const query = captured.query;
  // A passage removed between the search and the fetch (a concurrent update) is not cited.
  const hits: PassageHit[] = found.flatMap((h) => (got.idOf.has(h.doc) ? [{ id: got.idOf.get(h.doc)!, score: h.score, terms: h.terms }] : []));
  return {
    ...plan,
    articles: new Layered(got.articles, s.meta),
    passages: got.passages,
    search: { ...s.terms, termsOf: got.termsOf },
    quotes,
    find: (q) => {
      if (!query || !sameQuery(q, query)) throw new Error('this view was prepared for another question or other ranking parameters');
      return hits;
    },
  };
}
