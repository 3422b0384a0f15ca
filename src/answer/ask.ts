import { analyzeTokens } from '../search/analyze.js';
import { answerTypeOf, CATEGORY_WEIGHT, categorySpan, holdsAnswerType } from '../search/answer-type.js';
import { clusterRanked } from '../search/cluster.js';
import { idf, retrievalTerms, searchTerms } from '../search/index.js';
import { selectSnippet, standsFor } from '../search/snippet.js';
import type { Engine } from '../engine.js';
import { editDistance } from '../text/edit-distance.js';
import { groupNames, passagesQuoting } from './names.js';
import { sourceRef } from './sources.js';
import type { AskHit, AskResult } from './types.js';

/**
 * Share of the question's weight (IDF-weighted terms) a passage must hold to count as answering.
 * Below it the best passage only shares a word or two with the question, and saying "no answer"
 * is more honest than showing it. Tuned on the golden sets in test/.
 */
export const MIN_COVERAGE = 0.6;
/** Score factor for a snippet that holds the kind of answer asked for (a date for 'when'). */
export const ANSWER_TYPE_BOOST = 2;
/** Score factor, for "what did X say", of a passage that quotes X: the strongest sign it answers. */
export const SPEAKER_QUOTE_BOOST = 3;
/** Up to this much extra score when the query's words stand together in the snippet as in the question. */
export const PROXIMITY_BOOST = 0.5;
/** Score factor for a passage that is not a sentence (a subheading): it names a topic, rarely answers. */
export const HEADING_PENALTY = 0.5;
/** Share of a term's weight credited when it matched only the previous passage. */
export const CONTEXT_CREDIT = 0.3;
/** Below the best hit, others need only this coverage: the question is answered, they add to it. */
export const MIN_COVERAGE_OTHERS = 0.4;
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
  const tokens = analyzeTokens(query, 'query');
  // Each distinct term with the word it first came from (fuzzy matching also tries the unstemmed word).
  const wordOf = new Map<string, string>();
  for (const t of tokens) if (!wordOf.has(t.term)) wordOf.set(t.term, t.word);
  const terms = [...wordOf.keys()];
  const noAnswer: AskResult = { query, noAnswer: true, hits: [] };
  if (terms.length === 0) return noAnswer;

  const retrieval = retrievalTerms(engine.search, [...wordOf].map(([term, word]) => ({ term, word })));
  const searched = new Set(retrieval.map((t) => t.term));
  const results = searchTerms(engine.search, retrieval, CANDIDATES);
  const type = answerTypeOf(query);
  const prefer = (sentence: string) => type !== null && holdsAnswerType(sentence, type);
  // A person's full name counts once, weighed by its most telling word.
  const units = groupNames(terms, engine.quotes);
  const category = categorySpan(query);
  const inCategory = new Set(tokens.filter((t) => category && t.start >= category.start && t.end <= category.end).map((t) => t.term));
  const unitWeights = units.map((u) => Math.max(...u.terms.map((t) => idf(engine.search, t) * (inCategory.has(t) ? CATEGORY_WEIGHT : 1))));
  const totalWeight = unitWeights.reduce((s, w) => s + w, 0);
  // "What did X say": the answer is where X is quoted, not where X is only mentioned.
  const named = units.flatMap((u) => (u.speakerId ? [u.speakerId] : []));
  const quoting = type === 'speech' && named.length > 0 ? passagesQuoting(engine.quotes, named) : null;

  const ranked = results.flatMap((r) => {
    const passage = engine.passages.get(r.id as string)!;
    // Each query term counts once, by its best match: exact in the passage, else a prefix or
    // fuzzy variant, else (for less) in the previous passage.
    const weights = new Map<string, number>();
    const credit = new Map<string, number>();
    for (const docTerm of r.terms) {
      const { qTerm, kind } = sourceTerm(docTerm, terms);
      // A fuzzy match is a misspelt name or nothing: 'Okafr' may become 'Okafor', 'price' never 'process'.
      if (kind === 'none' || (kind === 'fuzzy' && !engine.search.names.has(docTerm))) continue;
      const quality = MATCH_CREDIT[kind];
      const own = r.match[docTerm]?.includes('terms') ?? false;
      if (own) weights.set(docTerm, idf(engine.search, qTerm) * quality);
      credit.set(qTerm, Math.max(credit.get(qTerm) ?? 0, own ? quality : quality * CONTEXT_CREDIT));
    }
    // Terms too common to search for still count where the passage (or the one before) holds them.
    const ownTerms = engine.search.termsOf.get(passage.id)!;
    const before = passage.n > 1 ? engine.search.termsOf.get(`${passage.articleId}#${passage.n - 1}`) : undefined;
    for (const t of terms) {
      if (searched.has(t)) continue;
      if (ownTerms.has(t)) {
        weights.set(t, idf(engine.search, t));
        credit.set(t, 1);
      } else if (before?.has(t)) credit.set(t, CONTEXT_CREDIT);
    }
    // A unit is covered as well as its best-matched word: 'Okafor' alone covers 'Ada Okafor'.
    const matchedWeight = units.reduce((sum, u, i) => sum + unitWeights[i]! * Math.max(0, ...u.terms.map((t) => credit.get(t) ?? 0)), 0);
    const coverage = matchedWeight / totalWeight;
    // Only a passage that could answer is worth cutting a snippet from.
    if (coverage < MIN_COVERAGE_OTHERS || weights.size === 0) return [];
    const snippet = selectSnippet(passage.text, weights, prefer, terms);
    // For "what did X say", quoting X is the answer-type signal; otherwise the snippet's own content is.
    const answerBoost = quoting ? (quoting.has(passage.id) ? SPEAKER_QUOTE_BOOST : 1) : snippet.holdsPreferred ? ANSWER_TYPE_BOOST : 1;
    return [{
      passage,
      snippet,
      coverage,
      score:
        r.score * coverage * coverage * (0.5 + snippet.coverage) *
        answerBoost *
        (1 + PROXIMITY_BOOST * snippet.proximity) *
        (/[.!?"”’]$/.test(passage.text) ? 1 : HEADING_PENALTY),
      groupKey: passage.articleId,
      snippetTerms: snippet.terms,
      passageTerms: ownTerms,
    }];
  });
  const answering = ranked.sort((a, b) => b.score - a.score);
  const bestCoverage = Math.max(0, ...answering.map((r) => r.coverage));
  if (bestCoverage < MIN_COVERAGE) return noAnswer;

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

/** How much of a query term's weight each kind of match earns; 'none' is a match MiniSearch made that we do not count. */
const MATCH_CREDIT = { exact: 1, prefix: 0.7, fuzzy: 0.8, none: 0 } as const;

/**
 * Which query term an index term matched, and how: exactly, as the word's own longer form
 * ('nigerian' for 'nigeria'), or as a near-spelling. A longer word that merely begins with the query
 * word ('southern' for 'south') is no match.
 */
function sourceTerm(docTerm: string, queryTerms: readonly string[]): { qTerm: string; kind: keyof typeof MATCH_CREDIT } {
  if (queryTerms.includes(docTerm)) return { qTerm: docTerm, kind: 'exact' };
  const prefix = queryTerms.filter((q) => docTerm.startsWith(q)).sort((a, b) => b.length - a.length)[0];
  if (prefix) return { qTerm: prefix, kind: standsFor(docTerm, prefix) ? 'prefix' : 'none' };
  let best = queryTerms[0] ?? docTerm;
  let bestDistance = Infinity;
  for (const q of queryTerms) {
    const d = editDistance(q, docTerm);
    if (d < bestDistance) [best, bestDistance] = [q, d];
  }
  return { qTerm: best, kind: 'fuzzy' };
}
