/**
 * `npm run bench [-- --articles N] [--big] [--runs K] [--queries Q] [--seed S]`
 * `npm run bench -- --sweep [--sizes 1000,10000,30000]`: the in-process archive-size sweep (bench/sweep.ts).
 * `npm run bench -- --engine postgres [--articles N]`: the PostgreSQL rows (bench/pg.ts).
 *
 * For the seeds, the BBC archive beside the repository (timed with the blind eval questions) and
 * synthetic corpora of 1,000 and 10,000 articles (or N; plus 100,000 with
 * --big): builds the index, persists it, and measures in fresh child processes the cold start
 * from the persisted index, resident memory, and ask / quote latency against a bare MiniSearch
 * search on the same index. Prints a markdown table of medians over K runs. Corpora are written
 * to a temporary folder and deleted afterwards.
 */
import { execFile } from 'node:child_process';
import { access, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Queries } from './child.js';
import { generateCorpus, prng } from './generate.js';
import { sweep, SWEEP_DEFAULTS } from './sweep.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The real archive (2,225 BBC articles) beside the repository, timed with the blind eval questions. */
const BBC = path.join(ROOT, '..', 'shared', 'corpora', 'bbc');
const exists = (p: string) => access(p).then(() => true, () => false);
/** The children run a snapshot of the sources taken at start, so edits made meanwhile cannot skew (or stale) a run. */
let snapshot = ROOT;

async function takeSnapshot(work: string): Promise<void> {
  snapshot = path.join(work, 'code');
  for (const d of ['src', 'bench', 'commands']) await cp(path.join(ROOT, d), path.join(snapshot, d), { recursive: true });
  for (const f of ['package.json', 'tsconfig.json']) await cp(path.join(ROOT, f), path.join(snapshot, f));
  await symlink(path.join(ROOT, 'node_modules'), path.join(snapshot, 'node_modules'), 'dir');
}

interface Args {
  sizes: number[];
  runs: number;
  queries: number;
  seed: number;
  /** Archive sizes of the sweep; null for the ordinary bench. */
  sweep: number[] | null;
}

