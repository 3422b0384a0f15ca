/**
 * The tenth round of attribution rules, from shapes the blind dev labels showed missed: made-up
 * names and text, one rule per test, each shown to be what gets the quotation right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, quoteIndexOver, speakers } from './quote-needs.js';

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

  it('gives "…," said Word. to a person known by one name, and the quotation after it too', () => {
    const text = 'Jumps\n\nThe 26-year-old landed 17.30m. "I did not have a clue," said Idowe. "I have not jumped indoors before."\n';
    needs('quoted-mononyms', 'I did not have a clue,', 'Idowe', text);
    needs('quoted-mononyms', 'I have not jumped indoors before.', 'Idowe', text);
  });

  it('makes no person of an ordinary word after "…," said', () => {
    // 'Later' opens the next sentence in other copy; here the lower-case uses make it an ordinary word.
    const text = 'Jumps\n\n"I did not have a clue," said Later. It came later, much later than later.\n';
    expect(quoteIndexOver(text).speakers.map((s) => s.name)).not.toContain('Later');
  });

  it('reads "M&S" as one initialism and a name joined by an ampersand as the firm it stands for', () => {
    const text = 'Mortgages\n\nBradley & Bingham said growth was slowing. Overall, B&B said that "the fundamentals remain strong". "Interest rates are likely to remain low."\n';
    needs('ampersand-names', 'Interest rates are likely to remain low.', 'Bradley & Bingham', text);
  });

  it('reads a name past a post\'s lower-case complement after "of" as the one "he said" stands for', () => {
    const text = 'Racism row\n\nThe storm grew. Spain\'s minister of sport Jaime Lissavetko backed the decision. "Everyone has to consider it," he said.\n';
    needs('of-complements', 'Everyone has to consider it,', 'Jaime Lissavetko', text);
  });

  it('reads no name out of a firm described after "of" with a longer complement', () => {
    const text = 'Oil\n\n"Countries need energy," said Jon Westerly, managing director of oil industry analysts Douglas-Westerly. "We forecast a decline," Mr Westerly said.\n';
    expect(quoteIndexOver(text).speakers.map((s) => s.name)).not.toContain('Douglas-Westerly');
  });

  it('reads a capital with no dot between a given name and a surname as the name\'s initial', () => {
    const text = 'Court\n\nWalter M Phillipson said the comedian was pleased. "He looks forward to moving on with his life," he said.\n';
    needs('dotless-initials', 'He looks forward to moving on with his life,', 'Walter M Phillipson', text);
  });

  it('reads "the Bishop of Place, the Rt Rev Name," as that person\'s post, for a later "the Bishop said"', () => {
    const text = 'Book row\n\nThe Bishop of Dunham, the Rt Rev Tom Wrighton, described Dan Brownley\'s novel as a "great thriller". Brownley said he was hurt.\n\nThe Bishop said: "Conspiracy theories are always fun."\n';
    needs('office-appositives', 'Conspiracy theories are always fun.', 'Tom Wrighton', text);
  });

  it('gives a spokesperson\'s words to the body after "a spokeswoman for the", though its name holds "for"', () => {
    const text = 'Aid\n\nA spokeswoman for the Office for Overseas Giving said: "The government has made a clear commitment."\n';
    needs('spoken-for-names', 'The government has made a clear commitment.', 'Office for Overseas Giving', text);
  });

  it('keeps the person before "from the UK\'s Body," as the speaker, not the body', () => {
    const other = 'Arms\n\nA spokesman for Liberty Watch said the ban was right.\n';
    const text = 'Embargo\n\nBrad Adamson, from the UK\'s Liberty Watch, said: "This is a huge political signal."\n';
    needs('possessor-objects', 'This is a huge political signal.', 'Brad Adamson', other, text);
  });

  it('registers a body taken up by its first word under the fuller name its article prints', () => {
    const text = 'Oil output\n\nShares in Varnock Energy fell. Varnock said output had dropped. "It is a significant downgrade," it added.\n';
    needs('fuller-names', 'It is a significant downgrade,', 'Varnock Energy', text);
  });

  it('keeps a body\'s own name when its article also prints a subsidiary in a place', () => {
    const text = 'Oil output\n\nVarnock USA filed for bankruptcy. Varnock said output had dropped. "It is a significant downgrade," it added.\n';
    expect(speakers(text)['It is a significant downgrade,']).toBe('Varnock');
  });

  it('gives "the chancellor" to the chancellor, not to the shadow chancellor named last', () => {
    const text = 'Budget row\n\nChancellor Gordon Brigg set out his plans. Shadow chancellor Oliver Lettow attacked them.\n\n"They are affordable," the chancellor said.\n';
    needs('rank-modifiers', 'They are affordable,', 'Gordon Brigg', text);
  });

  it('reads an epithet after a sentence of someone\'s quotation as its speaker', () => {
    const text = 'Cup tie\n\nBoss Steve McCorran praised his side. McCorran said it was a fine night, and McCorran smiled. Forward Boudewijn Zandt scored twice. "We did well," said Zandt. "We pressured them early." The Holland international said the side were confident. "We have a good feeling," he added.\n';
    needs('quoted-epithets', 'We have a good feeling,', 'Boudewijn Zandt', text);
  });

  it('does not read an epithet as the speaker of a quotation about someone else', () => {
    const text = 'Injury\n\nMark Phillipson was hurt in the final. Phillipson will miss the Open, and Phillipson is upset. "He must rest," said doctor Hamish Osbourne. "Phillipson\'s injury is slightly different." The Australian still hopes to play. "I will go by feel," he said.\n';
    expect(speakers(text)['I will go by feel,']).toBe('Mark Phillipson');
  });

  it('keeps two different things one person said in one article apart, though one holds most of the other\'s words', () => {
    const text = 'Match\n\nClub president Jose Astrana said: "We thought the best thing was to play the time remaining."\n\nLater Astrana added: "We thought about giving the game as concluded but we decided the best thing was to play the time that was remaining."\n';
    needs('one-article-wordings', 'We thought the best thing was to play the time remaining.', 'Jose Astrana', text);
  });
});
