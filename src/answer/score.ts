import type { Engine } from '../engine.js';
import { holdsAnswerType } from './answer-type.js';
import type { RankingParams } from './params.js';
import type { Question, Unit } from './question.js';
import type { Candidate, Forms } from './retrieve.js';
import { proximity, sentencesAround, windowsOf, type Window } from './snippet.js';

/** A candidate's best snippet window with everything the score was made of. */
export interface Scored {
  candidate: Candidate;
  window: Window;
  /** Weighted share (0-1) of the question the window holds, with context and article credit. */
  coverage: number;
  /** The same share as evidence that the window answers: no article credit, related words scaled down. */
  support: number;
  /** The window holds the kind of answer asked for. */
  hasType: boolean;
  score: number;
}

/** What scoring reads for every candidate of one question, computed once. */
export interface ScoringContext {
  engine: Engine;
  question: Question;
  forms: Forms;
  params: RankingParams;
  bm25Max: number;
  /** Passages quoting a person the question names ("what did X say"). */
  quoting: ReadonlySet<string>;
}

/**
 * The best credit (0-1) any form of the unit's terms earns in a set of terms; a related word's
 * credit is scaled by `relatedScale` (confidence trusts them less than ranking does).
 */
function creditIn(unit: Unit, forms: Forms, terms: ReadonlySet<string> | undefined, relatedScale = 1): number {
  if (!terms) return 0;
  let best = 0;
  for (const t of unit.terms) {
    for (const [form, credit] of forms.get(t) ?? []) {
      const c = credit < 1 && forms.related.has(form) ? credit * relatedScale : credit;
      if (c > best && terms.has(form)) best = c;
    }
  }
  return best;
}

const articleTermsCache = new WeakMap<Engine, Map<string, ReadonlySet<string>>>();

/** Every term of an article (headline and paragraphs), built once per article. */
function articleTerms(engine: Engine, articleId: string): ReadonlySet<string> {
  let byArticle = articleTermsCache.get(engine);
  if (!byArticle) articleTermsCache.set(engine, (byArticle = new Map()));
  let terms = byArticle.get(articleId);
  if (!terms) {
    const all = new Set<string>();
    for (let n = 1; engine.passages.has(`${articleId}#${n}`); n++) for (const t of engine.search.termsOf.get(`${articleId}#${n}`) ?? []) all.add(t);
    byArticle.set(articleId, (terms = all));
  }
  return terms;
}

/**
 * How much of the question a window holds: each unit by its best form in the window, else for
 * less in the paragraph before, else for less still elsewhere in the article (its headline often
 * names what a paragraph calls 'the firm'). A passage quoting a named person covers that person.
 * `relatedScale` and leaving out the article tune the same measure into evidence for the refusal
 * decision.
 */
function coverageOf(ctx: ScoringContext, w: Window, near: { before?: ReadonlySet<string>; article?: ReadonlySet<string> }, quotes: boolean, relatedScale = 1): number {
  const { question: q, forms, params } = ctx;
  let held = 0;
  for (const u of q.units) {
    const own = u.speakerId && quotes ? 1 : creditIn(u, forms, w.terms, relatedScale);
    const context = params.contextCredit * creditIn(u, forms, near.before, relatedScale);
    const article = near.article ? params.articleCredit * creditIn(u, forms, near.article, relatedScale) : 0;
    held += u.weight * Math.max(own, context, article);
  }
  return q.totalWeight > 0 ? held / q.totalWeight : 0;
}

/**
 * True when a sentence of the window gives the kind of answer asked for and it, or the sentence
 * before it, holds some of the question's words: a figure in a sentence about something else
 * answers nothing, but 'The 32-year-old…' right after the sentence naming him does.
 */
function typeInWindow(ctx: ScoringContext, w: Window): boolean {
  const { question: q, forms } = ctx;
  const onTopic = w.sentences.map((s) => q.units.some((u) => creditIn(u, forms, s.sentence.terms) > 0));
  return w.sentences.some((s, i) => (onTopic[i] || onTopic[i - 1]) && holdsAnswerType(s.sentence.text, q.type, q.asked));
}

/** Scores one window of a candidate: coverage first, then retrieval score, answer type, proximity and length. */
function scoreWindow(ctx: ScoringContext, c: Candidate, w: Window, before: ReadonlySet<string> | undefined, article: ReadonlySet<string>): Scored {
  const { question: q, params } = ctx;
  const quotes = w.sentences.some((s) => ctx.quoting.has(s.passage.id));
  const coverage = coverageOf(ctx, w, { before, article }, quotes);
  const support = coverageOf(ctx, w, { before }, quotes, params.relatedSupport);
  const hasType = q.type === 'speech' && q.speakers.length > 0 ? quotes : typeInWindow(ctx, w);
  const typeBoost = q.type === null ? 1 : 1 + (hasType ? (q.type === 'speech' && q.speakers.length > 0 ? params.speakerQuoteBoost : params.answerTypeBoost) : 0);
  const prox = proximity(w.sentences.flatMap((s) => s.sentence.tokens.map((t) => t.term)), q.terms.map((t) => t.term));
  const heading = /[.!?"”’)]$/.test(c.passage.text) ? 1 : params.headingFactor;
  const score =
    coverage ** params.coveragePower *
    (1 + (params.bm25Weight * c.bm25) / (ctx.bm25Max || 1)) *
    typeBoost *
    (1 + params.proximityBoost * prox) *
    params.extraSentenceFactor ** (w.sentences.length - 1) *
    heading;
  return { candidate: c, window: w, coverage, support, hasType, score };
}

/**
 * A cheap bound on a candidate's score from the terms of its passage and the next one, without
 * splitting sentences: only the best few candidates are worth scoring window by window.
 */
export function prescore(ctx: ScoringContext, c: Candidate): number {
  const { engine, question: q, forms, params } = ctx;
  const own = engine.search.termsOf.get(c.passage.id);
  const next = engine.search.termsOf.get(`${c.passage.articleId}#${c.passage.n + 1}`);
  const before = engine.search.termsOf.get(`${c.passage.articleId}#${c.passage.n - 1}`);
  const article = articleTerms(engine, c.passage.articleId);
  let held = 0;
  for (const u of q.units) {
    const quoted = u.speakerId && ctx.quoting.has(c.passage.id) ? 1 : 0;
    held += u.weight * Math.max(quoted, creditIn(u, forms, own), creditIn(u, forms, next), creditIn(u, forms, before), params.articleCredit * creditIn(u, forms, article));
  }
  const coverage = q.totalWeight > 0 ? held / q.totalWeight : 0;
  return coverage ** params.coveragePower * (1 + (params.bm25Weight * c.bm25) / (ctx.bm25Max || 1));
}

/** The candidate's best window, or null when none holds any of the question's words. */
export function scoreCandidate(ctx: ScoringContext, c: Candidate): Scored | null {
  const { engine, params } = ctx;
  const before = engine.search.termsOf.get(`${c.passage.articleId}#${c.passage.n - 1}`);
  const article = articleTerms(engine, c.passage.articleId);
  let best: Scored | null = null;
  for (const w of windowsOf(sentencesAround(engine, c.passage), params.maxSnippetSentences, params.maxSnippetChars)) {
    const s = scoreWindow(ctx, c, w, before, article);
    if (!best || s.score > best.score) best = s;
  }
  return best && best.coverage > 0 ? best : null;
}
