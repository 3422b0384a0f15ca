import type { AskScores, CurvePoint } from './ask.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const ms = (x: number) => `${x.toFixed(2)}`.padStart(6);

/** One row of the answers table. */
export interface AskRow {
  set: string;
  split: string;
  scores: AskScores;
  peers: { name: string; top1: number; top3: number }[];
}

/** The answers table: ours beside the peers, one row per set and split. */
export function askTable(rows: readonly AskRow[]): string {
  const peerNames = rows[0]?.peers.map((p) => p.name) ?? [];
  const head = ['set    split  n/unans  top-1  top-3  ans.refused  unans.refused  p50 ms  p99 ms', ...peerNames.map((n) => ` | ${n.padEnd(10)} top-1  top-3`)].join('');
  const lines = rows.map((r) => {
    const s = r.scores;
    const ours = `${r.set.padEnd(6)} ${r.split.padEnd(5)} ${`${s.answerable}/${s.unanswerable}`.padStart(7)} ${pct(s.top1)} ${pct(s.top3)}       ${pct(s.answerableRefused)}         ${pct(s.unanswerableRefused)}  ${ms(s.p50)}  ${ms(s.p99)}`;
    return ours + r.peers.map((p) => ` | ${''.padEnd(10)} ${pct(p.top1)} ${pct(p.top3)}`).join('');
  });
  return [head, ...lines].join('\n');
}

/** The refusal trade-off as a table: each threshold with what it refuses and what top-1 it leaves. */
export function curveTable(title: string, points: readonly CurvePoint[], chosen: number): string {
  const lines = points.map((p) => `  ${p.threshold.toFixed(2).padStart(5)}${p.threshold === chosen ? ' *' : '  '}  ${pct(p.answerableRefused)}        ${pct(p.unanswerableRefused)}         ${pct(p.top1)}`);
  return [`${title} — refusal trade-off (* = RankingParams.minConfidence)`, '  conf.     ans.refused   unans.refused   top-1', ...lines].join('\n');
}
