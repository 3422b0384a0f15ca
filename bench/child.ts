/**
 * One measurement in a fresh process (so start-up time and resident memory are honest), run by
 * bench/run.ts as `node --expose-gc --import tsx bench/child.ts <mode> <corpus dir> <queries.json>`.
 * Prints one JSON line with its figures on stdout.
 */
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { ask } from '../src/answer/ask.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine, engineSettled, type Engine } from '../src/engine.js';
import { openEngine } from '../src/store/open.js';
import { findQuotes, listSpeakers, suggestSpeakers } from '../src/quotes/index.js';
import { renderAsk, renderQuote } from '../src/render/discord.js';
import { analyze } from '../src/search/analyze.js';
import { searchPassages } from '../src/search/passage-search.js';
import { quotesSettled } from '../src/store/deferred-quotes.js';
import { fingerprintCorpus } from '../src/store/fingerprint.js';
import { indexFileFor, saveIndex } from '../src/store/persist.js';

/** The questions and speaker lookups a latency run replays. */
export interface Queries {
  questions: string[];
  speakers: { speaker: string; about?: string }[];
}

/** Open as the bot does, trusting files by size and time (src/store/trusted.ts); BENCH_HASH_FILES=1 hashes them first, as a one-shot CLI command does. */
const TRUST = process.env.BENCH_HASH_FILES !== '1';
const [mode, dir, queriesFile] = process.argv.slice(2) as [string, string, string];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = () => {
  gc();
  gc();
  return Math.round(process.memoryUsage().rss / 1e6);
};
const out = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

/** p-th percentile (0-100) of a list of milliseconds, nearest rank. */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
const summary = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), mean: xs.reduce((a, b) => a + b, 0) / xs.length });

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

async function build() {
  const t0 = performance.now();
  const corpus = await loadCorpus(dir);
  const t1 = performance.now();
  const engine = createEngine(corpus);
  const t2 = performance.now();
  const rss = mb();
  const fp = await fingerprintCorpus(dir);
  const t3 = performance.now();
  const bytes = await saveIndex(engine, fp, indexFileFor(dir));
  const t4 = performance.now();
  out({
    articles: corpus.articles.length,
    passages: corpus.passages.length,
    terms: engine.search.df.size,
    speakers: engine.quotes.speakers.length,
    quotes: engine.quotes.quotes.length,
    loadCorpusMs: t1 - t0,
    buildMs: t2 - t1,
    rebuildReadyMs: t2 - t0,
    rebuildRssMb: rss,
    hashMs: t3 - t2,
    saveMs: t4 - t3,
    indexBytes: bytes,
  });
}

async function open() {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const t0 = performance.now();
  const r = await openEngine(dir, { build: 'main', trustStamps: TRUST });
  const readyMs = performance.now() - t0;
  // The quotation registry is parsed, and the structures settleEngine defers are built, in the
  // background after ready: memory is measured once they are in, and the time taken is reported beside ready.
  await Promise.all([quotesSettled(r.engine.quotes), engineSettled(r.engine)]);
  const quotesMs = performance.now() - t0;
  h.disable();
  if (r.from !== 'persisted') throw new Error(`expected the persisted index, got a rebuild (${r.reason})`);
  out({ readyMs, quotesMs, rssMb: mb(), heapMb: Math.round(process.memoryUsage().heapUsed / 1e6), maxLoopBlockMs: h.max / 1e6 });
}

/** The same analysed terms ask() searches with, as one plain OR query over the passage index (MiniSearch's semantics): what a bare search app would run. */
function bareSearch(engine: Engine, q: string) {
  const terms = [...new Set(analyze(q, 'query'))];
  return searchPassages(engine.search.passages, terms.join(' '), { combineWith: 'OR' });
}

async function latency() {
  const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as Queries;
  const { engine } = await openEngine(dir, { build: 'main', trustStamps: TRUST });
  // Replayed as a bot serves once its start-up work is done (a second or two after ready, the
  // `quotes` time of the open mode): what it defers past ready is in readyMs, not in every question.
  await Promise.all([quotesSettled(engine.quotes), engineSettled(engine)]);
  gc();
  const speakers = queries.speakers.length > 0 ? queries.speakers : listSpeakers(engine.quotes).slice(0, 50).map((s): Queries['speakers'][number] => ({ speaker: s.name }));
  // Warm up the JIT on a slice, then measure every query once per pass.
  for (const q of queries.questions.slice(0, 50)) renderAsk(ask(engine, q));
  for (const s of speakers.slice(0, 50)) renderQuote(findQuotes(engine.quotes, s.speaker, s.about));
  const full: number[] = [];
  const bare: number[] = [];
  const analysis: number[] = [];
  let answered = 0;
  for (const q of queries.questions) {
    const [r, ms] = time(() => {
      const result = ask(engine, q);
      renderAsk(result);
      return result;
    });
    full.push(ms);
    if (!r.noAnswer) answered++;
    // The sweep skips it: over every term it takes seconds a question on a large archive.
    if (!process.env.BENCH_SKIP_BARE) bare.push(time(() => bareSearch(engine, q))[1]);
    analysis.push(time(() => analyze(q, 'query'))[1]);
  }
  const quote: number[] = [];
  for (const s of speakers) quote.push(time(() => renderQuote(findQuotes(engine.quotes, s.speaker, s.about)))[1]);
  const auto: number[] = [];
  for (const s of speakers) {
    const name = s.speaker.toLowerCase();
    for (const n of [2, 4]) auto.push(time(() => suggestSpeakers(engine.quotes, name.slice(0, n), 25))[1]);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  out({
    questions: queries.questions.length,
    answered,
    ask: summary(full),
    bare: bare.length ? summary(bare) : summary([0]),
    analysis: summary(analysis),
    quote: summary(quote),
    autocomplete: summary(auto),
    ratioMean: sum(full) / sum(bare),
    ratioP50: pct(full, 50) / pct(bare, 50),
  });
}

const modes: Record<string, () => Promise<void>> = { build, open, latency };
await modes[mode]!();
