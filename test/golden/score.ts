/**
 * Scoring shared by the two /ask golden sets: what counts as "the snippet holds the answer", and
 * the per-hit checks a user would notice (exact quoting, right source, no repeats).
 */
import { splitSentences } from '../../src/text/sentences.js';
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import type { AskResult } from '../../src/answer/types.js';
import type { Corpus } from '../../src/corpus/types.js';
import type { Engine } from '../../src/engine.js';

/**
 * The floors a golden set must stay above. These sets were written beside the rules, so they
 * measure fit, not quality (the blind sets of `npm run eval` do that); they guard against
 * regressions, each at what the engine tuned on the blind dev sets measures on it.
 */
export interface Floors {
  TOP1_MIN: number;
  TOP3_MIN: number;
  NO_ANSWER_MIN: number;
}
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
    // Exact quote: each part between ' … ' must be a run of the article (space between sentences
    // and paragraphs may differ), and the snippet must hold words of the passage it cites.
    const body = (article?.raw ?? passage.text).replace(/\s+/g, ' ');
    const parts = hit.snippet
      .split('…')
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0);
    if (parts.length === 0) problems.push(`${at}: empty snippet`);
    for (const part of parts) {
      if (!body.includes(part)) problems.push(`${at}: snippet text not in the article: "${part}"`);
    }
    const own = splitSentences(passage.text).map((x) => x.text.replace(/\s+/g, ' '));
    if (!parts.some((part) => own.some((sentence) => part.includes(sentence)))) {
      problems.push(`${at}: snippet holds nothing of its cited passage`);
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

/** One golden question the corpus can answer, with the words the right snippet must hold. */
export interface GoldenItem {
  q: string;
  expect: string[];
}

/** The outcome of one golden run: scored answerable questions, raw unanswerable results, mean time. */
export interface GoldenRun {
  answered: Scored[];
  unanswerable: AskResult[];
  msPerQuestion: number;
}

/** Asks every golden question in order, scoring the answerable ones against their expected words. */
export function runGolden(engine: Engine, answerable: readonly GoldenItem[], unanswerable: readonly string[]): GoldenRun {
  const started = performance.now();
  const answered = answerable.map((item) => scoreAnswerable(item.q, item.expect, ask(engine, item.q)));
  const refused = unanswerable.map((q) => ask(engine, q));
  const msPerQuestion = (performance.now() - started) / Math.max(1, answerable.length + unanswerable.length);
  return { answered, unanswerable: refused, msPerQuestion };
}

/** Prints the rates against the thresholds, then each miss with its first snippet, so ranking can be tuned from the log. */
export function reportGolden(title: string, run: GoldenRun, floors: Floors): void {
  const { answered, unanswerable, msPerQuestion } = run;
  const n = answered.length;
  const falseNo = answered.filter((s) => s.result.noAnswer).length;
  console.log(
    [
      title,
      `  answerable questions   ${n}`,
      `  top-1                  ${pct(rate(answered.filter((s) => s.top1).length, n))}  (min ${pct(floors.TOP1_MIN)})`,
      `  top-3                  ${pct(rate(answered.filter((s) => s.top3).length, n))}  (min ${pct(floors.TOP3_MIN)})`,
      `  wrongly "no answer"    ${falseNo}/${n}`,
      `  unanswerable questions ${unanswerable.length}`,
      `  no-answer              ${pct(rate(unanswerable.filter((r) => r.noAnswer).length, unanswerable.length))}  (min ${pct(floors.NO_ANSWER_MIN)})`,
      `  mean time per question ${msPerQuestion.toFixed(1)} ms`,
    ].join('\n'),
  );
  const misses = answered.filter((s) => !s.top1);
  if (misses.length > 0) {
    console.log(
      'top-1 misses:\n' +
        misses.map((s) => `  ${s.top3 ? '(in top-3)' : '(NOT in top-3)'} ${s.q}\n      -> ${firstSnippet(s.result)}`).join('\n'),
    );
  }
  const leaks = unanswerable.filter((r) => !r.noAnswer);
  if (leaks.length > 0) {
    console.log('unanswerable but answered:\n' + leaks.map((r) => `  ${r.query}\n      -> ${firstSnippet(r)}`).join('\n'));
  }
}

/** What the shared threshold tests read; a getter because the run happens in beforeAll, after registration. */
export interface GoldenState {
  corpus: Corpus;
  promised: Promised;
  answered: Scored[];
  unanswerable: AskResult[];
}

/** Registers, inside the caller's describe, the tests every golden set must pass: the thresholds and hitProblems. */
export function describeThresholds(get: () => GoldenState, floors: Floors): void {
  const { TOP1_MIN, TOP3_MIN, NO_ANSWER_MIN } = floors;

  it(`puts the answer in the first snippet for at least ${pct(TOP1_MIN)} of answerable questions`, () => {
    const { answered } = get();
    const r = rate(answered.filter((s) => s.top1).length, answered.length);
    const misses = answered.filter((s) => !s.top1).map((s) => `${s.q} -> ${firstSnippet(s.result)}`);
    expect(r, `top-1 ${pct(r)}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP1_MIN);
  });

  it(`puts the answer in the top three snippets for at least ${pct(TOP3_MIN)} of answerable questions`, () => {
    const { answered } = get();
    const r = rate(answered.filter((s) => s.top3).length, answered.length);
    const misses = answered.filter((s) => !s.top3).map((s) => `${s.q} -> ${firstSnippet(s.result)}`);
    expect(r, `top-3 ${pct(r)}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP3_MIN);
  });

  it('never says "no answer" to an answerable question', () => {
    expect(get().answered.filter((s) => s.result.noAnswer).map((s) => s.q)).toEqual([]);
  });

  it(`says "no answer" to at least ${pct(NO_ANSWER_MIN)} of unanswerable questions`, () => {
    const { unanswerable } = get();
    const r = rate(unanswerable.filter((x) => x.noAnswer).length, unanswerable.length);
    const leaks = unanswerable.filter((x) => !x.noAnswer).map((x) => `${x.query} -> ${firstSnippet(x)}`);
    expect(r, `no-answer ${pct(r)}; answered anyway:\n${leaks.join('\n')}`).toBeGreaterThanOrEqual(NO_ANSWER_MIN);
  });

  it('quotes snippets exactly, cites the manifest source, and never shows the same snippet twice', () => {
    const { corpus, promised, answered, unanswerable } = get();
    const all = [...answered.map((s) => s.result), ...unanswerable];
    expect(all.flatMap((r) => hitProblems(corpus, promised, r))).toEqual([]);
  });
}