function parse(argv: readonly string[]): Args {
  let articles: number | undefined;
  let big = false;
  let runs = 3;
  let queries = 300;
  let seed = 42;
  let sweepSizes: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive whole number`);
      return v;
    };
    if (a === '--articles') articles = num();
    else if (a === '--big') big = true;
    else if (a === '--runs') runs = num();
    else if (a === '--queries') queries = num();
    else if (a === '--seed') seed = num();
    else if (a === '--sweep') sweepSizes ??= [...SWEEP_DEFAULTS.sizes];
    else if (a === '--sizes') sweepSizes = (argv[++i] ?? '').split(',').map((x) => Number(x));
    else throw new Error(`unknown option ${a}; use --articles N, --big, --runs K, --queries Q, --seed S, --sweep, --sizes A,B`);
  }
  const sizes = articles !== undefined ? [articles] : [1000, 10000];
  if (big) sizes.push(100000);
  if (sweepSizes?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes needs positive whole numbers, e.g. --sizes 1000,10000');
  return { sizes, runs, queries, seed, sweep: sweepSizes };
}

/** Runs one child measurement and returns its JSON line. */
async function child<T>(mode: string, dir: string, queriesFile: string): Promise<T> {
  const { stdout } = await run(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', path.join(snapshot, 'bench/child.ts'), mode, dir, queriesFile], {
    cwd: snapshot,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

type Stats = { p50: number; p95: number; p99: number; mean: number };
interface Built {
  articles: number;
  passages: number;
  terms: number;
  speakers: number;
  quotes: number;
  loadCorpusMs: number;
  buildMs: number;
  rebuildReadyMs: number;
  rebuildRssMb: number;
  hashMs: number;
  saveMs: number;
  indexBytes: number;
}
interface Opened {
  readyMs: number;
  rssMb: number;
  heapMb: number;
  maxLoopBlockMs: number;
}
interface Latency {
  questions: number;
  answered: number;
  ask: Stats;
  bare: Stats;
  analysis: Stats;
  quote: Stats;
  autocomplete: Stats;
  ratioMean: number;
  ratioP50: number;
}

/** One corpus's figures, medians over the runs. */
interface Row {
  name: string;
  built: Built;
  opened: Opened;
  latency: Latency;
}

function medianOf<T extends object>(rows: T[]): T {
  const first = rows[0]!;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(first)) {
    out[k] = typeof v === 'number' ? median(rows.map((r) => (r as Record<string, number>)[k]!)) : typeof v === 'object' && v ? medianOf(rows.map((r) => (r as Record<string, object>)[k]!)) : v;
  }
  return out as T;
}

/** The blind eval questions of a real corpus, each once (dev and test; only their text is replayed, for timing). */
async function evalQuestions(name: string): Promise<Queries> {
  const qs: string[] = [];
  for (const split of ['dev', 'test']) {
    const set = JSON.parse(await readFile(path.join(ROOT, `test/eval/${name}-ask.${split}.json`), 'utf8')) as { answerable: { q: string }[]; unanswerable: { q: string }[] };
    qs.push(...set.answerable.map((a) => a.q), ...set.unanswerable.map((u) => u.q));
  }
  return { questions: qs, speakers: [] };
}

/** Questions from a generated corpus's facts, a seeded sample; for the seeds, the golden questions. */
async function queriesFor(kind: 'seeds' | 'generated', facts: { question: string }[], speakers: Queries['speakers'], n: number, seed: number): Promise<Queries> {
  if (kind === 'seeds') {
    const golden = JSON.parse(await readFile(path.join(ROOT, 'test/golden/ask-seeds.json'), 'utf8')) as { answerable: { q: string }[]; unanswerable: string[] };
    const qs = [...golden.answerable.map((a) => a.q), ...golden.unanswerable];
    return { questions: Array.from({ length: Math.max(n, qs.length) }, (_, i) => qs[i % qs.length]!), speakers: [] };
  }
  const r = prng(seed + 1);
  const sample = <T>(xs: T[], k: number) => Array.from({ length: Math.min(k, xs.length) }, () => xs[Math.floor(r() * xs.length)]!);
  return { questions: sample(facts, n).map((f) => f.question), speakers: sample(speakers, Math.min(200, n)) };
}

async function measure(name: string, dir: string, queries: Queries, runs: number, work: string): Promise<Row> {
  const qFile = path.join(work, `${name.replace(/\W+/g, '-')}-queries.json`);
  await writeFile(qFile, JSON.stringify(queries));
  process.stderr.write(`${name}: building…\n`);
  const built = await child<Built>('build', dir, qFile);
  const opened: Opened[] = [];
  const latency: Latency[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`${name}: run ${i + 1}/${runs}…\n`);
    opened.push(await child<Opened>('open', dir, qFile));
    latency.push(await child<Latency>('latency', dir, qFile));
  }
  return { name, built, opened: medianOf(opened), latency: medianOf(latency) };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const num = (x: number) => x.toLocaleString('en-US');

/** The markdown table: one column per corpus. */
export function table(rows: readonly Row[]): string {
  const lines: [string, (r: Row) => string][] = [
    ['articles / passages', (r) => `${num(r.built.articles)} / ${num(r.built.passages)}`],
    ['distinct terms / speakers / quotations', (r) => `${num(r.built.terms)} / ${num(r.built.speakers)} / ${num(r.built.quotes)}`],
    ['index build (load files + createEngine)', (r) => `${ms(r.built.loadCorpusMs)} + ${ms(r.built.buildMs)}`],
    ['persisted index on disk', (r) => `${(r.built.indexBytes / 1e6).toFixed(1)} MB`],
    ['cold start to ready: persisted index', (r) => ms(r.opened.readyMs)],
    ['cold start to ready: rebuild', (r) => ms(r.built.rebuildReadyMs)],
    ['longest event-loop stall while loading', (r) => ms(r.opened.maxLoopBlockMs)],
    ['resident memory after load: persisted / rebuilt', (r) => `${num(r.opened.rssMb)} MB / ${num(r.built.rebuildRssMb)} MB`],
    ['questions answered (of asked)', (r) => `${r.latency.answered} / ${r.latency.questions}`],
    ['`ask` p50 / p95 / p99', (r) => `${ms(r.latency.ask.p50)} / ${ms(r.latency.ask.p95)} / ${ms(r.latency.ask.p99)}`],
    ['bare search, all terms (MiniSearch semantics) p50 / p95 / p99', (r) => `${ms(r.latency.bare.p50)} / ${ms(r.latency.bare.p95)} / ${ms(r.latency.bare.p99)}`],
    ['full `ask` ÷ bare search (total time; p50)', (r) => `${r.latency.ratioMean.toFixed(2)}× ; ${r.latency.ratioP50.toFixed(2)}×`],
    ['`quote` p50 / p95 / p99', (r) => `${ms(r.latency.quote.p50)} / ${ms(r.latency.quote.p95)} / ${ms(r.latency.quote.p99)}`],
    ['speaker autocomplete p50 / p99', (r) => `${ms(r.latency.autocomplete.p50)} / ${ms(r.latency.autocomplete.p99)}`],
  ];
  const head = `| | ${rows.map((r) => r.name).join(' | ')} |\n|---|${rows.map(() => '---:').join('|')}|`;
  return [head, ...lines.map(([label, f]) => `| ${label} | ${rows.map(f).join(' | ')} |`)].join('\n');
}

async function main() {
  // The PostgreSQL rows are their own run (bench/pg.ts): a server, a database, one size.
  if (process.argv.includes('--engine')) return void (await import('./pg.js'));
  const args = parse(process.argv.slice(2));
  const work = await mkdtemp(path.join(tmpdir(), 'newsdesk-bench-'));
  const rows: Row[] = [];
  const progress = () => process.stderr.write(`\n${table(rows)}\n\n`);
  try {
    await takeSnapshot(work);
    if (args.sweep) {
      const t = await sweep(snapshot, work, args.sweep, args.queries, args.seed);
      process.stdout.write(`\n${t}\n\nOne run per size, ${args.queries} questions; Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}.\nCommand: npm run bench -- ${process.argv.slice(2).join(' ')}\n`);
      return;
    }
    const seeds = path.join(work, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    rows.push(await measure('seeds', seeds, await queriesFor('seeds', [], [], args.queries, args.seed), args.runs, work));
    if (await exists(BBC)) {
      const bbc = path.join(work, 'bbc');
      await cp(BBC, bbc, { recursive: true });
      rows.push(await measure('BBC archive', bbc, await evalQuestions('bbc'), args.runs, work));
      await rm(bbc, { recursive: true, force: true });
    }
    for (const n of args.sizes) {
      const dir = path.join(work, `n${n}`);
      process.stderr.write(`${num(n)} articles: generating…\n`);
      const g = await generateCorpus(dir, n, args.seed);
      progress();
      rows.push(await measure(`${num(n)} articles`, dir, await queriesFor('generated', g.facts, g.speakers, args.queries, args.seed), args.runs, work));
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(`\n${table(rows)}\n\nMedians of ${args.runs} runs, ${args.queries} questions each; Node ${process.version}, ${availableParallelism()} × ${cpu}.\nCommand: npm run bench -- ${process.argv.slice(2).join(' ')}\n`);
}

await main();
