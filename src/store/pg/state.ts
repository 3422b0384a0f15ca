import type pg from 'pg';
import SearchableMap from 'minisearch/SearchableMap';
import type { Article, CorpusProblem } from '../../corpus/types.js';
import { refreshRelatedTable, relatedTableOf } from '../../search/related.js';
import { DatabaseError, describeUrl } from './connect.js';
import type { PgVersion } from './ingest.js';
import { loadSpeakers } from './quotes.js';
import { quoteIndexOf, type QuoteIndex, type Speaker } from '../../quotes/index.js';
import { bySalience } from '../../quotes/lookup.js';
import { ensureSchema, getMeta, PG_SCHEMA_VERSION } from './schema.js';
import type { PgState } from './view.js';
import type { PgStats } from './write.js';

interface TermRow {
  term: string;
  df: number;
  cap: number;
  word: string;
}

/** Adds (or replaces) terms in the statistics; the vocabulary gets them in the order given (first-seen order). */
function putTerms(s: Pick<PgState, 'terms' | 'vocabulary'>, rows: readonly TermRow[]): void {
  const names = s.terms.names as Set<string>;
  for (const row of rows) {
    (s.terms.df as Map<string, number>).set(row.term, row.df);
    if (row.cap > 0) names.add(row.term);
    else names.delete(row.term);
    (s.terms.wordOf as Map<string, string>).set(row.term, row.word);
    if (!s.vocabulary.has(row.term)) s.vocabulary.set(row.term, true);
  }
}

/** Every term as one JSON array, in first-seen order: at 192,000 terms, as many driver rows took over a second to parse. */
async function termRows(db: pg.Pool): Promise<TermRow[]> {
  const r = await db.query<{ all: [string, number, number, string][] | null }>('SELECT json_agg(json_build_array(term, df, cap, word) ORDER BY seq) AS all FROM nd_terms');
  return (r.rows[0]?.all ?? []).map(([term, df, cap, word]) => ({ term, df, cap, word }));
}

async function loadTerms(db: pg.Pool): Promise<Pick<PgState, 'terms' | 'vocabulary'>> {
  const r = { rows: await termRows(db) };
  // Inserted in first-seen order, as MiniSearch's own term tree is, so near-spellings come out in its order.
  const out = { terms: { df: new Map<string, number>(), names: new Set<string>(), wordOf: new Map<string, string>(), passageCount: 0 }, vocabulary: new SearchableMap<unknown>() };
  putTerms(out, r.rows);
  return out;
}

const ARTICLE_COLUMNS = 'id, file, title, publisher, author, url, published, passages';
// Code-unit order, whatever the database's collation, so a partial reload sorts as a full one.
const byFile = (a: Article, b: Article) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function articleOf({ passages: _, ...a }: Article & { passages: number }): Article {
  return { ...a, raw: '' };
}

/** Every article's metadata as one JSON array (parsed natively: far faster than 100,000 driver rows). */
async function loadArticles(db: pg.Pool): Promise<{ list: Article[]; counts: Map<string, number> }> {
  const r = await db.query<{ all: (Article & { passages: number })[] | null }>(
    `SELECT json_agg(json_build_object('id', id, 'file', file, 'title', title, 'publisher', publisher, 'author', author, 'url', url,
       'published', published, 'passages', passages) ORDER BY file COLLATE "C", id COLLATE "C") AS all FROM nd_articles`,
  );
  const rows = r.rows[0]?.all ?? [];
  return { list: rows.map(articleOf), counts: new Map(rows.map((a) => [a.id, a.passages])) };
}

/** Reads what a serving process keeps in memory: statistics, vocabulary, article metadata, the speakers. */
export async function loadState(db: pg.Pool, url: string): Promise<PgState> {
  await ensureSchema(db);
  const version = await getMeta<PgVersion>(db, 'version');
  if (!version) throw new DatabaseError(`The database at ${describeUrl(url)} holds no index yet: run \`npm run index\` with DATABASE_URL set to it first.`);
  if (version.schema !== PG_SCHEMA_VERSION) throw new DatabaseError(`The index in ${describeUrl(url)} is of another version (${version.schema}); run \`npm run index\` with this code to rebuild it.`);
  // The generation first: rows read after it are at least as new, so a change landing meanwhile is applied again, never missed.
  const generation = (await getMeta<number>(db, 'generation')) ?? 0;
  const [stats, problems, terms, articles, quotes] = await Promise.all([getMeta<PgStats>(db, 'stats'), getMeta<CorpusProblem[]>(db, 'problems'), loadTerms(db), loadArticles(db), loadSpeakers(db)]);
  const state: PgState = {
    generation,
    stats: stats!,
    terms: { ...terms.terms, passageCount: stats!.passages },
    vocabulary: terms.vocabulary,
    corpus: { dir: url, articles: articles.list, passages: [], problems: problems ?? [] },
    meta: new Map(articles.list.map((a) => [a.id, a])),
    passageCounts: articles.counts,
    quotes,
  };
  // Built now, not on the first question, as the in-process engine does.
  relatedTableOf(state.terms);
  return state;
}

