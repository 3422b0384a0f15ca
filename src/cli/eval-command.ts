// Entry point of `npm run eval`: the blind question sets of test/eval/, answered by the engine and
// by peers (bare MiniSearch, SQLite FTS5) in the same run. Test splits are reported as numbers only.
import { ask } from '../answer/ask.js';
import { DEFAULT_RANKING, withParams, type RankingParams } from '../answer/params.js';
import { loadCorpus } from '../corpus/load.js';
import { createEngine, type EngineView } from '../engine.js';
import { runAskSet, runPeer, tradeOffCurve, type Answered, type AskRun } from './eval/ask.js';
import { asParams, examplesOf, fitConfidence, loadDevSets, weightLines } from './eval/fit-confidence.js';
import { fts5Peer, miniSearchPeer } from './eval/peers.js';
import { evalQuotes } from './eval/quotes.js';
import { ablationTable, askTable, curveTable, sweepTable, type AskRow } from './eval/report.js';
import { askSetFile, corpusDirOf, loadAskSet, type Split } from './eval/sets.js';

const USAGE = `npm run eval [-- --set seeds|bbc] [--split dev|test] [--misses] [--no-peers] [--no-quotes] [--param name=value] [--sweep name=v1,v2,…] [--ablate] [--fit-confidence]

Prints top-1 and top-3 (the answer phrase inside the snippet), the share of answerable questions
refused, the share of unanswerable questions refused and p50/p99 latency for each blind question
set, with bare MiniSearch and SQLite FTS5 over whole paragraphs beside them, and the refusal
trade-off curve on dev; then the quote attribution figures on the labelled BBC articles (left out
with --set or --no-quotes; npm run eval:quotes runs them alone). --misses lists the dev questions
missed at top-1 (never those of test).
--param overrides a RankingParams default (src/answer/params.ts); --sweep runs dev once per value;
--ablate runs dev once with each mechanism switched off (src/cli/eval/ablations.ts).
--fit-confidence fits the confidence model on the dev splits and prints its weights and dev curves.`;

interface EvalArgs {
  sets: string[];
  splits: Split[];
  misses: boolean;
  peers: boolean;
  params: RankingParams;
  sweep: { name: string; values: number[] } | null;
  ablate: boolean;
  fit: boolean;
  quotes: boolean;
}

function parseArgs(argv: readonly string[]): EvalArgs | { error: string } | 'help' {
  const out: EvalArgs = { sets: ['seeds', 'bbc'], splits: ['dev', 'test'], misses: false, peers: true, params: DEFAULT_RANKING, sweep: null, ablate: false, fit: false, quotes: true };
  const overrides: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--misses') out.misses = true;
    else if (a === '--no-peers') out.peers = false;
    else if (a === '--ablate') out.ablate = true;
    else if (a === '--fit-confidence') out.fit = true;
    else if (a === '--no-quotes') out.quotes = false;
    else if (a === '--set') {
      out.sets = [argv[++i] ?? ''];
      out.quotes = false;
    }
    else if (a === '--param' || a === '--sweep') {
      const [name, values] = (argv[++i] ?? '').split('=');
      const nums = (values ?? '').split(',').map(Number);
      if (!name || nums.length === 0 || nums.some((n) => !Number.isFinite(n))) return { error: `${a} takes name=value${a === '--sweep' ? ',value…' : ''}, e.g. ${a} bm25Weight=0.5` };
      if (a === '--param') overrides[name] = nums[0]!;
      else out.sweep = { name, values: nums };
    }
    else if (a === '--split') {
      const s = argv[++i];
      if (s !== 'dev' && s !== 'test') return { error: '--split takes dev or test' };
      out.splits = [s];
    } else return { error: `unknown option ${a}; see --help` };
  }
  try {
    out.params = withParams(overrides);
    if (out.sweep) withParams({ [out.sweep.name]: out.sweep.values[0]! });
  } catch (err) {
    return { error: (err as Error).message };
  }
  if (out.sweep || out.ablate) out.splits = ['dev'];
  return out;
}

/** The engine's answer to one question, as the scorer reads it. */
function answerer(engine: EngineView, params: RankingParams): (q: string) => Answered {
  return (q) => {
    const r = ask(engine, q, { ...params, minConfidence: 0 });
    return { snippets: r.hits.map((h) => h.snippet), refused: r.confidence < params.minConfidence, confidence: r.confidence };
  };
}

function printMisses(run: AskRun): void {
  for (const m of run.misses) {
    process.stdout.write(`\nMISS ${m.refused ? '(refused) ' : ''}[${m.confidence.toFixed(2)}] ${m.q}\n  gold: ${m.gold.join(' | ')}  (${m.article})\n`);
    m.got.forEach((s, i) => process.stdout.write(`  ${i + 1}. ${s.slice(0, 220)}\n`));
  }
}

const CURVE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

async function evaluateSet(name: string, args: EvalArgs): Promise<AskRow[]> {
  const first = await loadAskSet(askSetFile(name, args.splits[0]!));
  const corpus = await loadCorpus(corpusDirOf(first));
  const engine = createEngine(corpus);
  // Warm the JIT on questions no set asks (headlines), so latency is the engine's, not the compiler's.
  for (const a of corpus.articles.slice(-30)) ask(engine, a.title, args.params);
  const peers = args.peers ? [miniSearchPeer(corpus), fts5Peer(corpus)] : [];
  const rows: AskRow[] = [];
  for (const split of args.splits) {
    const set = await loadAskSet(askSetFile(name, split));
    if (args.ablate) {
      process.stdout.write(ablationTable(name, (off) => runAskSet(set, answerer(engine, { ...args.params, ...off }))));
      continue;
    }
    if (args.sweep) {
      process.stdout.write(sweepTable(name, args.sweep, (value) => runAskSet(set, answerer(engine, { ...args.params, [args.sweep!.name]: value }))));
      continue;
    }
    const run = runAskSet(set, answerer(engine, args.params));
    rows.push({ set: name, split, scores: run.scores, peers: peers.map((p) => ({ name: p.name, ...runPeer(set, p) })) });
    if (split === 'dev') {
      process.stdout.write(`${curveTable(`${name} dev`, tradeOffCurve(run, CURVE_THRESHOLDS), args.params.minConfidence)}\n\n`);
      if (args.misses) printMisses(run);
    }
  }
  for (const p of peers) p.close();
  return rows;
}

/** Fits the confidence model on the dev splits of every named set, then shows each dev curve with it. */
async function fitAndShow(args: EvalArgs): Promise<number> {
  const dev = await loadDevSets(args.sets);
  const weights = fitConfidence(examplesOf(dev, args.params));
  process.stdout.write(`Confidence model fit on ${args.sets.join(' + ')} dev (put these in DEFAULT_RANKING):\n${weightLines(weights)}\n\n`);
  const params = withParams({ ...args.params, ...asParams(weights), calibratedConfidence: 1 });
  for (const { name, set, engine } of dev) process.stdout.write(`${curveTable(`${name} dev`, tradeOffCurve(runAskSet(set, answerer(engine, params)), CURVE_THRESHOLDS), params.minConfidence)}\n\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`error: ${args.error}\n`);
    return 2;
  }
  if (args.fit) return fitAndShow(args);
  const rows: AskRow[] = [];
  for (const name of args.sets) rows.push(...(await evaluateSet(name, args)));
  if (args.sweep || args.ablate) return 0;
  process.stdout.write(`Answers (blind sets in test/eval/; test splits are reported, never tuned on)\n${askTable(rows)}\n`);
  if (args.quotes) for (const split of args.splits) process.stdout.write(`\n${await evalQuotes(split)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
