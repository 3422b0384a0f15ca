import type { Passage } from '../corpus/types.js';
import type { EngineView as Engine } from '../engine.js';
import { analyzeTokens, type Token } from '../search/analyze.js';
import { splitSentences } from '../text/sentences.js';
import type { Span } from './types.js';

/** A sentence of a passage, analysed once: token offsets are within the sentence text. */
export interface AnalyzedSentence {
  text: string;
  tokens: Token[];
  terms: ReadonlySet<string>;
}

/** A sentence in reading order around a candidate, and the passage it belongs to. */
export interface PlacedSentence {
  passage: Passage;
  sentence: AnalyzedSentence;
  /** True for the candidate passage's own sentences; the neighbours' only extend a snippet. */
  own: boolean;
}

/** A run of adjacent sentences that may become a snippet. */
export interface Window {
  sentences: PlacedSentence[];
  text: string;
}

// Popular passages come up question after question; split and analyse each once. Keyed by text,
// so a corpus update can never serve a stale analysis.
export const SENTENCE_CACHE_MAX = 20_000;
const sentenceCache = new Map<string, AnalyzedSentence[]>();

/** A passage's sentences, analysed (cached by text). */
export function analyzedSentences(passageText: string): AnalyzedSentence[] {
  let out = sentenceCache.get(passageText);
  if (!out) {
    const split = splitSentences(passageText);
    out = (split.length > 0 ? split : [{ text: passageText }]).map((s) => {
      const tokens = analyzeTokens(s.text);
      return { text: s.text, tokens, terms: new Set(tokens.map((t) => t.term)) };
    });
    if (sentenceCache.size >= SENTENCE_CACHE_MAX) sentenceCache.clear();
    sentenceCache.set(passageText, out);
  }
  return out;
}

/**
 * True when a passage ends as a sentence does, unlike a subheading. A plain ' closes a quotation
 * in a paragraph, but in a headline ("X 'failed a drugs test'") it is no sentence's end.
 */
export function isSentence(engine: Engine, passage: Passage): boolean {
  return /[.!?"”’)]$/.test(passage.text) || (passage.text.endsWith("'") && passage.text !== engine.articles.get(passage.articleId)?.title);
}

/** True when a passage is its article's first paragraph of prose, after any headline: the lead. */
export function isLead(engine: Engine, passage: Passage): boolean {
  if (passage.n === 1) return isSentence(engine, passage);
  const first = engine.passages.get(`${passage.articleId}#1`);
  return passage.n === 2 && first !== undefined && !isSentence(engine, first);
}

/**
 * The candidate's sentences with the last sentence of the paragraph before and the first
 * `following` of the one after: news paragraphs are often one sentence, and the answer ('Six units would be
 * scrapped, saving £4.3bn') often follows the sentence naming the topic.
 */
export function sentencesAround(engine: Engine, passage: Passage, following = 1): PlacedSentence[] {
  const at = (n: number) => engine.passages.get(`${passage.articleId}#${n}`);
  // A headline or subheading is no part of a sentence run: it would read as one with the next. Nor
  // is a paragraph that only follows in numbering (cleaning dropped a line between them).
  const raw = engine.articles.get(passage.articleId)?.raw ?? '';
  const joins = (a: Passage | undefined, b: Passage | undefined) => a && b && isSentence(engine, a) && isSentence(engine, b) && raw.slice(a.end, b.start).trim() === '';
  const before = joins(at(passage.n - 1), passage) ? at(passage.n - 1) : undefined;
  const after = joins(passage, at(passage.n + 1)) ? at(passage.n + 1) : undefined;
  const out: PlacedSentence[] = [];
  if (before) out.push({ passage: before, sentence: analyzedSentences(before.text).at(-1)!, own: false });
  for (const sentence of analyzedSentences(passage.text)) out.push({ passage, sentence, own: true });
  if (after) for (const sentence of analyzedSentences(after.text).slice(0, following)) out.push({ passage: after, sentence, own: false });
  return out;
}

/**
 * Every run of 1 to `maxSentences` adjacent sentences holding at least one of the candidate's
 * own, within `maxChars` (a single sentence always qualifies), as [from, to] indexes.
 */
export function windowRanges(placed: readonly PlacedSentence[], maxSentences: number, maxChars: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < placed.length; from++) {
    let length = -1;
    let own = false;
    for (let to = from; to < placed.length && to - from < maxSentences; to++) {
      length += placed[to]!.sentence.text.length + 1;
      own ||= placed[to]!.own;
      if (to > from && length > maxChars) break;
      if (own) out.push([from, to]);
    }
  }
  return out;
}

