import type { RankingParams } from '../../answer/params.js';
import { ABLATIONS } from './ablations.js';
import { type AskRun, type AskScores, type CurvePoint } from './ask.js';

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

/** A sweep of one parameter on dev: top-1/top-3 with refusal off, and the refusal trade-off at the default threshold. */
export function sweepTable(set: string, sweep: { name: string; values: readonly number[] }, run: (value: number) => AskRun): string {
  const lines = sweep.values.map((v) => {
    const r = run(v);
    const all = r.answerableConfidence;
    const top1 = all.filter((x) => x.top1).length / (all.length || 1);
    const top3 = all.filter((x) => x.top3).length / (all.length || 1);
    const s = r.scores;
    return `  ${String(v).padStart(8)}  ${pct(top1)}  ${pct(top3)}    ${pct(s.top1)}   ${pct(s.answerableRefused)}     ${pct(s.unanswerableRefused)}   ${ms(s.p99)}`;
  });
  return [`${set} dev — sweep of ${sweep.name}`, '     value  top-1  top-3  | refusing: top-1  ans.ref.  unans.ref.  p99 ms', ...lines, ''].join('\n') + '\n';
}

/** What each mechanism buys on dev: the full engine, then each one switched off. */
export function ablationTable(set: string, run: (off: Partial<RankingParams>) => AskRun): string {
  const row = (label: string, r: AskRun) => {
    const all = r.answerableConfidence;
    const top1 = all.filter((x) => x.top1).length / (all.length || 1);
    const top3 = all.filter((x) => x.top3).length / (all.length || 1);
    return `  ${label.padEnd(52)} ${pct(top1)}  ${pct(top3)}   ${pct(r.scores.answerableRefused)}     ${pct(r.scores.unanswerableRefused)}`;
  };
  const lines = [row('everything on', run({})), ...ABLATIONS.map((a) => row(`without ${a.name}`, run(a.off)))];
  return [`${set} dev — ablations (top-1/top-3 with refusal off; refusal shares at the default threshold)`, `  ${''.padEnd(52)}  top-1   top-3   ans.ref.  unans.ref.`, ...lines, ''].join('\n') + '\n';
}
