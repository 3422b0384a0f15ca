import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { buildCorpus } from '../../corpus/load.js';
import type { Corpus, CorpusProblem, Passage } from '../../corpus/types.js';
import { buildQuoteIndex } from '../../quotes/index.js';
import type { CorpusFingerprint } from '../fingerprint.js';
import { PG_DEFAULTS } from './connect.js';
import { replaceArticleQuotes, saveQuotes } from './quotes.js';
import { clearAll, ensureSchema, getMeta, PG_SCHEMA_VERSION, setMeta } from './schema.js';
import { bulkWrite, deleteArticles, EMPTY_STATS, finishBulk, insertArticles, type PgStats } from './write.js';

/** What the stored index was built from: when any of it differs, only a full index is right. */
export interface PgVersion {
  schema: number;
  codeHash: string;
  manifestSha1: string | null;
}

/** Articles that changed: files whose articles go (changed or removed), and the corpus of files added or changed. */
export interface ArticleChanges {
  /** Article files whose stored articles are replaced or removed. */
  files: readonly string[];
  /** The articles (and passages) of the files added or changed, built alone. */
  added: Corpus;
  /** Each file's content hash after the change; null for a removed file. */
  hashes: ReadonlyMap<string, string | null>;
}

let pgCodeCache: Promise<string> | undefined;

/** The indexing code's hash (fingerprint.ts's rooms) with this engine's own files: rows written by other code are re-indexed. */
function pgCodeHash(fp: CorpusFingerprint): Promise<string> {
  pgCodeCache ??= (async () => {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const h = createHash('sha1').update(fp.codeHash);
    for (const n of (await readdir(here)).filter((x) => /\.(ts|js)$/.test(x)).sort()) h.update(`${n}\0`).update(await readFile(here + n));
    return h.digest('hex');
  })();
  return pgCodeCache;
}

/** Runs `work` in one transaction: every reader sees all of a change or none of it. */
async function inTransaction<T>(pool: pg.Pool, work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    // Readers' statement timeout is no limit for a writer: building the GIN index of 1.7M passages takes minutes.
    await db.query('SET LOCAL statement_timeout = 0');
    const out = await work(db);
    await db.query('COMMIT');
    return out;
  } catch (err) {
    await db.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    db.release();
  }
}

async function bumpGeneration(db: pg.PoolClient): Promise<number> {
  const g = ((await getMeta<number>(db, 'generation')) ?? 0) + 1;
  await setMeta(db, 'generation', g);
  return g;
}

/** Records what a generation touched (articles, terms, speakers), for serving processes to re-read only that; old entries go. */
async function logChange(db: pg.PoolClient, generation: number, touched: { articles: string[]; terms: string[]; speakers: string[] }): Promise<void> {
  await db.query('INSERT INTO nd_changes (generation, articles, terms, speakers) VALUES ($1, $2, $3, $4)', [generation, touched.articles, touched.terms, touched.speakers]);
  await db.query('DELETE FROM nd_changes WHERE generation <= $1', [generation - PG_DEFAULTS.changesKept]);
}

/**
 * Applies added, changed and removed articles in one transaction, touching only their rows:
 * passages, term statistics (upserts of the differences), quotations and file hashes. Readers
 * see the whole change at once; served views pick it up by the bumped generation.
 */
export async function applyArticleChanges(pool: pg.Pool, changes: ArticleChanges): Promise<void> {
  await inTransaction(pool, async (db) => {
    // One writer at a time: two watchers applying changes at once would double-count terms.
    await db.query('LOCK TABLE nd_meta IN SHARE ROW EXCLUSIVE MODE');
    let stats = (await getMeta<PgStats>(db, 'stats')) ?? EMPTY_STATS;
    const newIds = changes.added.articles.map((a) => a.id);
    const old = await db.query<{ id: string }>('SELECT id FROM nd_articles WHERE file = ANY($1) OR id = ANY($2)', [changes.files, newIds]);
    const removed = old.rows.map((r) => r.id);
    const terms = new Set<string>();
    stats = await deleteArticles(db, removed, stats, terms);
    stats = await insertArticles(db, changes.added.articles, changes.added.passages, stats, terms);
    const generation = await bumpGeneration(db);
    const speakers = await replaceArticleQuotes(db, removed, changes.added, `u${generation}`);
    await logChange(db, generation, { articles: [...new Set([...removed, ...newIds])], terms: [...terms], speakers: [...speakers] });
    for (const [file, sha1] of changes.hashes) {
      if (sha1 === null) await db.query('DELETE FROM nd_files WHERE file = $1', [file]);
      else await db.query('INSERT INTO nd_files (file, sha1) VALUES ($1, $2) ON CONFLICT (file) DO UPDATE SET sha1 = EXCLUDED.sha1', [file, sha1]);
    }
    await setMeta(db, 'stats', stats);
  });
}

