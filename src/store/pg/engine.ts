import type pg from 'pg';
import type { EngineSource, EngineView, ViewRequest } from '../../engine.js';
import { connectPg, PG_DEFAULTS } from './connect.js';
import { getMeta } from './schema.js';
import { applyChanges, loadState } from './state.js';
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
  let checked = Date.now();
  let reloading: Promise<void> | null = null;
  const reload = async () => {
    const g = await getMeta<number>(pool, 'generation');
    // Per-article updates: re-read only what they touched; anything else (a full index): everything.
    if (g !== null && g !== state.generation) state = (g > state.generation ? await applyChanges(pool, state, g) : null) ?? (await loadState(pool, url));
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
