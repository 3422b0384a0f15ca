import type { EngineView as Engine } from '../engine.js';
import { analyze } from '../search/analyze.js';
import { CONTINUING_OPENERS } from '../text/lexicon.js';
import { answerRulesOf, holdsAnswerType, holdsDayDate } from './answer-type.js';
import { creditIn, rowsOf } from './credit.js';
import { sentenceQuotes } from './names.js';
import type { RankingParams } from './params.js';
import type { Question, Unit } from './question.js';
import type { Candidate, Forms } from './retrieve.js';
import { closenessOf, countsOf } from './closeness.js';
import { isLead, memoised, isSentence, proximityOf, sentencesAround, windowOf, windowRanges, type PlacedSentence, type Window } from './snippet.js';

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
  /** Figures and years of the question the window lacks ('the 2022 final' answered about 2003's). */
  missingNumbers: number;
  score: number;
}

/** What scoring reads for every candidate of one question, computed once. */
export interface ScoringContext {
  engine: Engine;
  question: Question;
  forms: Forms;
  params: RankingParams;
  bm25Max: number;
  /** Every form any query term matched: the words marked in a snippet. */
  matched: ReadonlySet<string>;
  /** Passages quoting a person the question names ("what did X say"), with the words quoted. */
  quoting: ReadonlyMap<string, readonly string[]>;
}

/** A per-article value, computed once per engine and article (articles never change under an engine). */
function perArticle<T>(build: (engine: Engine, articleId: string) => T): (engine: Engine, articleId: string) => T {
  const cache = new WeakMap<Engine, Map<string, T>>();
  return (engine, articleId) => {
    let byArticle = cache.get(engine);
    if (!byArticle) cache.set(engine, (byArticle = new Map()));
    if (!byArticle.has(articleId)) byArticle.set(articleId, build(engine, articleId));
    return byArticle.get(articleId)!;
  };
}

/** Every term of an article (headline and paragraphs), or a server view's share of them that the question could credit. */
const articleTerms = perArticle((engine, articleId): ReadonlySet<string> => {
  const held = engine.search.articleTerms?.get(articleId);
  if (held) return held;
  const all = new Set<string>();
  for (let n = 1; engine.passages.has(`${articleId}#${n}`); n++) for (const t of engine.search.termsOf.get(`${articleId}#${n}`) ?? []) all.add(t);
  return all;
});

/** The terms of an article's headline. */
const titleTerms = perArticle((engine, articleId): ReadonlySet<string> => new Set(analyze(engine.articles.get(articleId)?.title ?? '')));

/**
 * What each sentence around a candidate holds of each question unit, computed once per sentence
 * so every window over them only takes maxima. `credit` is for ranking, `support` for confidence
 * (related words scaled down); `floor` is what a unit earns in ranking anyway from elsewhere in
 * the article (its headline often names what a paragraph calls 'the firm'). A passage quoting a
 * person the question names covers that person.
 */
interface Neighbourhood {
  placed: PlacedSentence[];
  credit: number[][];
  support: number[][];
  floor: number[];
  /** Weighted share of the question the article's headline holds: what the whole story is about. */
  headline: number;
  onTopic: boolean[];
  quotes: boolean[];
  /** The sentence is in the article's lead paragraph, where news says what happened and why. */
  lead: boolean[];
}

/**
 * Adjacent name words of the question ('douglas adams') that the article writes in full: there a
 * later 'Adams' is Douglas Adams, as a reader takes it, so the surname covers the first name too.
 * Pairs of unit indexes [first name, surname].
 */
function surnamePairs(ctx: ScoringContext, article: ReadonlySet<string>): [number, number][] {
  const { question: q, engine } = ctx;
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < q.units.length; k++) {
    const [a, b] = [q.units[k]!, q.units[k + 1]!];
    if (a.terms.length !== 1 || b.terms.length !== 1 || a.speakerId || b.speakerId) continue;
    const [x, y] = [a.terms[0]!, b.terms[0]!];
    if (engine.search.names.has(x) && engine.search.names.has(y) && article.has(x) && article.has(y)) out.push([k, k + 1]);
  }
  return out;
}