/** f of a sentence's index, computed once: every window over the sentences asks the same of each. */
export function memoised<T>(f: (i: number) => T): (i: number) => T {
  const memo = new Map<number, T>();
  return (i) => {
    if (!memo.has(i)) memo.set(i, f(i));
    return memo.get(i)!;
  };
}

/** The window of sentences from..to, with their joined text. */
export function windowOf(placed: readonly PlacedSentence[], from: number, to: number): Window {
  const run = placed.slice(from, to + 1);
  return { sentences: run, text: run.map((s) => s.sentence.text).join(' ') };
}

/** The window's tokens with offsets in its joined text. */
export function windowTokens(w: Window): Token[] {
  const out: Token[] = [];
  let offset = 0;
  for (const s of w.sentences) {
    for (const t of s.sentence.tokens) out.push({ ...t, start: t.start + offset, end: t.end + offset });
    offset += s.sentence.text.length + 1;
  }
  return out;
}

/** True when a text term stands for a query term: the same, or a longer form of it ('nigeria' → 'nigerian'). */
export function standsFor(textTerm: string, queryTerm: string): boolean {
  return textTerm === queryTerm || (queryTerm.length >= 4 && textTerm.startsWith(queryTerm) && textTerm.length - queryTerm.length <= 2);
}

/** Query words this close together in the text (stop words aside) count as standing together. */
export const PROXIMITY_WINDOW = 2;

/**
 * How many of the query's neighbouring term pairs ('interest rate', 'last meet') stand within
 * PROXIMITY_WINDOW words of each other, in either order, as a share of the pairs: given the
 * sentences around a candidate, a function of a window [from, to] of them. The query terms'
 * positions are found once per candidate, not once for each of its many windows.
 */
export function proximityOf(placed: readonly PlacedSentence[], queryTerms: readonly string[]): (from: number, to: number) => number {
  if (queryTerms.length < 2) return () => 0;
  const positions: number[][] = queryTerms.map(() => []);
  // starts[s] is the position of sentence s's first word; starts[placed.length] ends the last.
  const starts: number[] = [];
  let i = 0;
  for (const s of placed) {
    starts.push(i);
    for (const t of s.sentence.tokens) {
      for (let k = 0; k < queryTerms.length; k++) if (standsFor(t.term, queryTerms[k]!)) positions[k]!.push(i);
      i++;
    }
  }
  starts.push(i);
  return (from, to) => {
    const [lo, hi] = [starts[from]!, starts[to + 1]!];
    let n = 0;
    for (let k = 1; k < queryTerms.length; k++) if (nearWithin(positions[k - 1]!, positions[k]!, lo, hi)) n++;
    return n / (queryTerms.length - 1);
  };
}

/** Whether positions of a and b in [lo, hi) stand within PROXIMITY_WINDOW of each other (not the same word). */
function nearWithin(a: readonly number[], b: readonly number[], lo: number, hi: number): boolean {
  for (const x of a) {
    if (x < lo || x >= hi) continue;
    for (const y of b) if (y >= lo && y < hi && x !== y && Math.abs(x - y) <= PROXIMITY_WINDOW) return true;
  }
  return false;
}

/** Splits text into runs, marking the words (tokens of this text) whose terms matched the query. */
export function highlight(text: string, tokens: readonly Token[], matched: { has(term: string): boolean }): Span[] {
  const spans: Span[] = [];
  let at = 0;
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const last = spans[spans.length - 1];
    if (last && last.match === match) last.text += s;
    else spans.push({ text: s, match });
  };
  for (const tok of tokens) {
    if (!matched.has(tok.term)) continue;
    push(text.slice(at, tok.start), false);
    push(text.slice(tok.start, tok.end), true);
    at = tok.end;
  }
  push(text.slice(at), false);
  // Join matched words separated only by a space, so 'interest rate' is one bold run.
  return spans.reduce<Span[]>((out, s) => {
    const a = out[out.length - 2];
    const gap = out[out.length - 1];
    if (s.match && gap && !gap.match && /^\s+$/.test(gap.text) && a?.match) {
      a.text += gap.text + s.text;
      out.pop();
    } else out.push({ ...s });
    return out;
  }, []);
}
