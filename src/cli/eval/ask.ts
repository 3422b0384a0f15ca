import { performance } from 'node:perf_hooks';
import type { Peer } from './peers.js';
import { holdsGold, type AskSet } from './sets.js';

/** What one question got: its snippets in rank order, whether it was refused, and the answer's confidence. */
export interface Answered {
  snippets: string[];
  refused: boolean;
  /** The engine's confidence that some passage answers (0-1); refusal is this below a threshold. */
  confidence: number;
}

/** One run of a question set: the shares a user notices, and latency. */
export interface AskScores {
  answerable: number;
  unanswerable: number;
  top1: number;
  top3: number;
  answerableRefused: number;
  unanswerableRefused: number;
  p50: number;
  p99: number;
}

/** A question the engine missed, for reading dev misses (never printed for test). */
export interface Miss {
  q: string;
  gold: string[];
  article: string;
  got: string[];
  refused: boolean;
  confidence: number;
}

/** Everything measured on one set: scores, per-question confidences for the trade-off curve, misses. */
export interface AskRun {
  scores: AskScores;
  answerableConfidence: { confidence: number; top1: boolean; top3: boolean }[];
  unanswerableConfidence: number[];
  misses: Miss[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Runs every question of a set through `answer`, scoring the answer phrase inside the snippets. */
export function runAskSet(set: AskSet, answer: (q: string) => Answered): AskRun {
  const times: number[] = [];
  const timed = (q: string) => {
    const t0 = performance.now();
    const a = answer(q);
    times.push(performance.now() - t0);
    return a;
  };
  let top1 = 0;
  let top3 = 0;
  let refusedA = 0;
  const answerableConfidence: AskRun['answerableConfidence'] = [];
  const misses: Miss[] = [];
  for (const item of set.answerable) {
    const a = timed(item.q);
    const shown = a.refused ? [] : a.snippets;
    const first = shown.length > 0 && holdsGold(shown[0]!, item.gold);
    const three = shown.slice(0, 3).some((s) => holdsGold(s, item.gold));
    // The curve asks what the ranking would get with refusal off: judge the snippets even when refused.
    answerableConfidence.push({ confidence: a.confidence, top1: a.snippets.length > 0 && holdsGold(a.snippets[0]!, item.gold), top3: a.snippets.slice(0, 3).some((s) => holdsGold(s, item.gold)) });
    if (first) top1++;
    if (three) top3++;
    if (a.refused) refusedA++;
    if (!first) misses.push({ q: item.q, gold: item.gold, article: item.article, got: a.snippets.slice(0, 3), refused: a.refused, confidence: a.confidence });
  }
  const unanswerableConfidence = set.unanswerable.map((u) => timed(u.q));
  const sorted = [...times].sort((a, b) => a - b);
  const n = set.answerable.length || 1;
  return {
    scores: {
      answerable: set.answerable.length,
      unanswerable: set.unanswerable.length,
      top1: top1 / n,
      top3: top3 / n,
      answerableRefused: refusedA / n,
      unanswerableRefused: unanswerableConfidence.filter((a) => a.refused).length / (set.unanswerable.length || 1),
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
    },
    answerableConfidence,
    unanswerableConfidence: unanswerableConfidence.map((a) => a.confidence),
    misses,
  };
}

/** A peer's top-1 and top-3 on a set's answerable questions, its whole paragraphs as the snippets. */
export function runPeer(set: AskSet, peer: Peer): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const item of set.answerable) {
    const got = peer.search(item.q, 3);
    if (got[0] !== undefined && holdsGold(got[0], item.gold)) top1++;
    if (got.some((s) => holdsGold(s, item.gold))) top3++;
  }
  const n = set.answerable.length || 1;
  return { top1: top1 / n, top3: top3 / n };
}

/** One point of the refusal trade-off: at this threshold, what is refused and what top-1 becomes. */
export interface CurvePoint {
  threshold: number;
  answerableRefused: number;
  unanswerableRefused: number;
  top1: number;
}

/** The refusal trade-off over thresholds, from a run made with refusal off. */
export function tradeOffCurve(run: AskRun, thresholds: readonly number[]): CurvePoint[] {
  const a = run.answerableConfidence;
  const u = run.unanswerableConfidence;
  return thresholds.map((t) => ({
    threshold: t,
    answerableRefused: a.filter((x) => x.confidence < t).length / (a.length || 1),
    unanswerableRefused: u.filter((c) => c < t).length / (u.length || 1),
    top1: a.filter((x) => x.confidence >= t && x.top1).length / (a.length || 1),
  }));
}