function neighbourhood(ctx: ScoringContext, c: Candidate): Neighbourhood {
  const { engine, question: q, forms, params } = ctx;
  const placed = sentencesAround(engine, c.passage, params.followingSentences);
  const article = articleTerms(engine, c.passage.articleId);
  const quotes = placed.map((s) => sentenceQuotes(s.sentence.text, ctx.quoting.get(s.passage.id) ?? []));
  const pairs = surnamePairs(ctx, article);
  const credit: number[][] = [];
  const support: number[][] = [];
  placed.forEach((s, i) => {
    const rows = rowsOf(q.units, forms, s.sentence.terms, params.relatedSupport);
    q.units.forEach((u, k) => {
      if (u.speakerId && quotes[i]) rows.credit[k] = rows.support[k] = 1;
    });
    for (const row of [rows.credit, rows.support]) for (const [first, last] of pairs) row[first] = Math.max(row[first]!, row[last]!);
    credit.push(rows.credit);
    support.push(rows.support);
  });
  return {
    placed,
    credit,
    support,
    floor: q.units.map((u) => params.articleCredit * creditIn(u, forms, article)),
    headline: share(q, [q.units.map((u) => creditIn(u, forms, titleTerms(engine, c.passage.articleId)))], null, 0, 0),
    onTopic: credit.map((cs) => cs.some((x) => x > 0)),
    quotes,
    lead: placed.map((s) => isLead(engine, s.passage)),
  };
}

/** The weighted share of the question sentences from..to hold, each unit by its best sentence or its floor. */
function share(q: Question, rows: readonly number[][], floor: readonly number[] | null, from: number, to: number): number {
  let held = 0;
  q.units.forEach((u, k) => {
    let best = floor?.[k] ?? 0;
    for (let i = from; i <= to; i++) best = Math.max(best, rows[i]![k]!);
    held += u.weight * best;
  });
  return q.totalWeight > 0 ? held / q.totalWeight : 0;
}

/** Every form naming a speaker the question asks about (their family name, as matched). */
function speakerForms(ctx: ScoringContext): ReadonlySet<string> {
  return new Set(ctx.question.units.filter((u) => u.speakerId !== null).flatMap((u) => u.naming.flatMap((t) => [...(ctx.forms.get(t)?.keys() ?? [t])])));
}

