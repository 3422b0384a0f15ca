import type pg from 'pg';

/** Bumped whenever the tables change shape: an older database is re-indexed, never misread. */
export const PG_SCHEMA_VERSION = 2;

/**
 * The tables. Passages carry their analysed terms (`tokens`, in order, our own analysis: the
 * server never stems or splits); `nd_postings` holds each term's postings packed per chunk of
 * passage ordinals (src/store/pg/postings.ts), so a question reads a few rows per term, by key.
 * `ord` is the indexing order (ties in score break by it, as in MiniSearch); an article's
 * passages have consecutive ords, so the next passage of `ord` is `ord + 1` when `has_next`.
 * `nd_changes` lists, per generation of a per-article update, the articles and terms it touched:
 * a serving process re-reads only those (a full index empties it, and a gap means reload all).
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS nd_meta (key text PRIMARY KEY, value jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS nd_files (file text PRIMARY KEY, sha1 text NOT NULL);
CREATE TABLE IF NOT EXISTS nd_articles (
  id text PRIMARY KEY, file text NOT NULL, title text NOT NULL, publisher text, author text, url text, published text,
  raw text NOT NULL, passages int NOT NULL);
CREATE INDEX IF NOT EXISTS nd_articles_file ON nd_articles (file);
CREATE TABLE IF NOT EXISTS nd_passages (
  ord bigint PRIMARY KEY, id text NOT NULL UNIQUE, article_id text NOT NULL, n int NOT NULL, text text NOT NULL,
  start_at int NOT NULL, end_at int NOT NULL, tokens text[] NOT NULL, nterms int NOT NULL, has_next boolean NOT NULL);
CREATE INDEX IF NOT EXISTS nd_passages_article ON nd_passages (article_id, n);
CREATE TABLE IF NOT EXISTS nd_postings (term text NOT NULL, chunk int NOT NULL, data bytea NOT NULL, PRIMARY KEY (term, chunk));
CREATE TABLE IF NOT EXISTS nd_terms (term text PRIMARY KEY, df int NOT NULL, cap int NOT NULL, word text NOT NULL, seq bigint NOT NULL);
CREATE TABLE IF NOT EXISTS nd_speakers (id text PRIMARY KEY, ord int NOT NULL, name_key text NOT NULL, data jsonb NOT NULL);
CREATE INDEX IF NOT EXISTS nd_speakers_name ON nd_speakers (name_key);
CREATE TABLE IF NOT EXISTS nd_quotes (id text PRIMARY KEY, ord int NOT NULL, speaker text, data jsonb NOT NULL, terms text[] NOT NULL);
CREATE INDEX IF NOT EXISTS nd_quotes_speaker ON nd_quotes (speaker);
CREATE INDEX IF NOT EXISTS nd_quotes_ord ON nd_quotes (ord);
CREATE INDEX IF NOT EXISTS nd_speakers_ord ON nd_speakers (ord);
CREATE TABLE IF NOT EXISTS nd_changes (generation bigint PRIMARY KEY, articles text[] NOT NULL, terms text[] NOT NULL, speakers text[] NOT NULL);
CREATE TABLE IF NOT EXISTS nd_quote_articles (article_id text NOT NULL, quote_id text NOT NULL, PRIMARY KEY (article_id, quote_id));
`;

const ALL = ['nd_meta', 'nd_files', 'nd_articles', 'nd_passages', 'nd_postings', 'nd_terms', 'nd_changes', 'nd_speakers', 'nd_quotes', 'nd_quote_articles'];

/** Creates the tables when missing. */
export async function ensureSchema(db: pg.Pool | pg.PoolClient): Promise<void> {
  await db.query(TABLES);
}

/** Empties every table, for a full re-index (inside the caller's transaction). */
export async function clearAll(db: pg.PoolClient): Promise<void> {
  // Version 1's GIN index over the passages' terms: the packed postings replace it.
  await db.query('DROP INDEX IF EXISTS nd_passages_tokens');
  await db.query(`TRUNCATE ${ALL.join(', ')}`);
}

/** Reads one meta value, or null. */
export async function getMeta<T>(db: pg.Pool | pg.PoolClient, key: string): Promise<T | null> {
  const r = await db.query<{ value: T }>('SELECT value FROM nd_meta WHERE key = $1', [key]);
  return r.rows[0]?.value ?? null;
}

/** Writes one meta value. */
export async function setMeta(db: pg.Pool | pg.PoolClient, key: string, value: unknown): Promise<void> {
  await db.query('INSERT INTO nd_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, JSON.stringify(value)]);
}
