import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { analyseSnippet, carries, clusterRanked } from '../src/answer/cluster.js';
import { analyzeTokens } from '../src/search/analyze.js';
import { highlight } from '../src/answer/snippet.js';

const wire = 'The regional transit authority approved a fare rise of 12 per cent on Thursday, its first increase in six years, citing fuel and wage costs.';
const engine = createEngine(
  buildCorpus(
    [
      {
        file: 'a.txt',
        content: `Transit Fares To Rise Across The Region\n${wire}\nBoard chair Priya Natarajan said the decision was painful but unavoidable. The new fares take effect on 1 March.\nCommuter groups plan a protest outside the depot on Saturday.`,
      },
      { file: 'b.txt', content: `Bus And Tram Fares Go Up In March\nThe regional transit authority approved a fare rise of 12 percent on Thursday, its first increase in six years, citing fuel and wage costs.\nThe authority runs 40 bus routes and two tram lines.` },
      { file: 'c.txt', content: 'City Marathon Draws Record Field\nA record 18,000 runners finished the city marathon on Sunday, organisers said.\nThe winner, Tomasz Wieczorek, crossed the line in two hours and nine minutes.' },
    ],
    JSON.stringify({ sources: [
      { file: 'a.txt', publisher: 'Metro Daily', url: 'https://metro.example/fares' },
      { file: 'b.txt', publisher: 'City Wire', url: 'https://citywire.example/fares' },
      { file: 'c.txt', publisher: 'Sport Now', url: 'https://sport.example/marathon' },
    ] }),
  ),
);

describe('ask', () => {
  it('answers with the sentence that holds the answer, not the whole paragraph', () => {
    const r = ask(engine, 'When do the new fares take effect?');
    expect(r.noAnswer).toBe(false);
    expect(r.hits[0]!.snippet).toContain('1 March');
    expect(r.hits[0]!.snippet).not.toContain('Commuter groups');
    expect(r.hits[0]!.source.publisher).toBe('Metro Daily');
  });

  it('marks the matched words', () => {
    const r = ask(engine, 'how many runners finished the marathon');
    const bold = r.hits[0]!.spans.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(bold).toEqual(expect.arrayContaining(['runners finished', 'marathon']));
    expect(r.hits[0]!.spans.map((s) => s.text).join('')).toBe(r.hits[0]!.snippet);
  });

  it('shows a fact carried by two outlets once, with the other as also reported', () => {
    const r = ask(engine, 'How much will transit fares rise?');
    expect(r.hits[0]!.snippet).toMatch(/12 per ?cent/);
    const outlets = [r.hits[0]!.source.publisher, ...r.hits[0]!.alsoIn.map((a) => a.publisher)];
    expect(outlets.sort()).toEqual(['City Wire', 'Metro Daily']);
    expect(r.hits.filter((h) => /fare rise of 12/.test(h.snippet))).toHaveLength(1);
  });

  it('finds a misspelt name', () => {
    const r = ask(engine, 'Tomas Wieczorec');
    expect(r.hits[0]!.snippet).toContain('Tomasz Wieczorek');
  });

  it('says so when nothing answers, rather than returning the least-bad passage', () => {
    for (const q of ['What is the capital of France?', 'What did the mayor say about taxes?', 'How many trams were cancelled by the snow?', '', '???', '🙂🙂']) {
      expect(ask(engine, q)).toMatchObject({ noAnswer: true, hits: [] });
    }
  });
});

describe('clustering', () => {
  const set = (s: string) => new Set(s.split(' '));
  it('needs most of a snippet inside the other passage to call it the same report', () => {
    expect(carries(set('a b c d e f g h i j'), set('a b c d e f g h x y z w'))).toBe(true);
    expect(carries(set('a b c d e f g h i j'), set('a b c d e x y z'))).toBe(false);
    expect(carries(set('a b c'), set('a b c'))).toBe(false);
  });

  it('keeps rank order and never lets one article corroborate itself', () => {
    const wire = 'The regional transit authority approved a fare rise of 12 per cent on Thursday, citing fuel and wage costs.';
    const item = (groupKey: string, snippet: string) => ({ groupKey, sentences: analyseSnippet(snippet) });
    const groups = clusterRanked([item('x', wire), item('x', wire), item('y', `${wire} Commuters plan a protest.`), item('z', 'Record crowds finished the city marathon on Sunday morning under clear skies.')]);
    expect(groups.map((g) => g.map((i) => i.groupKey))).toEqual([['x', 'y'], ['z']]);
  });

  it('never folds a sentence into a longer one that merely holds its words', () => {
    const a = 'The delegation is led by Vice Premier Ada Moss, and the visiting team is headed by Finance Minister Ben Cole.';
    const b = 'Officials including Finance Minister Ben Cole met a delegation led by Vice Premier Ada Moss for talks that came days ahead of the summit, where the visiting team will sign.';
    expect(clusterRanked([{ groupKey: 'x', sentences: analyseSnippet(a) }, { groupKey: 'y', sentences: analyseSnippet(b) }])).toHaveLength(2);
  });
});

describe('highlight', () => {
  it('covers the text exactly and joins adjacent matched words', () => {
    const text = 'Rare earth exports, said the minister.';
    const spans = highlight(text, analyzeTokens(text), new Set(['rare', 'earth']));
    expect(spans).toEqual([{ text: 'Rare earth', match: true }, { text: ' exports, said the minister.', match: false }]);
  });
});

describe('people in questions', () => {
  const people = createEngine(
    buildCorpus([
      {
        file: 'council.txt',
        content:
          'Budget Vote Splits The Harbour Council\nCouncillor Aroha Ngata voted against the budget on Monday.\n"This budget abandons the east side," Ngata said after the vote.\nThe mayor, Piet de Wit, said the budget was balanced.\nNgata sat on the council finance committee for six years.',
      },
    ]),
  );

  it('counts a surname as naming the whole person', () => {
    const r = ask(people, 'How long was Aroha Ngata on the finance committee?');
    expect(r.hits[0]!.snippet).toContain('six years');
  });

  it('answers "what did X say" from where X is quoted, not merely mentioned', () => {
    const r = ask(people, 'What did Aroha Ngata say about the budget?');
    expect(r.hits[0]!.snippet).toContain('abandons the east side');
  });
});