/** True when the sentence names one of the speakers (by these forms) before its first quotation mark. */
function namesBeforeQuote(forms: ReadonlySet<string>, sentence: PlacedSentence['sentence']): boolean {
  const mark = sentence.text.search(/[“"]/);
  return mark >= 0 && sentence.tokens.some((t) => t.start < mark && forms.has(t.term));
}

/** How many of the question's figures sentences from..to lack. */
function missingNumbers(q: Question, n: Neighbourhood, from: number, to: number): number {
  let missing = 0;
  q.units.forEach((u, k) => {
    if (!u.terms.some((t) => /^\d/.test(t))) return;
    for (let i = from; i <= to; i++) if (n.credit[i]![k]! > 0) return;
    missing++;
  });
  return missing;
}

/**
 * A window's length factor. The sentence after the topic sentence often answers: one holding the
 * kind of answer asked for earns its place when it goes on about the same thing ('The…', 'He…').
 */
function lengthFactorOf(ctx: ScoringContext, n: Neighbourhood, gives: (i: number) => boolean): (from: number, to: number) => number {
  const { question: q, params } = ctx;
  const typedQuestion = q.type !== null && q.type !== 'speech';
  const opens = memoised((i) => CONTINUING_OPENERS.has(n.placed[i]!.sentence.text.match(/^[\s"“‘']*([\p{L}]+)/u)?.[1]?.toLowerCase() ?? ''));
  const continues = (i: number) => n.onTopic[i]! || opens(i);
  return (from, to) => {
    let f = 1;
    for (let i = from + 1; i <= to; i++) f *= typedQuestion && gives(i) && continues(i) ? params.typedExtraSentenceFactor : params.extraSentenceFactor;
    return f;
  };
}

/**
 * Scores a candidate's windows (coverage first, then retrieval score, answer type, proximity and
 * length) and keeps its best, with the best window not overlapping it when that one scores at
 * least `secondWindowShare` of it; none when no window holds any of the question's words.
 */
export function scoreCandidate(ctx: ScoringContext, c: Candidate): Scored[] {
  const { question: q, params } = ctx;
  const n = neighbourhood(ctx, c);
  const bm25 = 1 + (params.bm25Weight * c.bm25) / (ctx.bm25Max || 1);
  const heading = isSentence(ctx.engine, c.passage) ? 1 : params.headingFactor;
  // A figure in a sentence about something else answers nothing, but 'The 32-year-old…' right
  // after the sentence naming him does.
  const rules = answerRulesOf(params);
  const gives = memoised((i) => holdsAnswerType(n.placed[i]!.sentence.text, q.type, q.asked, rules));
  // 'When' is answered better by the day ('on 17 October') than by the month or the year alone.
  const dayed = memoised((i) => (q.type === 'time' && holdsDayDate(n.placed[i]!.sentence.text, q.asked) ? 1 + params.dayDateBoost : 1));
  // Ranking asks more of a figure than the decision does: that it counts what 'how many' counts.
  const counts = countsOf(ctx);
  const speech = q.type === 'speech' && q.speakers.length > 0;
  // A sentence naming the speaker before words in quotation marks reports them too ('X mocked Y
  // as "…"'), though the quote index holds only full quotations; named after them, X is not the
  // one quoted ('told "Meet the Press" that X will…').
  const speakers = speech ? speakerForms(ctx) : new Set<string>();
  const reports = (i: number) => namesBeforeQuote(speakers, n.placed[i]!.sentence);
  const closeness = closenessOf(ctx, n.placed, counts);
  const proximity = proximityOf(n.placed, q.terms.map((t) => t.term));
  const lengthFactor = lengthFactorOf(ctx, n, gives);
  type Found = Omit<Scored, 'candidate' | 'window'> & { from: number; to: number };
  const found: Found[] = [];
  let top = 0;
  for (const [from, to] of windowRanges(n.placed, params.maxSnippetSentences, params.maxSnippetChars)) {
    const coverage = share(q, n.credit, n.floor, from, to);
    if (coverage === 0) continue;
    let hasType = false;
    let counted = false;
    for (let i = from; i <= to && !counted; i++) {
      if (!(speech ? n.quotes[i]! || reports(i) : (n.onTopic[i]! || (i > from && n.onTopic[i - 1]!)) && gives(i))) continue;
      hasType = true;
      counted = speech || counts(n.placed[i]!.sentence);
    }
    let [close, day] = [0, 1];
    for (let i = from; i <= to && !speech; i++) {
      close = Math.max(close, closeness(i));
      if (n.onTopic[i]! || (i > from && n.onTopic[i - 1]!)) day = Math.max(day, dayed(i));
    }
    const typeBoost = q.type === null ? 1 : (1 + (counted ? (speech ? params.speakerQuoteBoost : params.answerTypeBoost) : 0)) * (1 + params.answerNearBoost * close) * day;
    // The lead tells what happened; it answers a question asking for a kind of answer only by holding one.
    let lead = 1;
    for (let i = from; i <= to && (q.type === null || hasType); i++) if (n.lead[i]) lead = 1 + params.leadWeight;
    const base = coverage ** params.coveragePower * bm25 * (1 + params.headlineWeight * n.headline) * typeBoost * lengthFactor(from, to) * heading * lead;
    if (base * (1 + params.proximityBoost) <= top * Math.min(1, params.secondWindowShare)) continue;
    const score = base * (1 + params.proximityBoost * proximity(from, to));
    top = Math.max(top, score);
    found.push({ coverage, support: share(q, n.support, null, from, to), hasType, missingNumbers: missingNumbers(q, n, from, to), score, from, to });
  }
  found.sort((a, b) => b.score - a.score);
  const best = found[0];
  if (!best) return [];
  const second = found.find((f) => f.score >= best.score * params.secondWindowShare && (f.to < best.from || f.from > best.to));
  return [best, ...(second ? [second] : [])].map(({ from, to, ...scored }) => ({ ...scored, candidate: c, window: windowOf(n.placed, from, to) }));
}

/**
 * A cheap bound on a candidate's score from the terms of its passage and its neighbours, without
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
