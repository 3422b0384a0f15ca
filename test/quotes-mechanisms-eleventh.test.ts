/**
 * The eleventh round of attribution rules, from shapes the archive's unattributed quotations
 * showed: made-up names and text, one rule per test, each shown to be what gets the quotation right.
 */
import { afterEach, describe, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs } from './quote-needs.js';

afterEach(() => switchOff([]));

describe('eleventh-round attribution rules', () => {
  // A second article quotes another Varrow, so 'Mr Varrow' alone must find the one this article names.
  const OTHER = 'Committee\n\n"It is bad," said Tom Varrow, chair of the committee.\n';

  it("reads the name after a sentence's opening preposition ('For Rick Varrow, director of…')", () => {
    const text = 'HD films\n\nFor Rick Varrow, director of business development for THX, a high-definition future is an exciting prospect.\n\n"Our data rates are high," says Mr Varrow.\n';
    needs('opening-prepositions', 'Our data rates are high,', 'Rick Varrow', text, OTHER);
  });
});
