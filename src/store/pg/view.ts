import type pg from 'pg';
import type SearchableMap from 'minisearch/SearchableMap';
import { analyseQuestion } from '../../answer/question.js';
import { passagesQuoting } from '../../answer/names.js';
import { DEFAULT_RANKING, type RankingParams } from '../../answer/params.js';
import { retrieve, type Forms } from '../../answer/retrieve.js';
import type { Article, Corpus } from '../../corpus/types.js';
import type { EngineView, TermStats, ViewRequest } from '../../engine.js';
import { resolveSpeaker, type QuoteIndex } from '../../quotes/index.js';
import { emulateSearch, queryTerms, type PassageHit, type PassageQuery } from '../../search/query.js';
import { PG_DEFAULTS } from './connect.js';
import { fetchPassages, NOTHING_FETCHED, type Fetched } from './fetch.js';
import { fetchPostings } from './postings.js';
import { speakerQuotes } from './quotes.js';
import type { PgStats } from './write.js';

/** What a PostgreSQL engine holds in memory between requests: statistics, article metadata and the quote registry. */
export interface PgState {
  generation: number;
  stats: PgStats;
  terms: TermStats;
  /** The vocabulary's radix tree (prefix and fuzzy expansion), built on first use: shared by the states an update makes from this one. */
  vocabulary: () => SearchableMap<unknown>;
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
  const known = [...queryTerms(s.vocabulary(), q)].filter((t) => df(t) > 0);
  const chosen = known.filter((t) => own.has(t));
  let spent = chosen.reduce((n, t) => n + df(t), 0);
  for (const t of known.filter((x) => !own.has(x)).sort((a, b) => df(a) - df(b))) {
    if (spent + df(t) > PG_DEFAULTS.maxPostings) break;
    chosen.push(t);
    spent += df(t);
  }
  return chosen;
}

/** A query's candidates, scored as MiniSearch scores them (passage ordinals, best first), and the index terms whose postings were read. */
interface Found {
  hits: { doc: number; score: number; terms: string[] }[];
  terms: string[];
}

/** Runs retrieval's query against the database's postings. */
async function search(db: pg.Pool, s: PgState, q: PassageQuery): Promise<Found> {
  const terms = withinPostings(s, q);
  if (terms.length === 0) return { hits: [], terms };
  const postings = await fetchPostings(db, terms);
  const avgLength = { terms: s.stats.lenTerms / s.stats.passages, context: s.stats.lenContext / s.stats.passages };
  return { hits: emulateSearch(q, { vocabulary: s.vocabulary(), postings: (t) => postings.get(t), documents: s.stats.passages, avgLength }), terms };
}

/**
 * Every term ranking may look up in a whole article: each form of each question term that
 * retrieval planned (the terms, their written words, related words, near-spellings), and every
 * index term whose postings were read (the matched longer forms ranking adds from the hits).
 */
function interestOf(forms: Forms | null, found: Found): string[] {
  const out = new Set(found.terms);
  for (const byForm of forms?.values() ?? []) for (const f of byForm.keys()) out.add(f);
  return [...out];
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
 * database), the passages quoting a person the question names and the passages it cites, each
 * with the paragraph before and after it and its article's text, the quotations of the speakers
 * it names, and which of the question's forms each of those articles holds; all else the view
 * reads (statistics, speakers, article metadata) is in memory already.
 * Round trips: postings and quotations side by side, then the passages.
 */
export async function prepareView(db: pg.Pool, s: PgState, request: ViewRequest): Promise<EngineView> {
  const params: RankingParams = request.params ?? DEFAULT_RANKING;
  const captured: { query: PassageQuery | null } = { query: null };
  const plan = planningView(s, captured);
  const cited = new Set(request.passageIds ?? []);
  const question = request.question?.replace(/\s+/g, ' ').trim();
  const asked = question ? analyseQuestion(plan, question, params) : null;
  const forms = asked && asked.terms.length > 0 ? retrieve(plan, asked, params).forms : null;
  const [found, quotes] = await Promise.all([
    captured.query ? search(db, s, captured.query) : { hits: [], terms: [] },
    speakerQuotes(db, s.quotes, speakersOf(s, request, asked?.type === 'speech' ? asked : null)),
  ]);
  if (asked?.type === 'speech' && asked.speakers.length > 0) {
    // Ranking also reads the passages quoting a person the question names, beyond the hits (a few, as many as candidates).
    for (const id of [...passagesQuoting(quotes, asked.speakers).keys()].slice(0, params.candidates + found.hits.length)) cited.add(id);
  }
  const ords = found.hits.map((h) => h.doc);
  const got: Fetched = cited.size + ords.length > 0 ? await fetchPassages(db, ords, [...cited], interestOf(forms, found)) : NOTHING_FETCHED;
  const query = captured.query;
  // A passage removed between the search and the fetch (a concurrent update) is not cited.
  const hits: PassageHit[] = found.hits.flatMap((h) => (got.idOf.has(h.doc) ? [{ id: got.idOf.get(h.doc)!, score: h.score, terms: h.terms }] : []));
  return {
    ...plan,
    articles: new Layered(got.articles, s.meta),
    passages: got.passages,
    search: { ...s.terms, termsOf: got.termsOf, articleTerms: got.articleTerms },
    quotes,
    find: (q) => {
      if (!query || !sameQuery(q, query)) throw new Error('this view was prepared for another question or other ranking parameters');
      return hits;
    },
  };
}
