import type pg from 'pg';
import type { EngineSource, EngineView, ViewRequest } from '../../engine.js';
import { connectPg, PG_DEFAULTS } from './connect.js';
import { getMeta } from './schema.js';
import { applyChanges, loadState, settlePgState } from './state.js';
import { prepareView, type PgState } from './view.js';

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
  settlePgState(state);
  let reloading: Promise<void> | null = null;
  const reload = async () => {
    const g = await getMeta<number>(pool, 'generation');
    // Per-article updates: re-read only what they touched; anything else (a full index): everything.
    if (g !== null && g !== state.generation) {
      state = (g > state.generation ? await applyChanges(pool, state, g) : null) ?? (await loadState(pool, url));
      settlePgState(state);
    }
  };
  const check = () => (reloading ??= reload().finally(() => (reloading = null)));
  // Polled in the background, so no request waits for the check: each is served from the state
  // loaded last, at most one poll (and one partial reload) behind a change committed elsewhere.
  // A failed check (the server briefly away) is retried at the next tick.
  const poll = setInterval(() => void check().catch(() => {}), PG_DEFAULTS.generationPollMs);
  poll.unref();
  return {
    kind: 'postgres',
    pool,
    state: () => state,
    refresh: async () => {
      await reloading?.catch(() => {});
      await check();
    },
    view: (request: ViewRequest): Promise<EngineView> => prepareView(pool, state, request),
    close: async () => {
      clearInterval(poll);
      await reloading?.catch(() => {});
      await pool.end();
    },
  };
}
