/**
 * Fits the confidence model (src/answer/confidence.ts) on the dev splits: a logistic regression
 * telling answerable questions from unanswerable ones by what the ranking saw. Prints the weights
 * to put in DEFAULT_RANKING and the dev trade-off they give; the test splits are never read.
 */
import { ask } from '../../answer/ask.js';
import { FEATURE_NAMES, WEIGHT_PARAMS, type ConfidenceFeatures } from '../../answer/confidence.js';
import type { RankingParams } from '../../answer/params.js';
import { loadCorpus } from '../../corpus/load.js';
import { createEngine, type EngineView } from '../../engine.js';
import { askSetFile, corpusDirOf, loadAskSet, type AskSet } from './sets.js';

/** One dev question: what the decision reads, and whether it had an answer in the corpus. */
export interface Example {
  features: ConfidenceFeatures;
  answerable: boolean;
}

/** How the regression is fit: plain batch gradient descent on standardised features, L2-penalised. */
export const FIT_DEFAULTS = Object.freeze({
  /** Passes over the data. */
  iterations: 5000,
  /** Step size on standardised features. */
  learningRate: 0.1,
  /** L2 penalty (per example): keeps weights small with a few hundred questions. */
  l2: 1,
});

const vector = (f: ConfidenceFeatures): number[] => FEATURE_NAMES.map((n) => f[n]);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function standardise(xs: readonly number[][]): { mean: number[]; sd: number[] } {
  const k = xs[0]?.length ?? 0;
  const mean = Array.from({ length: k }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const sd = mean.map((m, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - m) ** 2, 0) / xs.length) || 1);
  return { mean, sd };
}

/**
 * The model's weights on the raw features, bias first (the order of `weightsOf`): fit on
 * standardised features, then folded back so the bot needs no scaling at run time.
 */
export function fitConfidence(examples: readonly Example[], opts = FIT_DEFAULTS): number[] {
  const xs = examples.map((e) => vector(e.features));
  const ys = examples.map((e) => (e.answerable ? 1 : 0));
  const { mean, sd } = standardise(xs);
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(mean.length).fill(0);
  let b = 0;
  for (let it = 0; it < opts.iterations; it++) {
    const grad = new Array<number>(w.length).fill(0);
    let gb = 0;
    zs.forEach((z, i) => {
      const err = sigmoid(z.reduce((s, v, j) => s + v * w[j]!, b)) - ys[i]!;
      z.forEach((v, j) => (grad[j]! += err * v));
      gb += err;
    });
    w.forEach((_, j) => (w[j]! -= (opts.learningRate * (grad[j]! + opts.l2 * w[j]!)) / zs.length));
    b -= (opts.learningRate * gb) / zs.length;
  }
  const raw = w.map((wj, j) => wj / sd[j]!);
  return [b - raw.reduce((s, r, j) => s + r * mean[j]!, 0), ...raw];
}

/** The weights as the lines of DEFAULT_RANKING that hold them. */
export function weightLines(weights: readonly number[]): string {
  return WEIGHT_PARAMS.map((n, i) => `  ${n}: ${weights[i]!.toFixed(3)},`).join('\n');
}

/** The weights as parameter overrides, to run the dev sets with them. */
export function asParams(weights: readonly number[]): Record<string, number> {
  return Object.fromEntries(WEIGHT_PARAMS.map((n, i) => [n, weights[i]!]));
}

/** A dev set loaded with its engine, to collect examples from and to rerun with fitted weights. */
export interface DevSet {
  name: string;
  set: AskSet;
  engine: EngineView;
}

/** Loads each named set's dev split and builds its engine. */
export async function loadDevSets(names: readonly string[]): Promise<DevSet[]> {
  const out: DevSet[] = [];
  for (const name of names) {
    const set = await loadAskSet(askSetFile(name, 'dev'));
    out.push({ name, set, engine: createEngine(await loadCorpus(corpusDirOf(set))) });
  }
  return out;
}

/** Every dev question's features, answerable and not (a question with nothing scored tells the model nothing). */
export function examplesOf(dev: readonly DevSet[], params: RankingParams): Example[] {
  const out: Example[] = [];
  for (const { set, engine } of dev) {
    const add = (q: string, answerable: boolean) => {
      const features = ask(engine, q, { ...params, minConfidence: 0 }).evidence;
      if (features) out.push({ features, answerable });
    };
    for (const a of set.answerable) add(a.q, true);
    for (const u of set.unanswerable) add(u.q, false);
  }
  return out;
}
