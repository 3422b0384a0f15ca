// "What's the N…" questions name the kind of answer by a noun after 'what is', with no question
// word of a kind ('who', 'how many'). Every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { ask } from '../src/answer/ask.js';
import { answerTypeOf } from '../src/answer/answer-type.js';
import { withParams } from '../src/answer/params.js';

describe("a 'what is the N' question (whatIsKinds)", () => {
  it('reads the kind from its first noun of a kind: a name, a term, a work’s title', () => {
    expect(answerTypeOf("what was dana kelping's original name")).toBe('name');
    expect(answerTypeOf("what's the longest prison term the smugglers could get")).toBe('duration');
    // 'number one' is a chart place here, not a figure asked for.
    expect(answerTypeOf("what's the tull sisters album that went straight to number one")).toBe('name');
    expect(answerTypeOf("what's the tull sisters album that went straight to number one", { whatIs: false })).toBe('quantity');
  });

  it("'how big a fine' asks for a sum, as 'how much … fine' does", () => {
    expect(answerTypeOf('how big a fine could the dam company face')).toBe('money');
    expect(answerTypeOf('how big a fine could the dam company face', { fine: false })).toBe('quantity');
  });

  it('is answered by the sentence giving the name, not the one naming the topic', () => {
    const e = engineOf({
      'ferry.txt': `Harbour Trust Ferry\nThe Kelby harbour trust has launched a new ferry across the estuary this spring.\nCrews painted the Marlow Swift white and blue over the winter.\n${filler}`,
      'bus.txt': `Valley Buses\nThe Kelby harbour trust ferry timetable will be printed in the valley newspaper next week.\n${filler}`,
    });
    const q = "what's the name of the kelby harbour trust ferry";
    expect(ask(e, q, withParams({ whatIsKinds: 0 })).hits[0]!.snippet).not.toContain('Marlow Swift');
    expect(ask(e, q).hits[0]!.snippet).toContain('Marlow Swift');
  });
});
