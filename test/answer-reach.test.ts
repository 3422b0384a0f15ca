// A question's lead question word, and how far past the topic sentence a snippet may reach for
// the answer. Every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { answerTypeOf, holdsAnswerType } from '../src/answer/answer-type.js';
import { ask } from '../src/answer/ask.js';
import { withParams } from '../src/answer/params.js';
import { isSentence } from '../src/answer/snippet.js';

describe("a question's first question word", () => {
  it("decides what it asks: a later 'when' or 'why' opens a clause", () => {
    expect(answerTypeOf('how much did traffic jump when the game came out')).toBe('quantity');
    expect(answerTypeOf('what did the mayor say when asked about the bridge')).toBe('speech');
    expect(answerTypeOf('what did the coach say about why the match was off')).toBe('speech');
    expect(answerTypeOf('when did the bridge reopen')).toBe('time');
    expect(answerTypeOf('why did the talks fail')).toBe('reason');
    expect(answerTypeOf('how much did traffic jump when the game came out', { leadWord: false })).toBe('time');
  });

  it("so 'how much … when …' is answered by the figure, not the date", () => {
    const e = engineOf({
      'traffic.txt': [
        'Game Swamps Network',
        'Traffic on the Kelvo games network jumped by 300% on the day Starfall came out, the provider said.',
        filler,
        'Starfall came out on 9 November, and traffic on the Kelvo network has stayed high since.',
        filler,
      ].join('\n'),
    });
    const q = 'how much did kelvo network traffic jump when starfall came out';
    expect(ask(e, q).hits[0]!.snippet).toContain('300%');
    expect(ask(e, q, withParams({ leadQuestionWord: 0 })).hits[0]!.snippet).not.toContain('300%');
  });

  it("reads 'how quickly' as asking for a time taken", () => {
    expect(answerTypeOf('how quickly can the group turn data into maps')).toBe('duration');
  });
});

describe('a snippet reaching into the next paragraph', () => {
  // The answer is the second sentence of the paragraph after the one naming the topic, and that
  // paragraph never names him, so it is no candidate of its own.
  const e = engineOf({
    'smith.txt': [
      'Smith Out Of Final',
      'Striker Tam Orrick will miss the Vale Cup final with a knee injury.',
      'He scored twice in the semi-final against Harlow Town and had been due to start at Brannock Park on Saturday. The 27-year-old was hurt in training on Tuesday.',
      filler,
    ].join('\n'),
  });

  it('takes in its second sentence when that holds the kind of answer asked for', () => {
    // Ranking alone: on a corpus this small the confidence model has too little to go on.
    const ranked = (more = {}) => ask(e, 'how old is tam orrick', withParams({ minConfidence: 0, ...more })).hits[0]!.snippet;
    expect(ranked()).toContain('27-year-old');
    expect(ranked({ followingSentences: 1 })).not.toContain('27-year-old');
  });

  it('joins a paragraph ending with a plain closing quote to the next', () => {
    const quoted = engineOf({
      'award.txt': [
        'Festival Honour For Actor Bram Tellis',
        "Actor Bram Tellis is to receive the Silver Lantern for his career, the festival said it was 'deeply indebted to him'",
        'The 52-year-old, whose films include Low Tide, will be given the award on 15 February.',
        filler,
      ].join('\n'),
    });
    const [headline, paragraph] = [quoted.passages.get(`${[...quoted.articles.keys()][0]}#1`)!, quoted.passages.get(`${[...quoted.articles.keys()][0]}#2`)!];
    expect(isSentence(quoted, paragraph)).toBe(true);
    expect(ask(quoted, 'how old is bram tellis').hits[0]!.snippet).toContain('52-year-old');
    expect(isSentence(quoted, headline)).toBe(false);
  });

  it("does not take a headline ending in a quote mark for a sentence", () => {
    const e2 = engineOf({ 'test.txt': `Runner 'failed a drugs test'\nThe runner has tested positive for a banned drug.\n${filler}` });
    const id = [...e2.articles.keys()][0]!;
    expect(isSentence(e2, e2.passages.get(`${id}#1`)!)).toBe(false);
  });
});

describe('legal reasons', () => {
  it("answer 'why was X arrested': 'on charges of', 'accused of', 'on suspicion of'", () => {
    for (const text of ['He was arrested on charges of falsifying accounts.', 'She was held on suspicion of fraud.', 'The pair were accused of fixing the race.']) {
      expect(holdsAnswerType(text, 'reason')).toBe(true);
    }
    expect(holdsAnswerType('He was arrested at his home in the city on Thursday.', 'reason')).toBe(false);
  });
});

describe("the article's lead", () => {
  // News puts what happened and why in the first paragraph; a later one gives an older reason
  // closer to the question's words.
  const e = engineOf({
    'bridge.txt': [
      'Kelmouth Harbour Bridge Shut',
      'The Kelmouth harbour bridge, which carries 20,000 cars a day, was shut to traffic on Monday after engineers found cracks in its main span.',
      filler,
      'The Kelmouth harbour bridge was shut in 1998 after a lorry struck it.',
      filler,
    ].join('\n'),
  });
  const q = 'why was the kelmouth harbour bridge shut';

  it('is preferred when it answers as fully as a later paragraph', () => {
    expect(ask(e, q).hits[0]!.snippet).toContain('cracks in its main span');
    expect(ask(e, q, withParams({ leadWeight: 0 })).hits[0]!.snippet).toContain('lorry struck');
  });
});
