/**
 * `npm run bench -- --engine postgres [--articles N] [--queries Q] [--seed S]`
 *
 * The PostgreSQL rows of the archive-size sweep: generates a synthetic archive of N articles
 * (default 100,000; bench/generate.ts), runs `npm run index` into a fresh database on the server
 * DATABASE_URL names (without one, a throwaway cluster from scripts/pg-throwaway), then measures
 * the bot side in a fresh process (bench/pg-child.ts): ready time, resident memory, ask and quote
 * latency through the engine, and one article's update. Prints a markdown table.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Queries } from './child.js';
import { generateCorpus, prng } from './generate.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function parse(argv: readonly string[]): { articles: number; queries: number; seed: number; keep: boolean } {
  const out = { articles: 100_000, queries: 300, seed: 42, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--keep') {
      out.keep = true;
      continue;
    }
    if (a === '--engine') {
      if (argv[++i] !== 'postgres') throw new Error('--engine takes postgres (the in-process engine is the default sweep)');
      continue;
    }
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive whole number`);
    if (a === '--articles') out.articles = v;
    else if (a === '--queries') out.queries = v;
    else if (a === '--seed') out.seed = v;
    else throw new Error(`unknown option ${a}; use --engine postgres, --articles N, --queries Q, --seed S, --keep`);
  }
  return out;
}

/** A database of its own for the run, on the server of `admin`. */
async function createDatabase(admin: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nd_bench_${process.pid}`;
  const sql = async (q: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await sql(`CREATE DATABASE ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** `npm run index` into the database, timed, with the indexing process's peak memory (GNU time). */
async function ingest(dir: string, url: string): Promise<{ ms: number; peakRssMb: number | null; out: string }> {
  const started = performance.now();
  const args = ['-f', 'peak-rss-kb %M', process.execPath, '--max-old-space-size=12000', '--import', 'tsx', path.join(ROOT, 'src/cli/index-command.ts'), '--corpus', dir];
  const r = await run('/usr/bin/time', args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 1024 * 1024 });
  const kb = /peak-rss-kb (\d+)/.exec(r.stderr)?.[1];
  return { ms: performance.now() - started, peakRssMb: kb ? Math.round(Number(kb) / 1000) : null, out: r.stdout.trim() };
}

interface Served {
  articles: number; passages: number; terms: number; speakers: number; quotes: number;
  readyMs: number; settledMs: number; firstAskMs: number; readyRssMb: number; afterRssMb: number; questions: number; answered: number;
  ask: { p50: number; p95: number; p99: number }; quote: { p50: number; p95: number; p99: number };
  applyMs: number; servedMs: number;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const num = (x: number) => x.toLocaleString('en-US');

function table(n: number, i: Awaited<ReturnType<typeof ingest>>, dbBytes: number, s: Served): string {
  const rows: [string, string][] = [
    ['articles / passages', `${num(s.articles)} / ${num(s.passages)}`],
    ['distinct terms / speakers / quotations', `${num(s.terms)} / ${num(s.speakers)} / ${num(s.quotes)}`],
    ['`npm run index` (full, into an empty database)', ms(i.ms)],
    ['ingest rate', `${num(Math.round(s.passages / (i.ms / 1000)))} passages/s (${num(Math.round(s.articles / (i.ms / 1000)))} articles/s)`],
    ['indexing process peak RSS', i.peakRssMb === null ? 'n/a' : `${num(i.peakRssMb)} MB`],
    ['database size', `${num(Math.round(dbBytes / 1e6))} MB`],
    ['bot side: ready (connect + statistics + registry)', ms(s.readyMs)],
    ['bot side: what ready put off built / first question asked at ready', `${ms(s.settledMs)} / ${ms(s.firstAskMs)}`],
    ['bot side: RSS when ready / after the queries', `${num(s.readyRssMb)} MB / ${num(s.afterRssMb)} MB`],
    ['questions answered (of asked)', `${s.answered} / ${s.questions}`],
    ['`ask` p50 / p95 / p99 (view from the server + ranking + render)', `${ms(s.ask.p50)} / ${ms(s.ask.p95)} / ${ms(s.ask.p99)}`],
    ['`quote` p50 / p95 / p99', `${ms(s.quote.p50)} / ${ms(s.quote.p95)} / ${ms(s.quote.p99)}`],
    ['one changed article: applied / served updated', `${ms(s.applyMs)} / ${ms(s.servedMs)}`],
  ];
  return [`| PostgreSQL | ${num(n)} articles |`, '|---|---:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const work = await mkdtemp(path.join(tmpdir(), 'newsdesk-pgbench-'));
  const db = await createDatabase(process.env.DATABASE_URL!);
  try {
    const dir = path.join(work, 'corpus');
    process.stderr.write(`${num(args.articles)} articles: generating…\n`);
    const g = await generateCorpus(dir, args.articles, args.seed);
    const r = prng(args.seed + 1);
    const sample = <T>(xs: T[], k: number) => Array.from({ length: Math.min(k, xs.length) }, () => xs[Math.floor(r() * xs.length)]!);
    const queries: Queries = { questions: sample(g.facts, args.queries).map((f) => f.question), speakers: sample(g.speakers, Math.min(200, args.queries)) };
    const qFile = path.join(work, 'queries.json');
    await writeFile(qFile, JSON.stringify(queries));
    process.stderr.write('indexing into PostgreSQL (npm run index)…\n');
    const i = await ingest(dir, db.url);
    process.stderr.write(`${i.out}\nserving…\n`);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const size = Number((await c.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n')).rows[0]!.n);
    await c.end();
    const child = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/pg-child.ts'), dir, qFile], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url }, maxBuffer: 64 * 1024 * 1024 });
    const served = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Served;
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    process.stdout.write(`\n${table(args.articles, i, size, served)}\n\n${args.queries} questions, ${queries.speakers.length} speaker lookups; Node ${process.version}, ${availableParallelism()} × ${cpu}.\nCommand: npm run bench -- ${process.argv.slice(2).join(' ')}\n`);
  } finally {
    // --keep leaves the database and the corpus for a closer look (with a DATABASE_URL of your own).
    if (args.keep) process.stderr.write(`kept: ${db.url} and ${work}\n`);
    else {
      await db.drop().catch(() => {});
      await rm(work, { recursive: true, force: true });
    }
  }
}

if (process.env.DATABASE_URL) await main();
else {
  // No server given: run this very command inside a throwaway cluster.
  const p = spawn(path.join(ROOT, 'scripts/pg-throwaway'), [process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = await new Promise<number>((done) => p.on('exit', (code) => done(code ?? 1)));
}
