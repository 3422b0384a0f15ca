import type pg from 'pg';
import type { Article, Passage } from '../../corpus/types.js';
import { analysePassage } from '../../search/term-stats.js';
import { PG_DEFAULTS } from './connect.js';
import { appendPostings, chunkOf, removePostings, type PostingRow } from './postings.js';

/** Corpus-wide counts BM25 reads (MiniSearch's document count and average field lengths), kept as sums so updates stay exact. */
export interface PgStats {
  passages: number;
  /** Sum over passages of their distinct terms (at least 1, as MiniSearch counts an empty field). */
  lenTerms: number;
  /** The same for the context field: the previous passage's length, or 1 for an article's first. */
  lenContext: number;
  nextOrd: number;
  nextSeq: number;
}

export const EMPTY_STATS: PgStats = { passages: 0, lenTerms: 0, lenContext: 0, nextOrd: 0, nextSeq: 0 };

const BATCH = PG_DEFAULTS.insertBatch;

/** Per-term changes of a batch: passages holding it, capitalisation votes, its plainest word, first-seen order. */
interface TermDelta {
  df: number;
  cap: number;
  word: string;
  order: number;
}

/** Adds one passage's analysis to the term deltas (sign -1 when the passage goes). */
function addTerms(deltas: Map<string, TermDelta>, p: Passage, sign: 1 | -1): { tokens: string[]; length: number } {
  const a = analysePassage(p.text);
  const distinct = new Set(a.terms);
  for (const [term, word] of a.words) {
    const d = deltas.get(term);
    if (!d) deltas.set(term, { df: 0, cap: 0, word, order: deltas.size });
    // The in-process rule: the shortest word, the first in code-unit order on a tie.
    else if (word.length < d.word.length || (word.length === d.word.length && word < d.word)) d.word = word;
  }
  // Every term of `distinct` and `cases` is among the words just recorded.
  for (const t of distinct) deltas.get(t)!.df += sign;
  for (const [term, vote] of a.cases) deltas.get(term)!.cap += sign * vote;
  return { tokens: a.terms, length: Math.max(1, distinct.size) };
}

/** Writes term deltas as upserts: counts add up, the shorter word wins, a new term keeps its first-seen order. */
async function writeTerms(db: pg.PoolClient, deltas: Map<string, TermDelta>, seqFrom: number, adding: boolean, touched?: Set<string>): Promise<number> {
  if (touched) for (const t of deltas.keys()) touched.add(t);
  const all = [...deltas].sort((a, b) => a[1].order - b[1].order);
  for (let i = 0; i < all.length; i += BATCH * 5) {
    const part = all.slice(i, i + BATCH * 5);
    await db.query(
      `INSERT INTO nd_terms (term, df, cap, word, seq) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::bigint[])
       ON CONFLICT (term) DO UPDATE SET df = nd_terms.df + EXCLUDED.df, cap = nd_terms.cap + EXCLUDED.cap,
         word = CASE WHEN $6 AND (length(EXCLUDED.word) < length(nd_terms.word) OR (length(EXCLUDED.word) = length(nd_terms.word) AND EXCLUDED.word COLLATE "C" < nd_terms.word COLLATE "C")) THEN EXCLUDED.word ELSE nd_terms.word END`,
      [part.map((x) => x[0]), part.map((x) => x[1].df), part.map((x) => x[1].cap), part.map((x) => x[1].word), part.map((_, k) => seqFrom + i + k), adding],
    );
  }
  // Only the terms just written can have dropped to nothing (a scan of every term took 100+ ms at 100,000 articles).
  if (!adding) await db.query('DELETE FROM nd_terms WHERE term = ANY($1) AND df <= 0', [all.map((x) => x[0])]);
  return seqFrom + all.length;
}

/** One passage row, ready for the batch insert. */
interface PassageRow {
  p: Passage;
  ord: number;
  tokens: string[];
  nterms: number;
  hasNext: boolean;
}

async function insertPassages(db: pg.PoolClient, rows: readonly PassageRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const part = rows.slice(i, i + BATCH);
    await db.query(
      `INSERT INTO nd_passages (ord, id, article_id, n, text, start_at, end_at, tokens, nterms, has_next)
       SELECT o, id, a, n, t, s, e, CASE WHEN k = '' THEN '{}'::text[] ELSE string_to_array(k, ' ') END, nt, hn
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[], $7::int[], $8::text[], $9::int[], $10::bool[])
         AS x(o, id, a, n, t, s, e, k, nt, hn)`,
      [
        part.map((r) => r.ord), part.map((r) => r.p.id), part.map((r) => r.p.articleId), part.map((r) => r.p.n), part.map((r) => r.p.text),
        part.map((r) => r.p.start), part.map((r) => r.p.end), part.map((r) => r.tokens.join(' ')), part.map((r) => r.nterms), part.map((r) => r.hasNext),
      ],
    );
  }
}

