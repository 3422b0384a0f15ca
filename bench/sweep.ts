/**
 * `npm run bench -- --sweep [--sizes 1000,10000,30000] [--queries Q] [--seed S]`: the in-process
 * archive-size sweep. For each size a synthetic archive (bench/generate.ts) is built, persisted,
 * opened, timed and updated per article, each step in a fresh child process with a 3 GB heap
 * limit, and SQLite FTS5 is timed over the same paragraphs as the peer. Prints a markdown table.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Queries } from './child.js';
import { generateCorpus, prng } from './generate.js';

const run = promisify(execFile);

/** What the sweep runs with. */
export const SWEEP_DEFAULTS = {
  sizes: [1000, 10_000, 30_000],
  /** Heap limit of each child: generous, so a figure is never an out-of-memory crash; RSS is reported. */
  heapMb: 3072,
} as const;

type Json = Record<string, number> & { ask?: Record<string, number>; quote?: Record<string, number> };

/** One size's figures. */
interface SweepRow {
  articles: number;
  build: Json;
  open: Json;
  latency: Json;
  update: Json;
  fts5: Json;
}

async function child(code: string, script: string, mode: string, dir: string, queries: string): Promise<Json> {
  const { stdout } = await run(process.execPath, ['--expose-gc', `--max-old-space-size=${SWEEP_DEFAULTS.heapMb}`, '--import', 'tsx', path.join(code, 'bench', script), mode, dir, queries], {
    cwd: code,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BENCH_SKIP_BARE: '1' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Json;
}

/** Peak resident memory of a child is not visible from here; each child reports RSS after its work. */
async function measureSize(code: string, work: string, n: number, queries: number, seed: number): Promise<SweepRow> {
  const dir = path.join(work, `sweep-${n}`);
  const say = (m: string) => process.stderr.write(`${n.toLocaleString('en-US')} articles: ${m}…\n`);
  say('generating');
  const g = await generateCorpus(dir, n, seed);
  const r = prng(seed + 1);
  const sample = <T>(xs: T[], k: number) => Array.from({ length: Math.min(k, xs.length) }, () => xs[Math.floor(r() * xs.length)]!);
  const q: Queries = { questions: sample(g.facts, queries).map((f) => f.question), speakers: sample(g.speakers, Math.min(200, queries)) };
  const qFile = path.join(work, `sweep-${n}-queries.json`);
  await writeFile(qFile, JSON.stringify(q));
  try {
    say('building');
    const build = await child(code, 'child.ts', 'build', dir, qFile);
    say('opening');
    const open = await child(code, 'child.ts', 'open', dir, qFile);
    say('timing questions');
    const latency = await child(code, 'child.ts', 'latency', dir, qFile);
    say('updating one article');
    const update = await child(code, 'sweep-child.ts', 'update', dir, qFile);
    say('timing SQLite FTS5');
    const fts5 = await child(code, 'sweep-child.ts', 'fts5', dir, qFile);
    return { articles: n, build, open, latency, update, fts5 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const num = (x: number) => Math.round(x).toLocaleString('en-US');

/** The sweep's markdown table: one column per archive size. */
export function sweepTable(rows: readonly SweepRow[]): string {
  const lines: [string, (r: SweepRow) => string][] = [
    ['articles / passages', (r) => `${num(r.build.articles!)} / ${num(r.build.passages!)}`],
    ['index build (load files + build)', (r) => `${ms(r.build.loadCorpusMs!)} + ${ms(r.build.buildMs!)}`],
    ['ingest rate (passages/s, load + build)', (r) => num(r.build.passages! / ((r.build.loadCorpusMs! + r.build.buildMs!) / 1000))],
    ['RSS right after the build', (r) => `${num(r.build.rebuildRssMb!)} MB`],
    ['save / persisted index on disk', (r) => `${ms(r.build.saveMs!)} / ${(r.build.indexBytes! / 1e6).toFixed(1)} MB`],
    ['ready from the persisted index (all built after ready in)', (r) => `${ms(r.open.readyMs!)} (${ms(r.open.quotesMs ?? r.open.readyMs!)})`],
    ['RSS after load', (r) => `${num(r.open.rssMb!)} MB`],
    ['longest event-loop stall while loading', (r) => ms(r.open.maxLoopBlockMs!)],
    ['`ask` p50 / p99', (r) => `${ms(r.latency.ask!.p50!)} / ${ms(r.latency.ask!.p99!)}`],
    ['`quote` p50 / p99', (r) => `${ms(r.latency.quote!.p50!)} / ${ms(r.latency.quote!.p99!)}`],
    ['per-article update: changed / added / removed', (r) => `${ms(r.update.changedMs!)} / ${ms(r.update.addedMs!)} / ${ms(r.update.removedMs!)}`],
    ['changed article served updated (file written → answer)', (r) => ms(r.update.servedMs!)],
    ['SQLite FTS5: ingest (passages/s)', (r) => `${ms(r.fts5.ingestMs!)} (${num(r.fts5.passages! / (r.fts5.ingestMs! / 1000))})`],
    ['SQLite FTS5: query p50 / p99', (r) => `${ms(r.fts5.p50!)} / ${ms(r.fts5.p99!)}`],
  ];
  const head = `| | ${rows.map((r) => `${num(r.articles)} articles`).join(' | ')} |\n|---|${rows.map(() => '---:').join('|')}|`;
  return [head, ...lines.map(([label, f]) => `| ${label} | ${rows.map(f).join(' | ')} |`)].join('\n');
}

/** Runs the sweep over `sizes` with the sources in `code`, printing the table as each size finishes. */
export async function sweep(code: string, work: string, sizes: readonly number[], queries: number, seed: number): Promise<string> {
  const rows: SweepRow[] = [];
  for (const n of sizes) {
    rows.push(await measureSize(code, work, n, queries, seed));
    process.stderr.write(`\n${sweepTable(rows)}\n\n`);
  }
  return sweepTable(rows);
}
