// Per-article updates on the PostgreSQL engine: a changed article is served updated within two
// seconds (and answers as the in-process engine answers the changed folder), a removed one no
// longer answers or is quoted, and only the changed files are re-indexed.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { askSetFile, loadAskSet } from '../src/cli/eval/sets.js';
import { findQuotes } from '../src/quotes/index.js';
import { connectPg } from '../src/store/pg/connect.js';
import { openPgEngine, type PgEngine } from '../src/store/pg/engine.js';
import { applyFileChanges, syncFolder } from '../src/store/pg/sync.js';
import { freshDatabase, PG_SKIP_REASON } from './pg/database.js';
import type pg from 'pg';

// What a reader sees: each of the first three reports with every outlet carrying it. After an
// update the changed article's rows come last, so of two outlets printing the same report the
// other may lead (its own wording shown, the first under "also reported by").
const top3 = (r: { hits: { source: { id: string }; alsoIn: { id: string }[] }[] }) =>
  r.hits.slice(0, 3).map((h) => [h.source.id, ...h.alsoIn.map((a) => a.id)].sort().join(' + '));

/** Asks until the answer satisfies `ok` or `withinMs` pass; returns how long it took. */
async function servedWithin(engine: PgEngine, q: string, ok: (ids: string[]) => boolean, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const ids = ask(await engine.view({ question: q }), q).hits.map((h) => h.passageId);
    if (ok(ids)) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not served within ${withinMs} ms: ${ids.join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(PG_SKIP_REASON !== null)(`per-article updates on PostgreSQL (skipped when ${PG_SKIP_REASON ?? 'never'})`, () => {
  let dir: string;
  let drop: () => Promise<void>;
  let pool: pg.Pool;
  let engine: PgEngine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-pg-update-'));
    await cp('seeds', dir, { recursive: true });
    const db = await freshDatabase();
    drop = db.drop;
    pool = await connectPg(db.url);
    expect((await syncFolder(pool, dir)).mode).toBe('full');
    engine = await openPgEngine(db.url);
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
    await pool?.end();
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a changed article updated within 2 s, re-indexing only that file, as the in-process engine answers it', async () => {
    const q = 'who chairs the harbour pilots guild';
    expect(ask(await engine.view({ question: q }), q).hits.some((h) => h.snippet.includes('Quillfeather'))).toBe(false);
    const file = engine.state().corpus.articles[0]!.file;
    await appendFile(path.join(dir, file), '\n\nThe harbour pilots guild elected Marguerite Quillfeather as its chair on Tuesday.\n');
    const r = await syncFolder(pool, dir);
    expect(r).toMatchObject({ mode: 'incremental', files: 1 });
    const ms = await servedWithin(engine, q, (ids) => ids.length > 0, 2_000);
    const view = await engine.view({ question: q });
    expect(ask(view, q).hits[0]!.snippet).toContain('Quillfeather');
    // Within the poll interval a view may pair the new rows with the old statistics; compare once this process has reloaded them.
    await engine.refresh();
    const memory = createEngine(await loadCorpus(dir));
    for (const question of [q, 'who led the Chinese delegation?', 'what did Scott Bessent say about rare earths']) {
      expect(top3(ask(await engine.view({ question }), question))).toEqual(top3(ask(memory, question)));
    }
    expect(ms).toBeLessThan(2_000);
  }, 60_000);

  it('no longer answers from, or quotes, an article whose file is removed', async () => {
    const q = 'tariffs on soybeans';
    const before = ask(await engine.view({ question: q }), q);
    const gone = before.hits[0]!.source.id;
    const file = engine.state().meta.get(gone)!.file;
    // The people the removed article quotes, as /quote shows them before the removal.
    const quotedIn = async (id: string) => {
      const names = engine.state().quotes.speakers.filter((x) => x.quotes > 0).map((x) => x.name);
      const shown = await Promise.all(names.map(async (name) => findQuotes((await engine.view({ speaker: name })).quotes, name).quotes));
      return shown.flat().filter((x) => x.citations.some((c) => c.sourceId === id)).length;
    };
    const quoted = await quotedIn(gone);
    await rm(path.join(dir, file));
    const r = await applyFileChanges(pool, dir, [file]);
    expect(r.ms).toBeLessThan(1_000);
    await servedWithin(engine, q, (ids) => !engine.state().meta.has(gone) && !ids.some((id) => id.startsWith(`${gone}#`)), 2_000);
    const s = engine.state();
    expect(s.meta.has(gone)).toBe(false);
    expect(await quotedIn(gone)).toBe(0);
    expect(quoted).toBeGreaterThan(0);
    const memory = createEngine(await loadCorpus(dir));
    expect(top3(ask(await engine.view({ question: q }), q))).toEqual(top3(ask(memory, q)));
  }, 60_000);

  it('answers, after following the updates, as a process opened afresh does', async () => {
    const fresh = await openPgEngine(engine.state().corpus.dir);
    try {
      const set = await loadAskSet(askSetFile('seeds', 'dev'));
      for (const q of [...set.answerable.map((a) => a.q), ...set.unanswerable.map((u) => u.q)]) {
        expect(top3(ask(await engine.view({ question: q }), q)), q).toEqual(top3(ask(await fresh.view({ question: q }), q)));
      }
      expect(engine.state().corpus.articles.map((a) => a.id)).toEqual(fresh.state().corpus.articles.map((a) => a.id));
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('finds nothing to do when no file changed', async () => {
    expect((await syncFolder(pool, dir)).mode).toBe('up-to-date');
    expect(engine.state().corpus.articles.length).toBe(4);
  }, 30_000);
});