async function insertArticleRows(db: pg.PoolClient, articles: readonly Article[], counts: ReadonlyMap<string, number>): Promise<void> {
  for (let i = 0; i < articles.length; i += BATCH) {
    const part = articles.slice(i, i + BATCH);
    await db.query(
      `INSERT INTO nd_articles (id, file, title, publisher, author, url, published, raw, passages)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])`,
      [
        part.map((a) => a.id), part.map((a) => a.file), part.map((a) => a.title), part.map((a) => a.publisher), part.map((a) => a.author),
        part.map((a) => a.url), part.map((a) => a.published), part.map((a) => a.raw), part.map((a) => counts.get(a.id) ?? 0),
      ],
    );
  }
}

/**
 * What a full index defers past its steps: the term statistics, written once at the end (an
 * upsert per step left millions of dead rows in nd_terms), and the postings, written once per
 * chunk when the ordinals have passed it (appending per step rewrote each chunk's rows).
 */
export interface BulkWrite {
  deltas: Map<string, TermDelta>;
  pending: PostingRow[];
}

/** An empty BulkWrite, for indexFull. */
export function bulkWrite(): BulkWrite {
  return { deltas: new Map(), pending: [] };
}

const postingOf = (r: PassageRow) => ({ ord: r.ord, tokens: r.tokens, nterms: r.nterms, hasNext: r.hasNext });

/**
 * Inserts articles with their passages (consecutive ords per article, from stats.nextOrd) and
 * adds their terms to the statistics. Returns the updated stats. Passages must be grouped by
 * article in reading order, as a Corpus lists them. The terms whose statistics changed go into
 * `touched`. With `bulk`, statistics and postings are collected there for finishBulk.
 */
export async function insertArticles(db: pg.PoolClient, articles: readonly Article[], passages: readonly Passage[], stats: PgStats, touched?: Set<string>, bulk?: BulkWrite): Promise<PgStats> {
  const deltas = bulk?.deltas ?? new Map<string, TermDelta>();
  const rows: PassageRow[] = [];
  const counts = new Map<string, number>();
  let { lenTerms, lenContext, nextOrd } = stats;
  passages.forEach((p, i) => {
    const { tokens, length } = addTerms(deltas, p, 1);
    const prev = rows.at(-1);
    lenTerms += length;
    lenContext += prev && prev.p.articleId === p.articleId ? prev.nterms : 1;
    rows.push({ p, ord: nextOrd++, tokens, nterms: length, hasNext: passages[i + 1]?.articleId === p.articleId });
    counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
  });
  await insertArticleRows(db, articles, counts);
  await insertPassages(db, rows);
  const out = { passages: stats.passages + passages.length, lenTerms, lenContext, nextOrd, nextSeq: stats.nextSeq };
  if (!bulk) {
    await appendPostings(db, rows.map(postingOf), BATCH);
    return { ...out, nextSeq: await writeTerms(db, deltas, stats.nextSeq, true, touched) };
  }
  bulk.pending.push(...rows.map(postingOf));
  // Chunks below the next ordinal's are complete: written now, once.
  const open = chunkOf(nextOrd);
  const done = bulk.pending.filter((r) => chunkOf(r.ord) < open);
  bulk.pending = bulk.pending.filter((r) => chunkOf(r.ord) >= open);
  await appendPostings(db, done, BATCH);
  return out;
}

/** Writes what a full index deferred: the last chunk's postings and every term's statistics. Returns the updated stats. */
export async function finishBulk(db: pg.PoolClient, bulk: BulkWrite, stats: PgStats): Promise<PgStats> {
  await appendPostings(db, bulk.pending, BATCH);
  bulk.pending = [];
  return { ...stats, nextSeq: await writeTerms(db, bulk.deltas, stats.nextSeq, true) };
}

/** Removes articles with their passages and takes their terms out of the statistics (the terms go into `touched`). Returns the updated stats. */
export async function deleteArticles(db: pg.PoolClient, articleIds: readonly string[], stats: PgStats, touched?: Set<string>): Promise<PgStats> {
  if (articleIds.length === 0) return stats;
  const r = await db.query<{ ord: string; id: string; article_id: string; n: number; text: string; nterms: number; tokens: string[]; has_next: boolean }>(
    'SELECT ord, id, article_id, n, text, nterms, tokens, has_next FROM nd_passages WHERE article_id = ANY($1) ORDER BY article_id, n',
    [articleIds],
  );
  const deltas = new Map<string, TermDelta>();
  let { lenTerms, lenContext } = stats;
  r.rows.forEach((row, i) => {
    addTerms(deltas, { id: row.id, articleId: row.article_id, n: row.n, text: row.text, start: 0, end: 0 }, -1);
    const prev = r.rows[i - 1];
    lenTerms -= row.nterms;
    lenContext -= prev && prev.article_id === row.article_id ? prev.nterms : 1;
  });
  await removePostings(db, r.rows.map((row) => ({ ord: Number(row.ord), tokens: row.tokens, nterms: row.nterms, hasNext: row.has_next })));
  await db.query('DELETE FROM nd_passages WHERE article_id = ANY($1)', [articleIds]);
  await db.query('DELETE FROM nd_articles WHERE id = ANY($1)', [articleIds]);
  // A removed passage's words never change a term's plainest word: it stays what it was.
  await writeTerms(db, deltas, stats.nextSeq, false, touched);
  return { ...stats, passages: stats.passages - r.rows.length, lenTerms, lenContext };
}
