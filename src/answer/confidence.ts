/**
 * How likely it is that the best snippet answers the question: a logistic model over what the
 * ranking saw, fit on the blind dev sets (`npm run eval -- --fit-confidence`) so the number is a
 * probability and the refusal threshold can be read off the dev trade-off curve.
 */
import type { RankingParams } from './params.js';
import type { Question } from './question.js';
import type { Scored } from './score.js';

/** Windows whose articles are counted for `spread`. */
const SPREAD_DEPTH = 5;

/** What the decision reads, each a plain number so the model's weights stay in RankingParams. */
export interface ConfidenceFeatures {
  /** The share of the question the best snippet holds itself, less when it lacks the kind of answer asked for. */
  evidence: number;
  /** Its natural log: a snippet holding a fifth of the question is far from one holding half. */
  logEvidence: number;
  /** 1 when the best snippet holds the kind of answer asked for (or none was asked for). */
  hasType: number;
  /** 1 when the question asks for a kind of answer. */
  typed: number;
  /** Natural log of the best window's score: how strongly everything the ranking weighs agrees. */
  logScore: number;
  /** Distinct articles among the best few windows: an answer that is there tends to win in one place. */
  spread: number;
  /**
   * Figures and years of the question the best snippet lacks. Not a feature of the model: a figure
   * is never said another way, so each one missing discounts whatever the model says, and the dev
   * sets hold too few such questions for a model to learn it.
   */
  missingNumbers: number;
}

/** The evidence share: the snippet's own share of the question, discounted when it lacks the kind of answer asked for. */
function evidenceOf(q: Question, best: Scored, params: RankingParams): number {
  return best.support * (q.type !== null && !best.hasType ? params.missingTypeFactor : 1);
}

/** The features of a ranked list of windows (best first); null when nothing was scored. */
export function confidenceFeatures(q: Question, scored: readonly Scored[], params: RankingParams): ConfidenceFeatures | null {
  const best = scored[0];
  if (!best) return null;
  const evidence = evidenceOf(q, best, params);
  return {
    evidence,
    logEvidence: Math.log(Math.max(evidence, 1e-3)),
    hasType: best.hasType ? 1 : 0,
    typed: q.type !== null ? 1 : 0,
    logScore: Math.log(Math.max(best.score, 1e-6)),
    spread: new Set(scored.slice(0, SPREAD_DEPTH).map((s) => s.candidate.passage.articleId)).size,
    missingNumbers: best.missingNumbers,
  };
}

/** The features in the order of their weights, for fitting. */
export const FEATURE_NAMES = ['logEvidence', 'hasType', 'typed', 'logScore', 'spread'] as const;

/** The parameters holding the model's weights: its bias, then one per feature in FEATURE_NAMES order. */
export const WEIGHT_PARAMS = ['confidenceBias', 'confidenceLogEvidence', 'confidenceHasType', 'confidenceTyped', 'confidenceLogScore', 'confidenceSpread'] as const satisfies readonly (keyof RankingParams)[];

/** The model's weights as RankingParams holds them (bias first, then one per feature). */
export function weightsOf(params: RankingParams): number[] {
  return WEIGHT_PARAMS.map((name) => params[name]);
}

/**
 * The probability (0-1) that the best snippet answers, from its features (0 when nothing was
 * scored), discounted for each figure of the question the snippet lacks. With
 * `calibratedConfidence` off, the evidence share alone (the rule before the model, kept to
 * measure what the model buys).
 */
export function confidenceOf(f: ConfidenceFeatures | null, params: RankingParams): number {
  if (!f) return 0;
  const figures = params.missingNumberFactor ** f.missingNumbers;
  if (params.calibratedConfidence <= 0) return f.evidence * figures;
  const [bias, ...w] = weightsOf(params);
  const z = FEATURE_NAMES.reduce((sum, name, i) => sum + w[i]! * f[name], bias!);
  return figures / (1 + Math.exp(-z));
}
