/**
 * The quotation scorer of `npm run eval:quotes`: how an extracted quotation is matched to the
 * labels a reader wrote, paragraph by paragraph.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { buildQuoteIndex } from '../src/quotes/index.js';
import { scoreQuotes } from '../src/cli/eval/quotes.js';

// A three-paragraph quotation (open quote mark on each paragraph, closed only at the end), the
// first paragraph quoting back someone else's phrase.
const TEXT =
  'Club denies talks\n\n' +
  'Liverpool chief executive Rick Tarrant denied the club had used Steve Marlow as "a stalking horse".\n\n' +
  '"Steve has never been used as a stalking horse. There is no need for that.\n\n' +
  '"His interest was taken on its own merits, and he knows how we feel about the club.\n\n' +
  '"We had discussions with Steve last year and the door is not closed," said Tarrant.\n';

describe('quotation scorer', () => {
  it('counts a multi-paragraph quotation found when a phrase inside it is labelled with another speaker', () => {
    const corpus = buildCorpus([{ file: 'a0.txt', content: TEXT }]);
    const qi = buildQuoteIndex(corpus);
    const q = (text: string, speaker: string, partial = false) => ({ text, speaker, kind: 'speech' as const, partial });
    const labels = {
      corpus: 'test',
      articles: [
        {
          article: 'a0.txt',
          quotes: [
            q('a stalking horse', 'Steve Marlow', true),
            q('Steve has never been used as a stalking horse. There is no need for that.', 'Rick Tarrant'),
            q('His interest was taken on its own merits, and he knows how we feel about the club.', 'Rick Tarrant'),
            q('We had discussions with Steve last year and the door is not closed,', 'Rick Tarrant'),
          ],
        },
      ],
    };
    const s = scoreQuotes(corpus, qi, labels);
    expect(s.fullTotal).toBe(3);
    expect(s.fullFound).toBe(3);
  });

  it("counts words given to another person of the label's surname as wrong, and the same person under a title as right", () => {
    // 'Mr Boyd' in the third article is Dan Boyd; the registry's one Boyd, from other articles, is Michael Boyd.
    const articles = [
      'Raid\n\n"We raided the universities," said Michael Boyd, a customs officer.\n',
      'Trade\n\nMichael Boyd told reporters the ports were busy. "We are busy," Mr Boyd said.\n',
      'Piracy\n\n"It cost billions," said Mr Boyd.\n\n"We will win," said Vince Cable.\n',
    ];
    const corpus = buildCorpus(articles.map((content, n) => ({ file: `a${n}.txt`, content })));
    const qi = buildQuoteIndex(corpus);
    const q = (text: string, speaker: string) => ({ text, speaker, kind: 'speech' as const, partial: false });
    const labels = {
      corpus: 'test',
      articles: [
        { article: 'a1.txt', quotes: [q('We are busy,', 'Mr Michael Boyd')] },
        { article: 'a2.txt', quotes: [q('It cost billions,', 'Dan Boyd'), q('We will win,', 'Vince Cable')] },
      ],
    };
    const s = scoreQuotes(corpus, qi, labels);
    expect(s.fullTotal).toBe(3);
    expect(s.fullFound).toBe(2);
    expect(s.wrongPerson).toBe(1);
  });
});
