/**
 * Where a PostgreSQL `ask` spends its time: `node --import tsx bench/pg-profile.ts <queries.json> [N]`
 * with DATABASE_URL set to an indexed database (`npm run bench -- --engine postgres --keep` leaves
 * one). Logs every SQL statement of each question (round trips, rows, milliseconds), the time
 * outside SQL, and resident memory; prints the slowest questions and their statements, then the
 * speaker lookups' percentiles and slowest (the view's share of each).
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { askWithin, quotesWithin } from '../src/answer/filtered.js';
import { NO_FILTER } from '../src/answer/filters.js';
import { titleOf } from '../src/answer/sources.js';
import { findQuotes } from '../src/quotes/index.js';
import { renderAsk, renderQuote } from '../src/render/discord.js';
import { openPgEngine } from '../src/store/pg/engine.js';
import type { Queries } from './child.js';

interface Stmt { sql: string; ms: number; rows: number }

/** Wraps pool.query so every statement of a question is recorded. */
function record(pool: pg.Pool, log: Stmt[]): void {
  const query = pool.query.bind(pool) as (...a: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (...a: unknown[]) => {
    const t = performance.now();
    const r = await query(...a);
    const text = typeof a[0] === 'string' ? a[0] : (a[0] as { text: string }).text;
    log.push({ sql: text.replace(/\s+/g, ' ').slice(0, 90), ms: performance.now() - t, rows: r.rowCount ?? 0 });
    return r;
  };
}

const [queriesFile, n] = process.argv.slice(2) as [string, string | undefined];
const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as Queries;
const t0 = performance.now();
const engine = await openPgEngine(process.env.DATABASE_URL!);
process.stdout.write(`ready ${Math.round(performance.now() - t0)} ms, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
const log: Stmt[] = [];
record(engine.pool, log);
const runs: { q: string; ms: number; sqlMs: number; stmts: Stmt[] }[] = [];
for (const q of queries.questions.slice(0, Number(n ?? queries.questions.length))) {
  log.length = 0;
  const t = performance.now();
  const view = await engine.view({ question: q });
  const { result } = askWithin(view, q, NO_FILTER);
  renderAsk(result, { page: 0, pageId: (p) => `p${p}`, titleOf: titleOf(view) });
  const ms = performance.now() - t;
  runs.push({ q, ms, sqlMs: log.reduce((s, x) => s + x.ms, 0), stmts: [...log] });
}
const sorted = [...runs].sort((a, b) => a.ms - b.ms);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const f = (x: number) => x.toFixed(1);
process.stdout.write(`asks ${runs.length}: p50 ${f(at(50).ms)} p95 ${f(at(95).ms)} p99 ${f(at(99).ms)} ms; mean statements ${f(runs.reduce((s, r) => s + r.stmts.length, 0) / runs.length)}; mean SQL ${f(runs.reduce((s, r) => s + r.sqlMs, 0) / runs.length)} ms of ${f(runs.reduce((s, r) => s + r.ms, 0) / runs.length)} ms; rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
for (const r of sorted.slice(-5).reverse()) {
  process.stdout.write(`\n${f(r.ms)} ms (SQL ${f(r.sqlMs)}): ${r.q}\n`);
  for (const s of r.stmts) process.stdout.write(`  ${f(s.ms)} ms ${s.rows} rows  ${s.sql}\n`);
}
// Speaker lookups: the view (that speaker's quotations, one statement) against the lookup itself
// (resolving the name, suggestions for a name nobody has) and rendering.
const lookups: { who: string; ms: number; viewMs: number }[] = [];
for (const s of queries.speakers) {
  const t = performance.now();
  const view = await engine.view({ speaker: s.speaker });
  const viewMs = performance.now() - t;
  const { result } = quotesWithin(view, findQuotes(view.quotes, s.speaker, s.about), NO_FILTER);
  renderQuote(result, { page: 0, pageId: (p) => `p${p}`, titleOf: titleOf(view) });
  lookups.push({ who: s.speaker, ms: performance.now() - t, viewMs });
}
if (lookups.length > 0) {
  const byMs = [...lookups].sort((a, b) => a.ms - b.ms);
  const q = (p: number) => byMs[Math.min(byMs.length - 1, Math.ceil((p / 100) * byMs.length) - 1)]!.ms;
  process.stdout.write(`\nquotes ${lookups.length}: p50 ${f(q(50))} p95 ${f(q(95))} p99 ${f(q(99))} ms; slowest:\n`);
  for (const l of byMs.slice(-3).reverse()) process.stdout.write(`  ${f(l.ms)} ms (view ${f(l.viewMs)}): ${l.who}\n`);
}
await engine.close();
