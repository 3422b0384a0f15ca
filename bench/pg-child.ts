/**
 * The bot side of the PostgreSQL benchmark, in a fresh process (so ready time and resident memory
 * are honest): `node --import tsx bench/pg-child.ts <corpus dir> <queries.json>` with DATABASE_URL
 * set. Opens the engine, replays the questions and speaker lookups through it, then changes one
 * article file and times the per-article update and how soon the change is served. Prints one
 * JSON line.
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { askWithin, quotesWithin } from '../src/answer/filtered.js';
import { NO_FILTER } from '../src/answer/filters.js';
import { titleOf } from '../src/answer/sources.js';
import { findQuotes } from '../src/quotes/index.js';
import { analyze } from '../src/search/analyze.js';
import { renderAsk, renderQuote } from '../src/render/discord.js';
import { connectPg } from '../src/store/pg/connect.js';
import { openPgEngine, type PgEngine } from '../src/store/pg/engine.js';
import { pgStateSettled } from '../src/store/pg/state.js';
import { applyFileChanges } from '../src/store/pg/sync.js';
import type { Queries } from './child.js';

const [dir, queriesFile] = process.argv.slice(2) as [string, string];
const url = process.env.DATABASE_URL!;
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
const summary = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99) });

/** One /ask as the bot answers it: the view fetched from the server, ranked, rendered. */
async function askOnce(engine: PgEngine, q: string): Promise<boolean> {
  const view = await engine.view({ question: q });
  const { result } = askWithin(view, q, NO_FILTER);
  renderAsk(result, { page: 0, pageId: (p) => `p${p}`, titleOf: titleOf(view) });
  return !result.noAnswer;
}

/** One /quote: the speakers are in memory; the view fetches the named speaker's quotations. */
async function quoteOnce(engine: PgEngine, s: Queries['speakers'][number]): Promise<void> {
  const view = await engine.view({ speaker: s.speaker });
  const { result } = quotesWithin(view, findQuotes(view.quotes, s.speaker, s.about), NO_FILTER);
  renderQuote(result, { page: 0, pageId: (p) => `p${p}`, titleOf: titleOf(view) });
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
}

/** Surnames for the new fact, the first the index lacks taken: a database kept from an earlier run already holds the earlier ones. */
const NEW_NAMES = ['Vantongeren', 'Oosterbraak', 'Kaldenbergh', 'Wyndhoevel', 'Marquessac', 'Trelawnyck', 'Zandvlieter', 'Brockhaussen'];

/** Appends a paragraph with a new fact to one article, applies it, and waits until /ask serves it. */
async function update(engine: PgEngine): Promise<{ applyMs: number; servedMs: number }> {
  const file = engine.state().corpus.articles[Math.floor(engine.state().corpus.articles.length / 2)]!.file;
  // Past the list (a database kept through many runs), a made-up surname no archive holds.
  const made = Array.from({ length: 50 }, (_, i) => `Quenzwy${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ck`);
  const name = [...NEW_NAMES, ...made].find((n) => analyze(n).every((t) => !engine.state().terms.df.has(t)));
  if (!name) throw new Error('every new surname is in the index already: use a fresh database');
  await appendFile(path.join(dir, file), `\n\nThe lighthouse keepers association named Oriel ${name} its first honorary warden on Friday.\n`);
  const pool = await connectPg(url, 1);
  const started = performance.now();
  const { ms } = await applyFileChanges(pool, dir, [file]);
  await pool.end();
  // The new surname in the question: an earlier run's fact (another surname) cannot answer it.
  const q = `what did the lighthouse keepers association name Oriel ${name}`;
  for (;;) {
    const view = await engine.view({ question: q });
    if (askWithin(view, q, NO_FILTER).result.hits[0]?.snippet.includes(name)) break;
    if (performance.now() - started > 30_000) throw new Error('the changed article was not served within 30 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { applyMs: ms, servedMs: Math.round(performance.now() - started) };
}

const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as Queries;
const [engine, readyMs] = await timed(() => openPgEngine(url));
const readyRssMb = rssMb();
// What ready put off (the vocabulary's tree, the related-word table, the typo tables), built while the first questions run.
const settling = timed(() => pgStateSettled(engine.state()));
// The first question right after ready: it may build what it reads of that itself.
const firstAskMs = (await timed(() => askOnce(engine, queries.questions[0]!)))[1];
for (const q of queries.questions.slice(1, 30)) await askOnce(engine, q);
const settledMs = readyMs + (await settling)[1];
const ask: number[] = [];
let answered = 0;
for (const q of queries.questions) {
  const [ok, t] = await timed(() => askOnce(engine, q));
  ask.push(t);
  if (ok) answered++;
}
const quote: number[] = [];
for (const s of queries.speakers) quote.push((await timed(() => quoteOnce(engine, s)))[1]);
const afterRssMb = rssMb();
const changed = await update(engine);
const s = engine.state();
const quotations = Number((await engine.pool.query<{ n: string }>('SELECT count(*) AS n FROM nd_quotes')).rows[0]!.n);
await engine.close();
process.stdout.write(
  `${JSON.stringify({
    articles: s.corpus.articles.length, passages: s.stats.passages, terms: s.terms.df.size, speakers: s.quotes.speakers.length, quotes: quotations,
    readyMs, settledMs, firstAskMs, readyRssMb, afterRssMb, questions: ask.length, answered, ask: summary(ask), quote: summary(quote), ...changed,
  })}\n`,
);
