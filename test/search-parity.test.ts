/**
 * The passage index is our own, but its search must rank as MiniSearch 7.2 did (the ranking above
 * it was tuned on those scores): the same passages, in the same order, with the same scores, for
 * exact, prefix, fuzzy and boosted queries over the seeds.
 */
import MiniSearch from 'minisearch';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { analyze } from '../src/search/analyze.js';
import { buildSearchIndex, termQuery, type SearchIndex } from '../src/search/index.js';
import { searchPassages, type Query, type SearchOptions } from '../src/search/passage-search.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
let corpus: Corpus;
let index: SearchIndex;
let mini: MiniSearch<{ id: string; terms: string; context: string }>;

beforeAll(async () => {
  corpus = await loadCorpus(SEEDS);
  index = buildSearchIndex(corpus.passages);
  // The index as it was built before: MiniSearch over each passage's terms and its predecessor's.
  mini = new MiniSearch({ fields: ['terms', 'context'], tokenize: (t: string) => t.split(' '), processTerm: (t: string) => t || null });
  let previous: { articleId: string; terms: string } | null = null;
  for (const p of corpus.passages) {
    const terms = analyze(p.text).join(' ');
    mini.add({ id: p.id, terms, context: previous?.articleId === p.articleId ? previous.terms : '' });
    previous = { articleId: p.articleId, terms };
  }
});

function same(query: Query, opts: SearchOptions) {
  const ours = searchPassages(index.passages, query, opts);
  const theirs = mini.search(query as never, opts as never);
  expect(ours.map((r) => r.id)).toEqual(theirs.map((r) => r.id));
  ours.forEach((r, i) => {
    expect(r.score).toBeCloseTo(theirs[i]!.score, 9);
    expect(new Set(r.terms)).toEqual(new Set(theirs[i]!.terms));
  });
  // The best few alone, as ask takes them: the head of the full list.
  for (const k of [1, 5, 30]) expect(searchPassages(index.passages, query, opts, k)).toEqual(ours.slice(0, k));
  return ours.length;
}

describe('passage search ranks as MiniSearch did', () => {
  it('over the questions of every passage, with the options ask uses', () => {
    let matched = 0;
    const words = corpus.passages.filter((_, i) => i % 3 === 0).map((p) => p.text.split(/\s+/).slice(2, 9).join(' '));
    for (const q of [...words, 'Okafr harbour', 'nigeria minister', 'zzqx']) {
      const terms = [...new Set(analyze(q, 'query'))].map((term) => ({ term, word: term }));
      const queries: Query[] = terms.map((t) => termQuery(index, t) as Query);
      queries.push({ queries: terms.slice(0, 2).map((t) => t.term), boostTerm: () => 0.3 });
      matched += same({ combineWith: 'OR', queries }, { weights: { fuzzy: 0.6, prefix: 0.4 }, boost: { context: 0.5 } });
      matched += same(terms.map((t) => t.term).join(' '), { combineWith: 'OR' });
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it('with prefix and fuzzy expansions', () => {
    const long = [...index.df.keys()].filter((t) => t.length >= 6).slice(0, 60);
    let matched = 0;
    for (const t of long) {
      matched += same({ queries: [t.slice(0, 5)], prefix: true }, { weights: { fuzzy: 0.6, prefix: 0.4 } });
      matched += same({ queries: [`${t.slice(0, -1)}x`], fuzzy: 2 }, {});
    }
    expect(matched).toBeGreaterThan(100);
  });
});
