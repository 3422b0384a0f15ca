// Which names answer a 'who'/'which' question, on a small corpus written here: every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { ask } from '../src/answer/ask.js';
import { withParams } from '../src/answer/params.js';

describe('a name sharing a word with the question', () => {
  const e = engineOf({
    'kestrel.txt': [
      'Bidders Circle Kestrel',
      'The fight to take over Kestrel Holdings has run for a year, the longest in the history of the harbour.',
      filler,
      'Dorrin Mutual withdrew from the fight for Kestrel on Monday, its board said.',
      filler,
    ].join('\n'),
  });
  const question = 'which firm pulled out of the fight to take over kestrel';
  // Ranking alone is judged here: the threshold is read off the dev sets, not this corpus.
  const first = (off: Record<string, number> = {}) => ask(e, question, withParams({ minConfidence: 0, ...off })).hits[0]?.snippet ?? '';

  it("is the question's own thing ('Kestrel Holdings'), not the answer: the sentence naming another firm wins", () => {
    expect(first()).toContain('Dorrin Mutual withdrew');
    // Without the rule 'Kestrel Holdings' reads as a new name and the topic sentence wins.
    expect(first({ newNamesOnly: 0 })).toContain('Kestrel Holdings has run');
  });
});

describe("a nationality adjective for 'who'", () => {
  const e = engineOf({
    'harlow.txt': [
      'Record Hopes At Harlow',
      'The Ethiopian broke the indoor mile record at Harlow last winter, organisers said.',
      filler,
      'Ketema Dallo set the indoor mile record at Harlow in 2003 and returns next month.',
      filler,
    ].join('\n'),
  });
  const first = (off: Record<string, number> = {}) => ask(e, 'who broke the indoor mile record at harlow', withParams({ minConfidence: 0, ...off })).hits[0]?.snippet ?? '';

  it("names nobody: the sentence naming the runner wins over 'The Ethiopian broke…'", () => {
    expect(first()).toContain('Ketema Dallo');
    expect(first({ whoNotDemonym: 0 })).toContain('The Ethiopian broke');
  });
});
