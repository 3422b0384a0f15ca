import pg from 'pg';

/** Thrown when the PostgreSQL server cannot be used; its message names DATABASE_URL's host and what to check. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  /** True when trying again later may work (the server is down or starting), false for a setting to fix. */
  constructor(message: string, readonly transient = false) {
    super(message);
  }
}

/** Failures that waiting can cure: nothing listening yet, no answer, the server starting or shutting down. */
const TRANSIENT = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', '57P03', '57P01']);

/** Connection settings of the PostgreSQL engine, in one place. */
export const PG_DEFAULTS = {
  /** Connections per process: each question runs a few short queries, one at a time. */
  poolSize: 4,
  /** Give up reaching the server after this long, with a message, rather than hang at start-up. */
  connectTimeoutMs: 5_000,
  /** A question's queries never run longer than this (a sick server must not hang the bot). */
  statementTimeoutMs: 10_000,
  /**
   * Start-up's whole-table reads (every term, article and speaker as one value each) may run this
   * long: they send tens of megabytes to a process busy parsing the others, and on a loaded
   * machine the 10 s a question gets was once not enough at 100,000 articles.
   */
  loadTimeoutMs: 120_000,
  /** How often a serving process asks whether the index changed (one tiny query): an update is served within this. */
  generationPollMs: 500,
  /** Rows per INSERT when writing: large enough to amortise round trips, small enough for one message. */
  insertBatch: 2_000,
  /** Articles per step of a full index, between progress reports. */
  articlesPerStep: 1_000,
  /**
   * Quotations of a full index are extracted this many articles at a time (speakers merged by
   * name across batches): one pass over 100,000 articles needs well over 10 GB. A quotation two
   * outlets carry is folded into one only within a batch; articles are taken in corpus order.
   */
  quoteBatchArticles: 20_000,
  /**
   * Postings one question may fetch. Retrieval budgets the question's own terms (2,000), but
   * their longer forms and near-spellings are not budgeted: on a big archive a family of common
   * forms would fetch hundreds of thousands of rows. Forms are taken rarest first up to this
   * many postings; the question's own words always go. Far above what the seeds and the BBC
   * archive ever reach, so there both engines still rank alike.
   */
  maxPostings: 20_000,
  /**
   * Passages per postings chunk: a term's postings are stored as one packed row per this many
   * passage ordinals (nd_postings). A question reads a common term's few dozen rows instead of
   * tens of thousands; a changed article rewrites only the chunk its passages were in (for each of
   * its terms) and appends to the last. 32,768 keeps an offset in two bytes.
   */
  postingsChunk: 32_768,
  /**
   * Per-article updates whose touched articles and terms stay listed (nd_changes): a serving
   * process this many updates behind reloads everything instead of re-reading only those.
   */
  changesKept: 1_000,
} as const;

/** host:port/database of a URL, never its password: what error messages show. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Explains a connection failure in words a user can act on. */
export function explainPgError(url: string, err: unknown): DatabaseError {
  const e = err as NodeJS.ErrnoException & { code?: string };
  const where = describeUrl(url);
  const why: Record<string, string> = {
    ECONNREFUSED: 'nothing listens there: is the server running, and are host and port in DATABASE_URL right?',
    ENOTFOUND: 'that host name does not resolve: check the host in DATABASE_URL',
    ETIMEDOUT: 'the server did not answer in time: check the host, the port and any firewall',
    '28P01': 'the password was refused: check the user and password in DATABASE_URL',
    '28000': 'the server refused this user: check the user in DATABASE_URL and pg_hba.conf',
    '3D000': 'that database does not exist: create it (createdb) or fix the database name in DATABASE_URL',
  };
  const reason = (e.code && why[e.code]) ?? e.message;
  const transient = TRANSIENT.has(e.code ?? '') || /timeout/i.test(e.message);
  return new DatabaseError(`Cannot use the PostgreSQL server at ${where} (${e.code ?? 'error'}): ${reason}`, transient);
}

/** Opens a connection pool and checks the server answers, or throws a DatabaseError saying why not. */
export async function connectPg(url: string, size: number = PG_DEFAULTS.poolSize, serving = false): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    // A question's lookups (postings by term, passages by ordinal and article) must never become a
    // scan of a whole table: with many keys the planner can overestimate the matches (seconds at 1.7M rows).
    // That penalty makes start-up's whole-table reads look costly enough for the JIT compiler, whose
    // optimising passes then cost more than the reads (0.1-1 s at 100,000 articles): short statements
    // never gain from it.
    ...(serving ? { options: '-c enable_seqscan=off -c jit=off' } : {}),
    max: size,
    connectionTimeoutMillis: PG_DEFAULTS.connectTimeoutMs,
    statement_timeout: PG_DEFAULTS.statementTimeoutMs,
  });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw explainPgError(url, err);
  }
  return pool;
}

/**
 * One value a whole-table statement aggregates (`SELECT json_agg(…) AS all FROM …`), read with
 * start-up's longer timeout: SET LOCAL in the same simple query, so it lapses with the statement's
 * implicit transaction and the connection keeps a question's timeout.
 */
export async function readWhole<T>(db: pg.Pool, sql: string): Promise<T | null> {
  const results = (await db.query(`SET LOCAL statement_timeout = ${PG_DEFAULTS.loadTimeoutMs}; ${sql}`)) as unknown as pg.QueryResult<{ all: T | null }>[];
  return results[1]?.rows[0]?.all ?? null;
}
