import type { Passage } from '../corpus/types.js';
import type { EngineView as Engine } from '../engine.js';
import { relatedTerms, synonymTerms } from '../search/related.js';
import { fuzzinessFor, nearSpellings, termQuery, writtenForm, type QueryTerm } from '../search/index.js';
import type { TermSpec } from '../search/query.js';
import { editDistance } from '../text/edit-distance.js';
import type { RankingParams } from './params.js';
import type { Question } from './question.js';
import { standsFor } from './snippet.js';

/** A passage the index returned for the question, with its BM25 score. */
export interface Candidate {
  passage: Passage;
  bm25: number;
}

/**
 * Each query term's forms that count for it, with their credit (0-1): the term itself, longer
 * forms and near-spellings the index matched, related words (also listed in `related`, which
 * confidence trusts less). Later stages look forms up in snippets instead of re-deciding what
 * matches.
 */
export type Forms = Map<string, Map<string, number>> & { related: ReadonlySet<string> };

/** What retrieval hands on: candidate passages, best first, and the forms each query term matched. */
export interface Retrieval {
  candidates: Candidate[];
  forms: Forms;
}

/** The query terms worth sending to MiniSearch: rarest first, within the postings budget. */
function withinBudget(engine: Engine, terms: readonly QueryTerm[], budget: number): QueryTerm[] {
  const df = (t: string) => engine.search.df.get(t) ?? 0;
  const chosen: QueryTerm[] = [];
  let spent = 0;
  for (const t of [...terms].sort((a, b) => df(a.term) - df(b.term))) {
    if (chosen.length > 0 && spent + df(t.term) > budget) break;
    chosen.push(t);
    spent += df(t.term);
  }
  return chosen;
}

/** The related words of the question's non-literal terms, with their credit. */
function relatedForms(engine: Engine, q: Question, params: RankingParams): Forms {
  const related = new Set<string>();
  const forms: Forms = Object.assign(new Map(q.terms.map((t) => [t.term, new Map([[t.term, 1], ...(writtenForm(engine.search, t.term, t.word) ? [[t.word, 1] as const] : [])])])), { related });
  for (const u of q.units) {
    if (u.literal) continue;
    for (const t of u.terms) {
      const word = q.terms.find((x) => x.term === t)?.word ?? t;
      const add = (form: string, credit: number) => {
        if (form === t || (forms.get(t)!.get(form) ?? 0) >= credit) return;
        forms.get(t)!.set(form, credit);
        related.add(form);
      };
      for (const r of relatedTerms(engine.search, t, word, params.relatedMinSimilarity, params.relatedPerTerm)) add(r.term, params.relatedCredit * r.similarity);
      if (params.synonymCredit > 0) for (const s of synonymTerms(engine.search, word)) add(s, params.synonymCredit);
    }
  }
  return forms;
}

/**
 * Which query term an index term matched, and its credit: a longer form of the word
 * ('nigerian' for 'nigeria'), or a near-spelling of a name. A longer word that merely begins with
 * the query word ('southern' for 'south') and a near-spelling of an ordinary word earn nothing.
 */
function matchCredit(engine: Engine, docTerm: string, queryTerms: readonly string[], params: RankingParams): [string, number] | null {
  const prefix = queryTerms.filter((q) => docTerm.startsWith(q)).sort((a, b) => b.length - a.length)[0];
  if (prefix) return standsFor(docTerm, prefix) ? [prefix, params.prefixCredit] : null;
  if (!engine.search.names.has(docTerm)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const q of queryTerms) {
    const d = editDistance(q, docTerm);
    if (d < bestDistance) [best, bestDistance] = [q, d];
  }
  return best ? [best, params.fuzzyCredit] : null;
}

/** The names a query word the index lacks may be a misspelling of, entered as its forms. */
function nearNames(engine: Engine, searched: readonly QueryTerm[], forms: Forms, params: RankingParams): string[] {
  const out: string[] = [];
  for (const t of searched) {
    const fuzzy = params.nearSpellingCredit > 0 ? fuzzinessFor(t.term, engine.search.df.get(t.term) ?? 0) : 0;
    if (fuzzy === 0) continue;
    for (const n of nearSpellings(engine.search, t.word, fuzzy)) {
      if (!forms.get(t.term)!.has(n)) forms.get(t.term)!.set(n, params.nearSpellingCredit);
      out.push(n);
    }
  }
  return out;
}

/**
 * Finds candidate passages: MiniSearch over the question's rarer terms (exact; fuzzy for words the
 * index lacks; prefix for long ones) and, for less, their related words.
 */
export function retrieve(engine: Engine, q: Question, params: RankingParams): Retrieval {
  const forms = relatedForms(engine, q, params);
  const searched = withinBudget(engine, q.terms, params.retrievalBudget);
  if (searched.length === 0) return { candidates: [], forms };
  // Related words are searched within what is left of the budget, rarest first.
  const spent = searched.reduce((n, t) => n + (engine.search.df.get(t.term) ?? 0), 0);
  const relatedWords = [...new Set(searched.flatMap((t) => [...forms.get(t.term)!.keys()].filter((r) => r !== t.term)))].map((term) => ({ term, word: term }));
  const related = withinBudget(engine, relatedWords, Math.max(0, params.retrievalBudget - spent)).map((t) => t.term);
  const queries: TermSpec[] = searched.map((t) => termQuery(engine.search, t));
  if (related.length > 0) queries.push({ queries: related, boostTerm: () => params.relatedBoost });
  const misspelt = nearNames(engine, searched, forms, params);
  if (misspelt.length > 0) queries.push({ queries: misspelt, boostTerm: () => params.nearSpellingCredit });
  const results = engine.find({ specs: queries, weights: { fuzzy: 0.6, prefix: 0.4 }, contextBoost: params.contextBoost, limit: params.candidates });
  const queryTerms = q.terms.map((t) => t.term);
  const asked = new Set(queryTerms);
  for (const r of results) {
    for (const docTerm of r.terms) {
      if (asked.has(docTerm) || forms.related.has(docTerm)) continue;
      const m = matchCredit(engine, docTerm, queryTerms, params);
      if (m && (forms.get(m[0])!.get(docTerm) ?? 0) < m[1]) forms.get(m[0])!.set(docTerm, m[1]);
    }
  }
  return { candidates: results.map((r) => ({ passage: engine.passages.get(r.id)!, bm25: r.score })), forms };
}
