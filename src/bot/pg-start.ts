import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseError } from '../store/pg/connect.js';
import { openPgEngine, type PgEngine } from '../store/pg/engine.js';
import type { Logger } from './logger.js';

/** Waits between attempts to reach a PostgreSQL server that is down: doubling, up to the last. */
export const PG_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000] as const;

/**
 * Opens the PostgreSQL engine for the bot. A server that is down or starting is waited for (one
 * log line per attempt, never a crash loop); a setting to fix (bad password, no such database, no
 * index in it) is logged once in words and ends start-up.
 */
export async function openPgForBot(url: string, log: Logger, signal?: AbortSignal): Promise<PgEngine> {
  for (let attempt = 0; ; attempt++) {
    try {
      const engine = await openPgEngine(url);
      const s = engine.state();
      log.info({ engine: 'postgres', articles: s.corpus.articles.length, passages: s.stats.passages }, 'answering from PostgreSQL');
      return engine;
    } catch (err) {
      if (!(err instanceof DatabaseError) || !err.transient) throw err;
      const wait = PG_RETRY_DELAYS_MS[Math.min(attempt, PG_RETRY_DELAYS_MS.length - 1)]!;
      log.warn({ setting: 'DATABASE_URL', retryInMs: wait }, `${err.message}; trying again in ${wait / 1000} s`);
      await sleep(wait, undefined, { signal });
    }
  }
}
