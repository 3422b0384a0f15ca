import type pg from 'pg';
import SearchableMap from 'minisearch/SearchableMap';
import type { Article, CorpusProblem } from '../../corpus/types.js';
import { refreshRelatedTable, relatedTableOf } from '../../search/related.js';
import { settled, settleLater } from '../../search/settle.js';
import { DatabaseError, describeUrl } from './connect.js';
import { readRows, type ColumnKind } from './read-rows.js';
import type { PgVersion } from './ingest.js';
import { loadSpeakers } from './quotes.js';
import { quoteIndexOf, type QuoteIndex, type Speaker } from '../../quotes/index.js';
import { bySalience, prepareNameLookups } from '../../quotes/lookup.js';
import { ensureSchema, getMeta, PG_SCHEMA_VERSION } from './schema.js';
import type { PgState } from './view.js';
import type { PgStats } from './write.js';

/** One term's statistics as read: first-seen order, the term, passages holding it, capitalisation votes, its plainest word. */
type TermRow = [seq: number, term: string, df: number, cap: number, word: string];

/** Adds (or replaces) terms in the statistics; the vocabulary, when given, gets them in the order given (first-seen order). */
function putTerms(s: Pick<PgState, 'terms'>, rows: readonly TermRow[], vocabulary?: SearchableMap<unknown>): void {
  const names = s.terms.names as Set<string>;
  const df = s.terms.df as Map<string, number>;
  const wordOf = s.terms.wordOf as Map<string, string>;
  for (const [, term, count, cap, word] of rows) {
    df.set(term, count);
    if (cap > 0) names.add(term);
    else names.delete(term);
    wordOf.set(term, word);
    // Setting a term the tree holds keeps its place (no has() first: that walk cost as much as the insert).
    vocabulary?.set(term, true);
  }
}

/**
 * Every term as one value (at 192,000 terms, as many driver rows took over a second to parse,
 * and an object per term was garbage to collect: readRows), put in first-seen order here:
 * sorting in the statement spilled to disk past work_mem.
 */
async function termRows(db: pg.Pool): Promise<TermRow[]> {
  const all = await readRows<TermRow>(db, 'nd_terms', [['seq', 'number'], ['term', 'text'], ['df', 'number'], ['cap', 'number'], ['word', 'text']]);
  // Nearly sorted already (the table is written in first-seen order), which the sort runs through.
  return all.sort((a, b) => a[0] - b[0]);
}

/**
 * The vocabulary's radix tree, built on first use (or after ready, settlePgState) from `terms` in
 * their order: 192,000 inserts took 0.6-0.7 s, two fifths of a 100,000-article start, and only
 * a question's retrieval reads the tree. `terms` is the statistics as loaded, which nothing changes
 * after (an update copies them, and builds the tree first: applyChanges).
 */
function lazyVocabulary(terms: ReadonlyMap<string, unknown>): () => SearchableMap<unknown> {
  let tree: SearchableMap<unknown> | null = null;
  return () => {
    if (tree === null) {
      // Inserted in first-seen order, as MiniSearch's own term tree is, so near-spellings come out in its order.
      tree = new SearchableMap<unknown>();
      for (const term of terms.keys()) tree.set(term, true);
    }
    return tree;
  };
}

async function loadTerms(db: pg.Pool): Promise<Pick<PgState, 'terms' | 'vocabulary'>> {
  const rows = await termRows(db);
  const out = { terms: { df: new Map<string, number>(), names: new Set<string>(), wordOf: new Map<string, string>(), passageCount: 0 } };
  putTerms(out, rows);
  return { ...out, vocabulary: lazyVocabulary(out.terms.df) };
}

const ARTICLE_COLUMNS = 'id, file, title, publisher, author, url, published, passages';
const ARTICLE_KINDS: [string, ColumnKind][] = [['id', 'text'], ['file', 'text'], ['title', 'text'], ['publisher', 'nullable'], ['author', 'nullable'], ['url', 'nullable'], ['published', 'nullable'], ['passages', 'number']];
// Code-unit order, whatever the database's collation, so a partial reload sorts as a full one.
const byFile = (a: Article, b: Article) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function articleOf({ passages: _, ...a }: Article & { passages: number }): Article {
  return { ...a, raw: '' };
}

type ArticleTuple = [id: string, file: string, title: string, publisher: string | null, author: string | null, url: string | null, published: string | null, passages: number];

/**
 * Every article's metadata as one value (far faster than 100,000 driver rows: readRows), sorted
 * here in code-unit order as a partial reload sorts (in the statement the sort spilled to disk
 * past work_mem).
 */
