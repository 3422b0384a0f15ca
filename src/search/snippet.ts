import type { Span } from '../answer/types.js';
import { splitSentences } from '../text/sentences.js';
import { analyzeTokens, type Token } from './analyze.js';

/** Longest snippet we build from one passage; renderers may trim further to fit Discord. */
export const MAX_SNIPPET_CHARS = 420;

/** The chosen sentences of a passage and how much of the query they hold. */
export interface Snippet {
  text: string;
  spans: Span[];
  /** The snippet's distinct terms (for near-duplicate tests). */
  terms: ReadonlySet<string>;
  /** Weighted share (0-1) of the query's terms the snippet holds. */
  coverage: number;
  /** Whether the snippet holds the preferred kind of answer (see selectSnippet's `prefer`). */
  holdsPreferred: boolean;
  /** Share (0-1) of the query's neighbouring term pairs that stand side by side in the snippet too. */
  proximity: number;
}

/** A sentence of a passage, analysed once: its tokens' offsets are in the passage text. */
interface AnalyzedSentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  terms: Set<string>;
}

/** Query words this close together in the text (stop words aside) count as standing together. */
export const PROXIMITY_WINDOW = 2;

/** True when a text term stands for a query term: the same, or a longer form of it ('nigeria' → 'nigerian'). */
export function standsFor(textTerm: string, queryTerm: string): boolean {
  return textTerm === queryTerm || (queryTerm.length >= 4 && textTerm.startsWith(queryTerm) && textTerm.length - queryTerm.length <= 2);
}

/**
 * How many of the query's neighbouring term pairs ('interest rate', 'last meet') stand within
 * PROXIMITY_WINDOW of each other in the text, in either order, as a share of the pairs.
 */
export function proximity(textTerms: readonly string[], queryTerms: readonly string[]): number {
  if (queryTerms.length < 2) return 0;
  const positions = (q: string) => textTerms.flatMap((t, i) => (standsFor(t, q) ? [i] : []));
  let n = 0;
  for (let i = 1; i < queryTerms.length; i++) {
    const a = positions(queryTerms[i - 1]!);
    const b = positions(queryTerms[i]!);
    if (a.some((x) => b.some((y) => x !== y && Math.abs(x - y) <= PROXIMITY_WINDOW))) n++;
  }
  return n / (queryTerms.length - 1);
}

// Popular passages come up question after question; split and analyse each once. Keyed by text,
// so a corpus update can never serve a stale analysis.
const SENTENCE_CACHE_MAX = 20_000;
const sentenceCache = new Map<string, AnalyzedSentence[]>();

function analyzedSentences(passageText: string): AnalyzedSentence[] {
  let out = sentenceCache.get(passageText);
  if (!out) {
    out = splitSentences(passageText).map((s) => {
      const tokens = analyzeTokens(s.text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
      return { ...s, tokens, terms: new Set(tokens.map((t) => t.term)) };
    });
    if (sentenceCache.size >= SENTENCE_CACHE_MAX) sentenceCache.clear();
    sentenceCache.set(passageText, out);
  }
  return out;
}

/**
 * Picks the sentence(s) of a passage that answer: the sentence holding the most query weight,
 * joined by a neighbour when that adds query terms the first lacks or the first is too short to
 * stand alone. Text is returned exactly as written in the passage.
 */
export function selectSnippet(
  passageText: string,
  weights: ReadonlyMap<string, number>,
  prefer: (sentence: string) => boolean = () => false,
  queryTerms: readonly string[] = [],
): Snippet {
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const sentences = analyzedSentences(passageText);
  const weightOf = (terms: Set<string>) => [...terms].reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
  // A sentence holding the kind of answer asked for (a date for 'when') wins ties and near-ties.
  const rank = (s: AnalyzedSentence) => weightOf(s.terms) * (prefer(s.text) ? 1.35 : 1);
  if (sentences.length === 0) {
    const tokens = analyzeTokens(passageText);
    return { text: passageText, spans: highlight(passageText, tokens, weights), terms: new Set(tokens.map((t) => t.term)), coverage: 0, holdsPreferred: false, proximity: 0 };
  }

  // On a tie the earlier sentence wins.
  const ranks = sentences.map(rank);
  const best = ranks.indexOf(Math.max(...ranks));
  let from = best;
  let to = best;
  const union = new Set(sentences[best]!.terms);
  const tryAdd = (i: number) => {
    const s = sentences[i];
    if (!s) return false;
    const gain = [...s.terms].filter((t) => weights.has(t) && !union.has(t)).length;
    const short = sentences[best]!.text.length < 80 || (prefer(s.text) && !prefer(sentences[best]!.text));
    const length = Math.max(s.end, sentences[to]!.end) - Math.min(s.start, sentences[from]!.start);
    if ((gain > 0 || short) && length <= MAX_SNIPPET_CHARS) {
      for (const t of s.terms) union.add(t);
      from = Math.min(from, i);
      to = Math.max(to, i);
      return true;
    }
    return false;
  };
  // The next sentence usually continues the thought (a quote's second half, "he added"); try it first.
  if (!tryAdd(best + 1)) tryAdd(best - 1);
  const start = sentences[from]!.start;
  const text = passageText.slice(start, sentences[to]!.end);
  const tokens = sentences.slice(from, to + 1).flatMap((s) => s.tokens.map((t) => ({ ...t, start: t.start - start, end: t.end - start })));
  return {
    text,
    spans: highlight(text, tokens, weights),
    terms: union,
    coverage: weightOf(union) / total,
    holdsPreferred: prefer(text),
    proximity: proximity(tokens.map((t) => t.term), queryTerms),
  };
}

/** Splits text into runs, marking the words (tokens of this text) whose terms are in the query. */
export function highlight(text: string, tokens: readonly Token[], weights: ReadonlyMap<string, number>): Span[] {
  const spans: Span[] = [];
  let at = 0;
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const last = spans[spans.length - 1];
    if (last && last.match === match) last.text += s;
    else spans.push({ text: s, match });
  };
  for (const tok of tokens) {
    if (!weights.has(tok.term)) continue;
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
