/**
 * Scoring shared by the two /ask golden sets: what counts as "the snippet holds the answer", and
 * the per-hit checks a user would notice (exact quoting, right source, no repeats).
 */
import { expect } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';
import type { Corpus } from '../../src/corpus/types.js';
/** What the manifest promises about an article, keyed by article id: the hits must carry it. */
export type Promised = Map<string, { publisher?: string; url?: string; published?: string }>;

/** Folds what a reader would not call a difference: case, curly quotes, dash kinds, runs of space. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Escapes a literal for a RegExp; a number must not match inside a longer one ('Nov. 1' is not 'Nov. 10'). */
export function expectPattern(expected: string): RegExp {
  const e = fold(expected);
  let p = e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (/^\d/.test(e)) p = `(?<![\\d.,])${p}`;
  if (/\d$/.test(e)) p = `${p}(?![\\d]|[.,]\\d)`;
  return new RegExp(p, 'u');
}

/** True when the snippet contains at least one of the expected answer strings. */
export function holdsAnswer(snippet: string, expected: string[]): boolean {
  const s = fold(snippet);
  return expected.some((e) => expectPattern(e).test(s));
}

export interface Scored {
  q: string;
  result: AskResult;
  top1: boolean;
  top3: boolean;
}

export function scoreAnswerable(question: string, expected: string[], result: AskResult): Scored {
  const snippets = result.noAnswer ? [] : result.hits.map((h) => h.snippet);
  return {
    q: question,
    result,
    top1: snippets.slice(0, 1).some((s) => holdsAnswer(s, expected)),
    top3: snippets.slice(0, 3).some((s) => holdsAnswer(s, expected)),
  };
}

export function firstSnippet(result: AskResult): string {
  if (result.noAnswer) return '(no answer)';
  const hit = result.hits[0];
  return hit ? `[${hit.passageId}] ${hit.snippet}` : '(no hits)';
}

export const rate = (n: number, of: number): number => (of === 0 ? 0 : n / of);
export const pct = (r: number): string => `${(r * 100).toFixed(1)}%`;

/** Every problem a user would notice in one result's hits, as readable lines (empty when fine). */
export function hitProblems(corpus: Corpus, promised: Promised, result: AskResult): string[] {
  const problems: string[] = [];
  const where = `"${result.query}"`;
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const shownPassages = new Set(result.hits.map((h) => h.passageId));

  result.hits.forEach((hit, i) => {
    const at = `${where} hit ${i + 1} [${hit.passageId}]`;
    const passage = passages.get(hit.passageId);
    if (!passage) {
      problems.push(`${at}: passage id not in the corpus`);
      return;
    }
    const article = articles.get(passage.articleId);
    if (article && article.raw.slice(passage.start, passage.end) !== passage.text) {
      problems.push(`${at}: passage offsets do not point at its text in the source file`);
    }
    // Exact quote: each part between ' … ' must be a run of the passage (space between sentences may differ).
    const body = passage.text.replace(/\s+/g, ' ');
    const parts = hit.snippet
      .split('…')
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0);
    if (parts.length === 0) problems.push(`${at}: empty snippet`);
    for (const part of parts) {
      if (!body.includes(part)) problems.push(`${at}: snippet text not in the passage: "${part}"`);
    }
    if (hit.spans.map((s) => s.text).join('') !== hit.snippet) {
      problems.push(`${at}: highlighted spans do not spell the snippet`);
    }

    const src = hit.source;
    if (src.id !== passage.articleId) problems.push(`${at}: source id ${src.id} is not the passage's article`);
    if (!(src.publisher ?? src.id)) problems.push(`${at}: source has neither publisher nor id`);
    const promise = promised.get(passage.articleId);
    if (promise?.url !== undefined && src.url !== promise.url) {
      problems.push(`${at}: source url ${String(src.url)}, manifest says ${promise.url}`);
    }
    if (promise?.publisher !== undefined && src.publisher !== promise.publisher) {
      problems.push(`${at}: publisher ${String(src.publisher)}, manifest says ${promise.publisher}`);
    }
    if (promise?.published !== undefined && src.published !== promise.published) {
      problems.push(`${at}: published ${String(src.published)}, manifest says ${promise.published}`);
    }

    const alsoIds = new Set<string>();
    for (const also of hit.alsoIn) {
      const other = passages.get(also.passageId);
      if (!other) problems.push(`${at}: alsoIn passage ${also.passageId} not in the corpus`);
      else if (other.articleId !== also.id) problems.push(`${at}: alsoIn ${also.id} names passage ${also.passageId}`);
      if (also.id === src.id) problems.push(`${at}: alsoIn repeats the hit's own source`);
      if (alsoIds.has(also.id)) problems.push(`${at}: alsoIn lists ${also.id} twice`);
      alsoIds.add(also.id);
      const p = promised.get(also.id);
      if (p?.url !== undefined && also.url !== p.url) problems.push(`${at}: alsoIn ${also.id} url ${String(also.url)}, manifest says ${p.url}`);
      if (shownPassages.has(also.passageId)) problems.push(`${at}: alsoIn ${also.passageId} is also shown as its own hit`);
    }

    const key = fold(hit.snippet);
    if (seen.has(key)) problems.push(`${at}: same snippet as an earlier hit`);
    seen.add(key);
  });

  if (!result.noAnswer && result.hits.length > 0 && !result.hits[0]!.spans.some((s) => s.match)) {
    problems.push(`${where}: first hit marks no matched query term`);
  }
  return problems;
}
