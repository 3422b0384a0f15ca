// 'When' is answered by the day a thing happened ('on 17 October'), not by the sentence that
// dates it only to the year. Every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { ask } from '../src/answer/ask.js';
import { holdsDayDate } from '../src/answer/answer-type.js';
import { withParams } from '../src/answer/params.js';

describe('a date to the day (dayDateBoost)', () => {
  it('is a day of the month beside a month, not a date the question gives', () => {
    expect(holdsDayDate('The collapse, on 17 October 1998, closed the line')).toBe(true);
    expect(holdsDayDate('It opens on October 18')).toBe(true);
    expect(holdsDayDate('The fair runs from 10-12 June')).toBe(true);
    expect(holdsDayDate('It collapsed in 1998')).toBe(false);
    expect(holdsDayDate('The vote on 5 May', new Set(['5', 'may']))).toBe(false);
  });

  it("answers 'when' with the sentence giving the day over the one giving the year", () => {
    const e = engineOf({
      'bridge.txt': `Bridge Trial\nTwo engineers of the Kelby bridge collapse of 1998 go on trial this week.\nThe trial is expected to last a month.\nThe collapse, on 17 October, closed the estuary road for a year.\n${filler}`,
    });
    const q = 'when did the kelby bridge collapse happen';
    expect(ask(e, q, withParams({ dayDateBoost: 0 })).hits[0]!.snippet).not.toContain('17 October');
    expect(ask(e, q).hits[0]!.snippet).toContain('17 October');
  });
});