/** The article list without the `gone` ids and with `fresh` placed in file order: no sort of the whole list. */
function replaceSorted(list: readonly Article[], gone: ReadonlySet<string>, fresh: readonly Article[]): Article[] {
  const out = list.filter((a) => !gone.has(a.id));
  for (const a of fresh) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byFile(out[mid]!, a) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, a);
  }
  return out;
}

/** The speakers after an update: only the changed ones are read again; the others stay the same objects (their analysed names stay cached). */
async function updateSpeakers(db: pg.Pool, old: QuoteIndex, ids: readonly string[]): Promise<QuoteIndex> {
  if (ids.length === 0) return old;
  const r = await db.query<{ data: Speaker }>('SELECT data FROM nd_speakers WHERE id = ANY($1)', [ids]);
  const byId = new Map(old.speakers.map((x) => [x.id, x]));
  for (const id of ids) byId.delete(id);
  for (const { data } of r.rows) byId.set(data.id, data);
  return quoteIndexOf([...byId.values()].sort(bySalience), [], Object.create(null) as Record<string, string[]>);
}

/**
 * The state after the per-article updates from `s.generation` to `to`: only the articles and
 * terms they touched are read again (nd_changes), with the statistics and the changed speakers; null
 * when some of those updates are no longer listed (a full index, or too far behind), and a full
 * reload is due. The new state is a copy: a view prepared from the old one keeps reading it.
 */
export async function applyChanges(db: pg.Pool, s: PgState, to: number): Promise<PgState | null> {
  const log = await db.query<{ articles: string[]; terms: string[]; speakers: string[] }>('SELECT articles, terms, speakers FROM nd_changes WHERE generation > $1 AND generation <= $2', [s.generation, to]);
  if (log.rows.length !== to - s.generation) return null;
  const ids = [...new Set(log.rows.flatMap((r) => r.articles))];
  const terms = [...new Set(log.rows.flatMap((r) => r.terms))];
  const [stats, termRows, articleRows, quotes] = await Promise.all([
    getMeta<PgStats>(db, 'stats'),
    db.query<TermRow>('SELECT term, df, cap, word FROM nd_terms WHERE term = ANY($1) ORDER BY seq', [terms]),
    db.query<Article & { passages: number }>(`SELECT ${ARTICLE_COLUMNS} FROM nd_articles WHERE id = ANY($1)`, [ids]),
    updateSpeakers(db, s.quotes, [...new Set(log.rows.flatMap((r) => r.speakers))]),
  ]);
  const next: PgState = {
    ...s,
    generation: to,
    stats: stats!,
    terms: { df: new Map(s.terms.df), names: new Set(s.terms.names), wordOf: new Map(s.terms.wordOf), passageCount: stats!.passages },
    quotes,
  };
  // Terms still held keep their place (Map order is first-seen order, as a full load's by seq); new ones come last, as their seq does.
  const held = new Set(termRows.rows.map((r) => r.term));
  for (const t of terms.filter((x) => !held.has(x))) {
    (next.terms.df as Map<string, number>).delete(t);
    (next.terms.names as Set<string>).delete(t);
    (next.terms.wordOf as Map<string, string>).delete(t);
    // The vocabulary is shared with the old state: a request still expanding a gone term finds no postings for it, which counts for nothing.
    next.vocabulary.delete(t);
  }
  putTerms(next, termRows.rows);
  const fresh = articleRows.rows.map(articleOf);
  const list = replaceSorted(s.corpus.articles, new Set(ids), fresh);
  const meta = new Map(s.meta);
  const counts = new Map(s.passageCounts);
  for (const id of ids) (meta.delete(id), counts.delete(id));
  for (const [i, a] of fresh.entries()) (meta.set(a.id, a), counts.set(a.id, articleRows.rows[i]!.passages));
  refreshRelatedTable(next.terms, s.terms);
  return { ...next, corpus: { ...s.corpus, articles: list }, meta, passageCounts: counts };
}
