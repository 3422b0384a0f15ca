/**
 * CPU-time measurements, for a machine too busy for wall-clock figures to mean much (other
 * processes' load shows as waiting, not as CPU time), each in a fresh process:
 * `node --expose-gc --import tsx bench/cpu-child.ts open <corpus dir>` and
 * `node --expose-gc --import tsx bench/cpu-child.ts latency <corpus dir> <queries.json>`.
 *  - open: openEngine from the persisted index; wall-clock and process CPU time (all threads, GC included),
 *    then the same once what is built after ready (engineSettled, quotesSettled) is in.
 *  - latency: process CPU time of each ask() + renderAsk() and findQuotes() + renderQuote(),
 *    after 50 warm-up questions and lookups; p50 / p95 / p99, and wall-clock p50 / p99 beside.
 * Prints one JSON line on stdout.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { ask } from '../src/answer/ask.js';
import { findQuotes } from '../src/quotes/index.js';
import { renderAsk, renderQuote } from '../src/render/discord.js';
import { engineSettled } from '../src/engine.js';
import { quotesSettled } from '../src/store/deferred-quotes.js';
import { openEngine } from '../src/store/open.js';
import type { Queries } from './child.js';

/** Open as the bot does, trusting files by size and time (src/store/trusted.ts); BENCH_HASH_FILES=1 hashes them first, as a one-shot CLI command does. */
const TRUST = process.env.BENCH_HASH_FILES !== '1';
const [mode, dir, queriesFile] = process.argv.slice(2) as [string, string, string | undefined];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!;
const round = (x: number) => Math.round(x * 10) / 10;
const summary = (xs: number[]) => ({ p50: round(pct(xs, 50)), p95: round(pct(xs, 95)), p99: round(pct(xs, 99)) });

async function open() {
  const c = process.cpuUsage();
  const t = performance.now();
  const r = await openEngine(dir, { build: 'main', trustStamps: TRUST });
  const wallMs = performance.now() - t;
  const readyCpu = cpuMs(c);
  if (r.from !== 'persisted') throw new Error(`expected the persisted index, got a rebuild (${r.reason})`);
  // What the engine builds after ready, and the quotations it parses after ready, timed apart.
  await Promise.all([engineSettled(r.engine), quotesSettled(r.engine.quotes)]);
  const settled = { settledWallMs: Math.round(performance.now() - t), settledCpuMs: Math.round(cpuMs(c)) };
  process.stdout.write(`${JSON.stringify({ wallMs: Math.round(wallMs), cpuMs: Math.round(readyCpu), ...settled })}\n`);
}

async function latency() {
  const queries = JSON.parse(await readFile(queriesFile!, 'utf8')) as Queries;
  const { engine } = await openEngine(dir, { build: 'main', trustStamps: TRUST });
  (globalThis as { gc?: () => void }).gc?.();
  for (const q of queries.questions.slice(0, 50)) renderAsk(ask(engine, q));
  for (const s of queries.speakers.slice(0, 50)) renderQuote(findQuotes(engine.quotes, s.speaker, s.about));
  const askCpu: number[] = [];
  const askWall: number[] = [];
  const quoteCpu: number[] = [];
  for (const q of queries.questions) {
    const c = process.cpuUsage();
    const t = performance.now();
    renderAsk(ask(engine, q));
    askWall.push(performance.now() - t);
    askCpu.push(cpuMs(c));
  }
  for (const s of queries.speakers) {
    const c = process.cpuUsage();
    renderQuote(findQuotes(engine.quotes, s.speaker, s.about));
    quoteCpu.push(cpuMs(c));
  }
  process.stdout.write(`${JSON.stringify({ askCpu: summary(askCpu), askWall: summary(askWall), quoteCpu: summary(quoteCpu) })}\n`);
}

const modes: Record<string, () => Promise<void>> = { open, latency };
await modes[mode]!();
