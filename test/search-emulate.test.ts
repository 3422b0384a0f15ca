// The PostgreSQL engine ranks candidates with emulateSearch over postings it fetches; this checks,
// without a server, that it returns what MiniSearch returns for the very queries retrieval sends.
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING } from '../src/answer/params.js';
import { analyseQuestion } from '../src/answer/question.js';
import { retrieve } from '../src/answer/retrieve.js';
import { askSetFile, loadAskSet } from '../src/cli/eval/sets.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine, type Engine } from '../src/engine.js';
import { analysePassage } from '../src/search/term-stats.js';
import { emulateSearch, fieldList, type FieldPosting, type PassageQuery, type PostingSource } from '../src/search/query.js';

/** Postings as the database holds them: per passage its terms (tf, distinct count), the next passage's context. */
function postingsOf(engine: Engine): PostingSource & { idOf: string[] } {
  const own = new Map<string, FieldPosting[]>();
  const context = new Map<string, FieldPosting[]>();
  const vocabulary = new SearchableMap<unknown>();
  const ps = engine.corpus.passages;
  let lenTerms = 0;
  let lenContext = 0;
  ps.forEach((p, doc) => {
    const terms = analysePassage(p.text).terms;
    const length = Math.max(1, new Set(terms).size);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const next = ps[doc + 1]?.articleId === p.articleId;
    for (const t of terms) if (!vocabulary.has(t)) vocabulary.set(t, true);
    for (const [t, n] of tf) {
      (own.get(t) ?? own.set(t, []).get(t)!).push({ doc, tf: n, length });
      if (next) (context.get(t) ?? context.set(t, []).get(t)!).push({ doc: doc + 1, tf: n, length });
    }
    lenTerms += length;
    lenContext += ps[doc - 1]?.articleId === p.articleId ? Math.max(1, new Set(analysePassage(ps[doc - 1]!.text).terms).size) : 1;
  });
  const postings = (t: string) => (own.has(t) || context.has(t) ? { terms: fieldList(own.get(t) ?? []), context: fieldList(context.get(t) ?? []) } : undefined);
  return { vocabulary, postings, documents: ps.length, avgLength: { terms: lenTerms / ps.length, context: lenContext / ps.length }, idOf: ps.map((p) => p.id) };
}

describe('emulateSearch', () => {
  it("ranks the seeds' eval questions' candidates exactly as MiniSearch does", async () => {
    const engine = createEngine(await loadCorpus('seeds'));
    const src = postingsOf(engine);
    const questions = (await Promise.all((['dev', 'test'] as const).map((s) => loadAskSet(askSetFile('seeds', s))))).flatMap((s) => [...s.answerable.map((a) => a.q), ...s.unanswerable.map((u) => u.q)]);
    let compared = 0;
    for (const q of questions) {
      let query: PassageQuery | null = null;
      const spy: Engine = { ...engine, find: (x) => ((query = x), engine.find(x)) };
      retrieve(spy, analyseQuestion(spy, q, DEFAULT_RANKING), DEFAULT_RANKING);
      if (!query) continue;
      const want = engine.find(query).map((h) => [h.id, h.score.toFixed(9), [...h.terms].sort().join(' ')]);
      const got = emulateSearch(query, src).map((h) => [src.idOf[h.doc], h.score.toFixed(9), [...h.terms].sort().join(' ')]);
      expect(got, q).toEqual(want);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
