import type { EngineView as Engine } from '../engine.js';
import { clusterRanked } from './cluster.js';
import { confidenceFeatures, confidenceOf, type ConfidenceFeatures } from './confidence.js';
import { passagesQuoting } from './names.js';
import { DEFAULT_RANKING, type RankingParams } from './params.js';
import { analyseQuestion, reweighUnknown } from './question.js';
import { retrieve, type Candidate } from './retrieve.js';
import { prescore, scoreCandidate, type Scored, type ScoringContext } from './score.js';
import { highlight, windowTokens } from './snippet.js';
import { sourceRef } from './sources.js';
import type { AskHit, AskResult, NoAnswerReason } from './types.js';

/** For "what did X say about Y": X's quoted passages are candidates even when the index ranks them low. */
function withQuotedPassages(engine: Engine, candidates: readonly Candidate[], quoting: ReadonlyMap<string, unknown>, limit: number): Candidate[] {
  const have = new Set(candidates.map((c) => c.passage.id));
  const extra = [...quoting.keys()].filter((id) => !have.has(id)).slice(0, limit).map((id) => ({ passage: engine.passages.get(id)!, bm25: 0 }));
  return [...candidates, ...extra];
}

/** Keeps the best-scored of windows that overlap (two candidates of one article reaching the same sentences). */
function distinctWindows(scored: readonly Scored[]): Scored[] {
  const seen = new Set<string>();
  return scored.filter((s) => {
    const keys = s.window.sentences.map((p) => `${p.passage.id}:${p.sentence.text}`);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

const ownPassage = (s: Scored) => s.window.sentences.find((p) => p.own)!.passage;

/** The hit a user sees: the window's exact text with matched words marked, cited, with corroborating outlets. */
function toHit(engine: Engine, matched: ReadonlySet<string>, [lead, ...rest]: Scored[], shown: ReadonlySet<string>): AskHit {
  const passage = ownPassage(lead!);
  return {
    snippet: lead!.window.text,
    spans: highlight(lead!.window.text, windowTokens(lead!.window), matched),
    passageId: passage.id,
    score: Math.round(lead!.score * 1000) / 1000,
    source: sourceRef(engine.articles.get(passage.articleId)!),
    // A paragraph shown as a hit of its own (another cut of it) is not also cited as corroboration.
    alsoIn: rest.filter((r) => !shown.has(r.candidate.passage.id)).map((r) => {
      const a = engine.articles.get(r.candidate.passage.articleId)!;
      return { id: a.id, publisher: a.publisher, url: a.url, passageId: r.candidate.passage.id };
    }),
  };
}

const refuse = (query: string, reason: NoAnswerReason, confidence = 0, evidence: ConfidenceFeatures | null = null): AskResult => ({ query, noAnswer: true, reason, confidence, evidence, hits: [] });

/**
 * Answers a question with the best snippets from the corpus: analyse the question, retrieve
 * candidate passages, score each one's best window of sentences, decide whether the best answers
 * confidently enough, and fold near-duplicates across outlets into one hit with `alsoIn`.
 */
export function ask(engine: Engine, question: string, params: RankingParams = DEFAULT_RANKING): AskResult {
  const query = question.trim();
  const asked = analyseQuestion(engine, query, params);
  if (asked.terms.length === 0) return refuse(query, 'no-terms');
  const { candidates, forms } = retrieve(engine, asked, params);
  const q = reweighUnknown(engine, asked, forms);
  const quoting = q.type === 'speech' && q.speakers.length > 0 ? passagesQuoting(engine.quotes, q.speakers) : new Map<string, string[]>();
  const pool = withQuotedPassages(engine, candidates, quoting, params.candidates);
  if (pool.length === 0) return refuse(query, 'not-in-corpus');
  const matched = new Set([...forms.values()].flatMap((m) => [...m.keys()]));
  const ctx: ScoringContext = { engine, question: q, forms, matched, params, bm25Max: Math.max(...pool.map((c) => c.bm25)), quoting };
  const ranked = pool.map((c) => [c, prescore(ctx, c)] as const).sort((a, b) => b[1] - a[1]);
  const floor = (ranked[0]?.[1] ?? 0) * params.rerankFloor;
  const shortlist = ranked.slice(0, params.rerankDepth).filter(([, p]) => p >= floor).map(([c]) => c);
  const scored = distinctWindows(shortlist.flatMap((c) => scoreCandidate(ctx, c)).sort((a, b) => b.score - a.score));
  const evidence = confidenceFeatures(q, scored, params);
  const confidence = confidenceOf(evidence, params);
  if (confidence < params.minConfidence) return refuse(query, 'low-confidence', confidence, evidence);
  const top = scored[0]!.score;
  const groups = clusterRanked(
    scored
      .filter((s) => s.score >= top * params.relativeScoreFloor)
      .map((s) => ({ ...s, groupKey: s.candidate.passage.articleId, sentences: s.window.sentences.map((p) => p.sentence) })),
  );
  const kept = groups.slice(0, params.maxHits);
  const shown = new Set(kept.map((g) => ownPassage(g[0]!).id));
  return { query, noAnswer: false, reason: null, confidence, evidence, hits: kept.map((g) => toHit(engine, matched, g, shown)) };
}