async function loadArticles(db: pg.Pool): Promise<{ list: Article[]; counts: Map<string, number> }> {
  const rows = await readRows<ArticleTuple>(db, 'nd_articles', ARTICLE_KINDS);
  const list = rows.map(([id, file, title, publisher, author, url, published]): Article => ({ id, file, title, publisher, author, url, published, raw: '' }));
  return { list: list.sort(byFile), counts: new Map(rows.map((a) => [a[0], a[7]])) };
}

/** Reads what a serving process keeps in memory: statistics, vocabulary, article metadata, the speakers. */
export async function loadState(db: pg.Pool, url: string): Promise<PgState> {
  await ensureSchema(db);
  const version = await getMeta<PgVersion>(db, 'version');
  if (!version) throw new DatabaseError(`The database at ${describeUrl(url)} holds no index yet: run \`npm run index\` with DATABASE_URL set to it first.`);
  if (version.schema !== PG_SCHEMA_VERSION) throw new DatabaseError(`The index in ${describeUrl(url)} is of another version (${version.schema}); run \`npm run index\` with this code to rebuild it.`);
  // The generation first: rows read after it are at least as new, so a change landing meanwhile is applied again, never missed.
  const generation = (await getMeta<number>(db, 'generation')) ?? 0;
  const counts = getMeta<PgStats>(db, 'stats');
  // The related-word table is built after ready (settlePgState) or by the first question, as a loaded in-process index's is.
  const statistics = Promise.all([counts, loadTerms(db)]).then(([stats, t]) => ({ terms: { ...t.terms, passageCount: stats!.passages }, vocabulary: t.vocabulary }));
  const [stats, problems, { terms, vocabulary }, articles, quotes] = await Promise.all([counts, getMeta<CorpusProblem[]>(db, 'problems'), statistics, loadArticles(db), loadSpeakers(db)]);
  return {
    generation,
    stats: stats!,
    terms,
    vocabulary,
    corpus: { dir: url, articles: articles.list, passages: [], problems: problems ?? [] },
    meta: new Map(articles.list.map((a) => [a.id, a])),
    passageCounts: articles.counts,
    quotes,
  };
}

/**
 * Builds in the background, one piece per event-loop turn from the next, what a loaded state
 * leaves for first use (the speakers' name tables, the vocabulary's tree, the related-word
 * table, the typo tables): usually before any question needs them, and a question that comes first builds what
 * it reads itself, with the same result.
 */
export function settlePgState(s: PgState): void {
  settleLater(s, [() => s.quotes.speakerById, () => s.vocabulary(), () => relatedTableOf(s.terms), () => prepareNameLookups(s.quotes)]);
}

/** Resolves once what settlePgState queued for `s` has been built. */
export function pgStateSettled(s: PgState): Promise<void> {
  return settled(s);
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
  // What ready put off is built for the statistics as they were, then updated: the same tree and
  // table an update of a state built at once gets (the table keeps its clusters past 20,000 passages).
  const vocabulary = s.vocabulary();
  relatedTableOf(s.terms);
  const ids = [...new Set(log.rows.flatMap((r) => r.articles))];
  const terms = [...new Set(log.rows.flatMap((r) => r.terms))];
  const [stats, termRows, articleRows, quotes] = await Promise.all([
    getMeta<PgStats>(db, 'stats'),
    db.query<TermRow>({ text: 'SELECT seq::float8, term, df, cap, word FROM nd_terms WHERE term = ANY($1) ORDER BY seq', values: [terms], rowMode: 'array' }),
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
  const held = new Set(termRows.rows.map((r) => r[1]));
  for (const t of terms.filter((x) => !held.has(x))) {
    (next.terms.df as Map<string, number>).delete(t);
    (next.terms.names as Set<string>).delete(t);
    (next.terms.wordOf as Map<string, string>).delete(t);
    // The vocabulary is shared with the old state: a request still expanding a gone term finds no postings for it, which counts for nothing.
    vocabulary.delete(t);
  }
  putTerms(next, termRows.rows, vocabulary);
  const fresh = articleRows.rows.map(articleOf);
  const list = replaceSorted(s.corpus.articles, new Set(ids), fresh);
  const meta = new Map(s.meta);
  const counts = new Map(s.passageCounts);
  for (const id of ids) (meta.delete(id), counts.delete(id));
  for (const [i, a] of fresh.entries()) (meta.set(a.id, a), counts.set(a.id, articleRows.rows[i]!.passages));
  refreshRelatedTable(next.terms, s.terms);
  return { ...next, corpus: { ...s.corpus, articles: list }, meta, passageCounts: counts };
}