/** The quote registry of a whole corpus, a batch of articles at a time (PG_DEFAULTS.quoteBatchArticles). */
async function indexQuotes(db: pg.PoolClient, corpus: Corpus, progress: IngestProgress): Promise<void> {
  const step = PG_DEFAULTS.quoteBatchArticles;
  for (let i = 0; i < corpus.articles.length; i += step) {
    progress('quotations', i, corpus.articles.length);
    const articles = corpus.articles.slice(i, i + step);
    const ids = new Set(articles.map((a) => a.id));
    const part: Corpus = { ...corpus, articles, passages: corpus.passages.filter((p) => ids.has(p.articleId)) };
    if (i === 0) await saveQuotes(db, buildQuoteIndex(part));
    else await replaceArticleQuotes(db, [], part, `b${i / step}`);
  }
}

/** Reports a full index's progress: phase and counts. */
export type IngestProgress = (phase: string, done: number, total: number) => void;

const ARTICLES_PER_STEP = PG_DEFAULTS.articlesPerStep;

/**
 * Indexes a whole corpus afresh in one transaction (readers keep the previous index until it
 * commits): every table emptied and refilled, postings included.
 */
export async function indexFull(pool: pg.Pool, corpus: Corpus, fp: CorpusFingerprint, progress: IngestProgress = () => {}): Promise<void> {
  await ensureSchema(pool);
  await inTransaction(pool, async (db) => {
    await db.query('LOCK TABLE nd_meta IN SHARE ROW EXCLUSIVE MODE');
    await clearAll(db);
    let stats = EMPTY_STATS;
    const byArticle = new Map<string, Passage[]>();
    for (const p of corpus.passages) (byArticle.get(p.articleId) ?? byArticle.set(p.articleId, []).get(p.articleId)!).push(p);
    const bulk = bulkWrite();
    for (let i = 0; i < corpus.articles.length; i += ARTICLES_PER_STEP) {
      const articles = corpus.articles.slice(i, i + ARTICLES_PER_STEP);
      stats = await insertArticles(db, articles, articles.flatMap((a) => byArticle.get(a.id) ?? []), stats, undefined, bulk);
      progress('passages', Math.min(i + ARTICLES_PER_STEP, corpus.articles.length), corpus.articles.length);
    }
    stats = await finishBulk(db, bulk, stats);
    await indexQuotes(db, corpus, progress);
    for (let i = 0; i < fp.files.length; i += PG_DEFAULTS.insertBatch) {
      const part = fp.files.slice(i, i + PG_DEFAULTS.insertBatch);
      await db.query('INSERT INTO nd_files (file, sha1) SELECT * FROM unnest($1::text[], $2::text[])', [part.map((f) => f.file), part.map((f) => f.sha1)]);
    }
    await setMeta(db, 'stats', stats);
    await setMeta(db, 'version', { schema: PG_SCHEMA_VERSION, codeHash: await pgCodeHash(fp), manifestSha1: fp.manifestSha1 } satisfies PgVersion);
    await setMeta(db, 'problems', corpus.problems);
    // Which folder this index is of: a serving process watches that folder only (src/store/pg/watch.ts).
    await setMeta(db, 'folder', path.resolve(fp.dir));
    await bumpGeneration(db);
  });
  await pool.query('ANALYZE');
}

/** Why the stored index cannot be updated article by article (a full index is needed); null when it can. */
export async function fullIndexReason(pool: pg.Pool, fp: CorpusFingerprint): Promise<string | null> {
  await ensureSchema(pool);
  const v = await getMeta<PgVersion>(pool, 'version');
  if (!v) return 'the database holds no index yet';
  if (v.schema !== PG_SCHEMA_VERSION) return `the tables are of another version (${v.schema}, this code writes ${PG_SCHEMA_VERSION})`;
  if (v.codeHash !== (await pgCodeHash(fp))) return 'the indexing code changed since the index was built';
  if (v.manifestSha1 !== fp.manifestSha1) return 'sources.json changed';
  return null;
}

/** The article files that differ from what the database holds, as changes to apply (none: an empty list of files). */
export async function changesFrom(pool: pg.Pool, fp: CorpusFingerprint): Promise<ArticleChanges & { problems: CorpusProblem[] }> {
  const stored = new Map((await pool.query<{ file: string; sha1: string }>('SELECT file, sha1 FROM nd_files')).rows.map((r) => [r.file, r.sha1]));
  const hashes = new Map<string, string | null>();
  for (const f of fp.files) if (stored.get(f.file) !== f.sha1) hashes.set(f.file, f.sha1);
  for (const file of stored.keys()) if (!fp.files.some((f) => f.file === file)) hashes.set(file, null);
  const changed = fp.files.filter((f) => hashes.has(f.file) && f.bytes !== null).map((f) => ({ file: f.file, content: f.bytes! }));
  const added = buildCorpus(changed, fp.manifest ?? undefined, fp.dir);
  // The manifest names every file; built alone, the unchanged ones look missing, which they are not.
  const problems = added.problems.filter((p) => !/which is not in the corpus folder/.test(p.message));
  return { files: [...hashes.keys()], added: { ...added, problems }, hashes, problems };
}
