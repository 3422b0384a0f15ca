import type pg from 'pg';
import SearchableMap from 'minisearch/SearchableMap';
import type { Article, CorpusProblem } from '../../corpus/types.js';
import type { EngineSource, EngineView, ViewRequest } from '../../engine.js';
import { relatedTableOf } from '../../search/related.js';
import { connectPg, DatabaseError, describeUrl, PG_DEFAULTS } from './connect.js';
import { loadSpeakers } from './quotes.js';
import { ensureSchema, getMeta, PG_SCHEMA_VERSION } from './schema.js';
import { prepareView, type PgState } from './view.js';
import type { PgVersion } from './ingest.js';
import type { PgStats } from './write.js';


async function loadTerms(db: pg.Pool): Promise<Pick<PgState, 'terms' | 'vocabulary'>> {
  const r = await db.query<{ term: string; df: number; cap: number; word: string }>('SELECT term, df, cap, word FROM nd_terms ORDER BY seq');
  const df = new Map<string, number>();
  const names = new Set<string>();
  const wordOf = new Map<string, string>();
  // Inserted in first-seen order, as MiniSearch's own term tree is, so near-spellings come out in its order.
  const vocabulary = new SearchableMap<unknown>();
  for (const row of r.rows) {
    df.set(row.term, row.df);
    if (row.cap > 0) names.add(row.term);
    wordOf.set(row.term, row.word);
    vocabulary.set(row.term, true);
  }
  return { terms: { df, names, wordOf, passageCount: 0 }, vocabulary };
}

async function loadArticles(db: pg.Pool): Promise<{ list: Article[]; counts: Map<string, number> }> {
  const r = await db.query<Article & { passages: number }>('SELECT id, file, title, publisher, author, url, published, passages FROM nd_articles ORDER BY file, id');
  const counts = new Map<string, number>();
  const list = r.rows.map(({ passages, ...a }) => {
    counts.set(a.id, passages);
    return { ...a, raw: '' };
  });
  return { list, counts };
}

/** Reads what a serving process keeps in memory: statistics, vocabulary, article metadata, the quote registry. */
async function loadState(db: pg.Pool, url: string): Promise<PgState> {
  await ensureSchema(db);
  const version = await getMeta<PgVersion>(db, 'version');
  if (!version) throw new DatabaseError(`The database at ${describeUrl(url)} holds no index yet: run \`npm run index\` with DATABASE_URL set to it first.`);
  if (version.schema !== PG_SCHEMA_VERSION) throw new DatabaseError(`The index in ${describeUrl(url)} is of another version (${version.schema}); run \`npm run index\` with this code to rebuild it.`);
  const [generation, stats, problems, terms, articles, quotes] = await Promise.all([
    getMeta<number>(db, 'generation'),
    getMeta<PgStats>(db, 'stats'),
    getMeta<CorpusProblem[]>(db, 'problems'),
    loadTerms(db),
    loadArticles(db),
    loadSpeakers(db),
  ]);
  const s = stats!;
  const state: PgState = {
    generation: generation ?? 0,
    stats: s,
    terms: { ...terms.terms, passageCount: s.passages },
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

/** The PostgreSQL engine as the shells hold it. */
export interface PgEngine extends EngineSource {
  readonly kind: 'postgres';
  /** The state last loaded (statistics, registry): for counts and listings. */
  state(): PgState;
  /** Checks for a newer index now (the watcher calls it after applying a change) and loads it. */
  refresh(): Promise<void>;
  pool: pg.Pool;
}

/**
 * Opens the PostgreSQL engine: connects (a clear DatabaseError when it cannot), loads the
 * in-memory part, and from then on serves views, reloading that part when another process
 * (`npm run index`, a watcher) commits a change.
 */
export async function openPgEngine(url: string): Promise<PgEngine> {
  const pool = await connectPg(url, PG_DEFAULTS.poolSize, true);
  let state: PgState;
  try {
    state = await loadState(pool, url);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  let checked = Date.now();
  let reloading: Promise<void> | null = null;
  const reload = async () => {
    const g = await getMeta<number>(pool, 'generation');
    if (g !== null && g !== state.generation) state = await loadState(pool, url);
    checked = Date.now();
  };
  const fresh = async () => {
    if (Date.now() - checked < PG_DEFAULTS.generationPollMs) return;
    reloading ??= reload().finally(() => (reloading = null));
    await reloading;
  };
  return {
    kind: 'postgres',
    pool,
    state: () => state,
    refresh: async () => {
      checked = 0;
      await fresh();
    },
    view: async (request: ViewRequest): Promise<EngineView> => {
      await fresh();
      return prepareView(pool, state, request);
    },
    close: () => pool.end(),
  };
}
