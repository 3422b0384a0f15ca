/**
 * The tenth round of attribution rules, from shapes the blind dev labels showed missed: made-up
 * names and text, one rule per test, each shown to be what gets the quotation right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, quoteIndexOver } from './quote-needs.js';

afterEach(() => switchOff([]));

// 'Varnock' is a coined company name: no organisation word, no list knows it.
const RESULTS = 'Varnock profits\n\nVarnock said the housing market had proved "challenging" last year. "By late summer, the market had slowed sharply," it added.\n';

describe('tenth-round attribution rules', () => {
  it("gives '\"…,\" it added' to a coined company name the sentence before opens with", () => {
    needs('taken-up-bodies', 'By late summer, the market had slowed sharply,', 'Varnock', RESULTS);
    expect(quoteIndexOver(RESULTS).speakers.find((s) => s.name === 'Varnock')?.kind).toBe('organisation');
  });

  it("gives '\"…,\" the firm said' to the body too", () => {
    const text = 'Exchange bid\n\nThe Kessel Boerse dropped its bid on Friday. "We remain convinced the deal was right," the exchange operator said.\n';
    needs('taken-up-bodies', 'We remain convinced the deal was right,', 'Kessel Boerse', text);
  });

  it('makes no body of a person, a post or people in the plural that a sentence opens with', () => {
    const texts = [
      'Jobs row\n\nMarcus Ellory said the plan was wrong. "The cuts go too far," the company said.\n',
      'Jobs row\n\nHome Secretary Ellory said the plan was wrong. "The cuts go too far," the company said.\n',
      'Jobs row\n\nMillions of Germans rejected the plan. "The cuts go too far," the company said.\n',
    ];
    for (const text of texts) expect(quoteIndexOver(text).speakers.filter((s) => s.kind === 'organisation')).toEqual([]);
  });
});
