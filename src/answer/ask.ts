import { analyze, analyzeTokens } from '../search/analyze.js';
import { answerTypeOf, holdsAnswerType } from '../search/answer-type.js';
import { clusterRanked } from '../search/cluster.js';
import { idf, searchTerms } from '../search/index.js';
import { selectSnippet } from '../search/snippet.js';
import type { Engine } from '../engine.js';
import { sourceRef } from './sources.js';
import type { AskHit, AskResult } from './types.js';

/**
 * Share of the question's weight (IDF-weighted terms) a passage must hold to count as answering.
 * Below it the best passage only shares a word or two with the question, and saying "no answer"
 * is more honest than showing it. Tuned on the golden sets in test/.
 */
export const MIN_COVERAGE = 0.6;
/** Score factor for a snippet that holds the kind of answer asked for (a date for 'when'). */
export const ANSWER_TYPE_BOOST = 1.5;
/** Score factor for a passage that is not a sentence (a subheading): it names a topic, rarely answers. */
export const HEADING_PENALTY = 0.5;
/** How many candidate passages are ranked, snippeted and clustered per question. */
export const CANDIDATES = 30;
/** Most hits kept for paging. */
export const MAX_HITS = 9;
/** Hits scoring below this share of the best are dropped as noise. */
export const RELATIVE_SCORE_FLOOR = 0.2;

/**
 * Answers a question with the best snippets from the corpus, each cited, near-duplicates folded
 * into one hit with `alsoIn`. Returns noAnswer when no passage covers enough of the question.
 */
export function ask(engine: Engine, question: string): AskResult {
  const query = question.trim();
  const terms = [...new Set(analyze(query, 'query'))];
  const noAnswer: AskResult = { query, noAnswer: true, hits: [] };
  if (terms.length === 0) return noAnswer;

  const results = searchTerms(engine.search, terms, CANDIDATES);
  const totalWeight = terms.reduce((s, t) => s + idf(engine.search, t), 0);
  const type = answerTypeOf(query);
  const prefer = (sentence: string) => type !== null && holdsAnswerType(sentence, type);

  const ranked = results.map((r) => {
    const passage = engine.passages.get(r.id as string)!;
    // Weigh each matched document term by the query term it stands for (a fuzzy match counts as the term it fixes).
    const weights = new Map<string, number>();
    for (const docTerm of r.terms) {
      const qTerm = terms.includes(docTerm) ? docTerm : closestQueryTerm(docTerm, r.queryTerms);
      weights.set(docTerm, idf(engine.search, qTerm) * (docTerm === qTerm ? 1 : 0.8));
    }
    const snippet = selectSnippet(passage.text, weights, prefer);
    const matchedWeight = [...weights.values()].reduce((a, b) => a + b, 0);
    const coverage = matchedWeight / totalWeight;
    return {
      passage,
      snippet,
      coverage,
      score:
        r.score * coverage * coverage * (0.5 + snippet.coverage) *
        (snippet.holdsPreferred ? ANSWER_TYPE_BOOST : 1) *
        (/[.!?"”’]$/.test(passage.text) ? 1 : HEADING_PENALTY),
      groupKey: passage.articleId,
      snippetTerms: new Set(analyzeTokens(snippet.text).map((t) => t.term)),
      passageTerms: engine.search.termsOf.get(passage.id)!,
    };
  });
  const answering = ranked.filter((r) => r.coverage >= MIN_COVERAGE).sort((a, b) => b.score - a.score);
  if (answering.length === 0) return noAnswer;

  const top = answering[0]!.score;
  const groups = clusterRanked(answering.filter((r) => r.score >= top * RELATIVE_SCORE_FLOOR));
  const hits: AskHit[] = groups.slice(0, MAX_HITS).map(([lead, ...rest]) => ({
    snippet: lead!.snippet.text,
    spans: lead!.snippet.spans,
    passageId: lead!.passage.id,
    score: Math.round(lead!.score * 1000) / 1000,
    source: sourceRef(engine.articles.get(lead!.passage.articleId)!),
    alsoIn: rest.map((r) => {
      const a = engine.articles.get(r.passage.articleId)!;
      return { id: a.id, publisher: a.publisher, url: a.url, passageId: r.passage.id };
    }),
  }));
  return { query, noAnswer: false, hits };
}

function closestQueryTerm(docTerm: string, queryTerms: readonly string[]): string {
  return queryTerms.find((q) => q[0] === docTerm[0]) ?? queryTerms[0] ?? docTerm;
}
