// What a serving process's start reads and puts off on PostgreSQL: the rows it loads are the
// rows whatever their text holds, and answers are the same whether the work it puts off until
// after ready (the vocabulary's tree, the related-word table, the speakers' name and typo tables)
// is built yet or not, also when an update arrives before it is.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { findQuotes } from '../src/quotes/index.js';
import { connectPg } from '../src/store/pg/connect.js';
import { openPgEngine } from '../src/store/pg/engine.js';
import { readRows } from '../src/store/pg/read-rows.js';
import { getMeta } from '../src/store/pg/schema.js';
import { applyChanges, loadState, pgStateSettled } from '../src/store/pg/state.js';
import { syncFolder } from '../src/store/pg/sync.js';
import { prepareView, type PgState } from '../src/store/pg/view.js';
import { freshDatabase, PG_SKIP_REASON } from './pg/database.js';

const QUESTIONS = ['who led the Chinese delegation?', 'what did Scott Bessent say about rare earths', 'tariffs on soybeans', 'who chairs the harbour pilots guild'];
const SPEAKERS = ['Bessant', 'Scot Besent', 'Jamison Greer', 'Donald Duck', 'Li'];

/** Everything a reader sees of each question's answer and each speaker's quotations (or suggestions), as one string. */
async function answers(view: (request: { question?: string; speaker?: string }) => Promise<Parameters<typeof ask>[0]>): Promise<string> {
  const out: unknown[] = [];
  for (const q of QUESTIONS) out.push(ask(await view({ question: q }), q));
  for (const s of SPEAKERS) out.push(findQuotes((await view({ speaker: s })).quotes, s));
  return JSON.stringify(out);
}

describe.skipIf(PG_SKIP_REASON !== null)(`start-up on PostgreSQL (skipped when ${PG_SKIP_REASON ?? 'never'})`, () => {
  let dir: string;
  let url: string;
  let drop: () => Promise<void>;
  let pool: pg.Pool;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-pg-start-'));
    await cp('seeds', dir, { recursive: true });
    const db = await freshDatabase();
    ({ url, drop } = db);
    pool = await connectPg(url);
    expect((await syncFolder(pool, dir)).mode).toBe('full');
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every row as JSON reads it, empty and missing values apart, a value holding the separator too', async () => {
    await pool.query('CREATE TABLE rows_test (a text NOT NULL, b text, n int NOT NULL)');
    const json = async () => (await pool.query('SELECT json_agg(json_build_array(a, b, n)) AS all FROM rows_test')).rows[0].all ?? [];
    const read = () => readRows<[string, string | null, number]>(pool, 'rows_test', [['a', 'text'], ['b', 'nullable'], ['n', 'number']]);
    expect(await read()).toEqual([]);
    await pool.query("INSERT INTO rows_test VALUES ('x', NULL, 1), ('', '', 2), ('=', '=', -3), ('Zoë’s', 'a b', 40)");
    expect(await read()).toEqual(await json());
    expect(await read()).toContainEqual(['', '', 2]);
    expect(await read()).toContainEqual(['x', null, 1]);
    await pool.query("INSERT INTO rows_test VALUES (E'a\\x1fb', E'\\x1f', 5)");
    expect(await read()).toEqual(await json());
    expect(await read()).toContainEqual(['a\x1fb', '\x1f', 5]);
  });

  it('answers alike before and after what start-up put off is built, also across an update that comes first', async () => {
    const early = await openPgEngine(url);
    try {
      // Asked at once: these build what they read themselves.
      const first = await answers((r) => early.view(r));
      await pgStateSettled(early.state());
      expect(await answers((r) => early.view(r))).toBe(first);
      // Two states loaded before an update: one with everything built, one with nothing built yet.
      const built: PgState = await loadState(pool, url);
      await answers((r) => prepareView(pool, built, r));
      const bare: PgState = await loadState(pool, url);
      await appendFile(path.join(dir, early.state().corpus.articles[0]!.file), '\n\nThe harbour pilots guild elected Marguerite Quillfeather as its chair on Tuesday.\n');
      expect((await syncFolder(pool, dir)).mode).toBe('incremental');
      const g = (await getMeta<number>(pool, 'generation'))!;
      const [afterBuilt, afterBare] = [await applyChanges(pool, built, g), await applyChanges(pool, bare, g)];
      const updated = await answers((r) => prepareView(pool, afterBare!, r));
      expect(updated).toContain('Quillfeather');
      expect(updated).toBe(await answers((r) => prepareView(pool, afterBuilt!, r)));
      await early.refresh();
      expect(await answers((r) => early.view(r))).toBe(updated);
    } finally {
      await early.close();
    }
  }, 60_000);
});
