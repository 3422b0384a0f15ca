/**
 * Extraction and attribution rules one at a time, on small articles written for each case: the
 * shapes quotations take in news copy, and the quoted text that is nobody's speech.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { buildQuoteIndex, type Quote } from '../src/quotes/index.js';

/** Every quotation of one article, as [text, speaker name or null, partial]. */
function quotesOf(text: string): [string, string | null, boolean][] {
  const qi = buildQuoteIndex(buildCorpus([{ file: 'a.txt', content: text }]));
  const name = (q: Quote) => (q.speakerId ? qi.speakerById[q.speakerId]!.name : null);
  return [...qi.quotes].sort((a, b) => a.citations[0]!.passageId.localeCompare(b.citations[0]!.passageId, 'en', { numeric: true }) || text.indexOf(a.text) - text.indexOf(b.text)).map((q) => [q.text, name(q), q.partial]);
}

const INTRO = 'Finance Minister Jane Roe presented the budget on Monday.\n\n';

describe('quotation shapes', () => {
  it('attributes both halves of a quotation split around its attribution', () => {
    expect(quotesOf(`${INTRO}"We will balance the books," said Roe, who has held the post since 2021. "And we will do it without new taxes."\n`)).toEqual([
      ['We will balance the books,', 'Jane Roe', false],
      ['And we will do it without new taxes.', 'Jane Roe', false],
    ]);
  });

  it('reads speaker-first forms: a colon, "told X:", "wrote:", and "according to"', () => {
    const got = quotesOf(
      `${INTRO}Roe told the BBC: "We are ready for the vote."\n\nIn a post on social media, Roe wrote: "Thank you to everyone who worked on this."\n\nThe opposition plan is "dead in the water", according to Senator Mark Hill.\n`,
    );
    expect(got).toEqual([
      ['We are ready for the vote.', 'Jane Roe', false],
      ['Thank you to everyone who worked on this.', 'Jane Roe', false],
      ['dead in the water', 'Mark Hill', true],
    ]);
  });

  it('reads inverted attributions with a title and questions', () => {
    expect(quotesOf(`"It is over," said Finance Minister Jane Roe.\n\n"Who will pay for this?" asked opposition leader John Doe.\n`)).toEqual([
      ['It is over,', 'Jane Roe', false],
      ['Who will pay for this?', 'John Doe', false],
    ]);
  });

  it('gives a partial quotation in reported speech to the subject of its verb', () => {
    expect(quotesOf(`${INTRO}Roe called the opposition's plan "a fantasy" and said its costings were "simply not credible".\n`)).toEqual([
      ['a fantasy', 'Jane Roe', true],
      ['simply not credible', 'Jane Roe', true],
    ]);
  });

  it('joins a straight-quoted quotation over two paragraphs, attribution before it', () => {
    expect(quotesOf(`${INTRO}Roe said: "This budget is about the next ten years.\n\n"It is not about the next election."\n`)).toEqual([
      ['This budget is about the next ten years. It is not about the next election.', 'Jane Roe', false],
    ]);
  });

  it('drops the reopening marks of a long quoted paragraph, wherever the paragraph is cut into passages', () => {
    // Every sentence after the first reopens the quotation the BBC way, so one of them starts the
    // second passage the 700-character paragraph is cut into.
    const sentences = Array.from({ length: 12 }, (_, n) => `Point ${n + 1} of the plan is that every school in the county gets the new money it was promised.`);
    const [quoted] = quotesOf(`${INTRO}Roe said: "${sentences.join(' "')}"\n`);
    expect(quoted).toEqual([sentences.join(' '), 'Jane Roe', false]);
  });

  it('reads a bare possessive before a post as whose the post is, so "he" is the one holding it', () => {
    const text = 'Sprinter Tomas Kalderis missed the test on Friday.\n\nKalderis\' lawyer Jo Quill was angry on Monday. "It is a disgrace," he said.\n';
    expect(quotesOf(text)).toContainEqual(['It is a disgrace,', 'Jo Quill', false]);
  });

  it('reads guillemets, wrong-way curly quotes and a nested quotation as one quotation each', () => {
    expect(
      quotesOf(`${INTRO}«We have no choice,» Roe said.\n\n”The markets will decide,” Roe added.\n\n“My father told me ‘never borrow for today’ and he was right,” Roe said.\n`),
    ).toEqual([
      ['We have no choice,', 'Jane Roe', false],
      ['The markets will decide,', 'Jane Roe', false],
      ['My father told me ‘never borrow for today’ and he was right,', 'Jane Roe', false],
    ]);
  });

  it('reads a single-quoted headline phrase and gives it to the person named there', () => {
    expect(quotesOf(`Roe vows ‘no new taxes’ as budget looms\n\nFinance Minister Jane Roe said on Monday that the budget would hold.\n`)).toEqual([['no new taxes', 'Jane Roe', true]]);
  });
});

describe('what is not a quotation, and what is nobody’s', () => {
  it('does not mistake apostrophes for quotation marks', () => {
    expect(quotesOf(`${INTRO}The leaders’ summit opened in China’s capital, where ’90s pop played and rock ’n’ roll did not.\n`)).toEqual([]);
  });

  it('skips nicknames, titles of works and placards', () => {
    expect(
      quotesOf(
        `${INTRO}Roe, known as "The Iron Chancellor" in the press, appeared on the "Morning Briefing" programme. Protesters carried signs saying "Tax The Rich" and a banner reading "no cuts".\n`,
      ),
    ).toEqual([]);
  });

  it('leaves statements of organisations and unnamed people unattributed, even right after a named speaker', () => {
    expect(
      quotesOf(
        `${INTRO}"We will not back down," Roe said.\n\n"The figures do not add up," a Treasury official said.\n\n"We regret the error," the bank said in a statement.\n\nThe ministry said the forecast was "prudent".\n`,
      ),
    ).toEqual([
      ['We will not back down,', 'Jane Roe', false],
      ['The figures do not add up,', null, false],
      ['We regret the error,', null, false],
      ['prudent', null, true],
    ]);
  });

  it('resolves he/she and "the minister" to the most recent fitting person, and leaves them alone when nobody fits', () => {
    expect(
      quotesOf(
        `"Nothing is certain," she said.\n\n${INTRO}The minister defended the cuts. "They are necessary," she said.\n\n"There is no alternative," the minister added.\n\nOpposition leader John Doe disagreed. "This is a disaster," he said.\n`,
      ),
    ).toEqual([
      ['Nothing is certain,', null, false],
      ['They are necessary,', 'Jane Roe', false],
      ['There is no alternative,', 'Jane Roe', false],
      ['This is a disaster,', 'John Doe', false],
    ]);
  });

  it('does not carry a speaker over to a quotation after someone else is named', () => {
    const got = quotesOf(`${INTRO}"We will win," Roe said.\n\nOpposition leader John Doe disagreed.\n\n"We will see."\n`);
    expect(got[0]).toEqual(['We will win,', 'Jane Roe', false]);
    expect(got[1]?.[1]).not.toBe('Jane Roe');
  });

  it('learns a title set off after a name, for a later "the minister said"', () => {
    expect(quotesOf(`Anna-Lena Berg, the health minister, visited the ward on Friday.\n\n"We owe these nurses a great deal," the minister said.\n`)).toEqual([
      ['We owe these nurses a great deal,', 'Anna-Lena Berg', false],
    ]);
  });

  it('gives a joint statement to neither person', () => {
    expect(quotesOf(`${INTRO}Roe and opposition leader John Doe said in a joint statement: "We stand together."\n`)).toEqual([['We stand together.', null, false]]);
  });

  it('leaves an opening quotation with no attribution anywhere unattributed', () => {
    expect(quotesOf(`"The era of cheap money is over."\n\nMarkets fell sharply on Monday.\n`)).toEqual([['The era of cheap money is over.', null, false]]);
  });
});

describe('two articles in other beats, written after the rules were (not tuned to them)', () => {
  it('reads a football story: a club statement, a chant, a pundit, a speaker by title only', () => {
    const got = quotesOf(`Manchester United sack manager after derby defeat

Manchester United have sacked manager Erik Dahl after Sunday's 4-0 defeat by City, the club announced on Monday.

"The board felt a change was needed to give the team the best chance of finishing in the top four," United said in a statement.

Dahl, 52, had been under pressure for weeks. Speaking after the derby, he told Sky Sports: "I take full responsibility. The players gave everything but it was not enough."

Captain Bruno Almeida said the squad was "shocked" by the news.

Fans outside Old Trafford chanted "Dahl Out" before kick-off on Sunday.

Former United defender Gary Reeves, now a pundit for the BBC, called the decision "inevitable". Writing in his column, Reeves said: "You cannot lose derbies like that and keep your job."

Assistant coach Maria Lopez will take charge of Saturday's match. Lopez, 41, said she was "honoured" to step in.

"It's a sad day," said one supporter, who asked not to be named.
`);
    expect(got).toEqual([
      ['The board felt a change was needed to give the team the best chance of finishing in the top four,', null, false],
      ['I take full responsibility. The players gave everything but it was not enough.', 'Erik Dahl', false],
      ['shocked', 'Bruno Almeida', true],
      ['inevitable', 'Gary Reeves', true],
      ['You cannot lose derbies like that and keep your job.', 'Gary Reeves', false],
      ['honoured', 'Maria Lopez', true],
      ["It's a sad day,", null, false],
    ]);
  });

  it('reads a business story: a split quotation, an analyst with an appositive, "he said"', () => {
    const got = quotesOf(`Chipmaker warns of slowdown as AI demand cools

NovaChip Inc. shares fell 12% on Wednesday after the company cut its revenue forecast.

Chief executive Priyanka Rao told analysts on a call that demand from data-centre customers had "softened materially" in the past quarter.

"We are not immune to the cycle," Rao said. "But our long-term position has never been stronger."

Chief financial officer Tom O'Neill added that the company would slow hiring. "We're being prudent," he said.

Analysts were unconvinced. "This is the first crack," said Jen Walsh, an analyst at Bernstein. "Others will follow."

Rao, who founded the company in 2009, has described AI as "the defining technology of our lifetimes".
`);
    expect(got).toEqual([
      ['softened materially', 'Priyanka Rao', true],
      ['We are not immune to the cycle,', 'Priyanka Rao', false],
      ['But our long-term position has never been stronger.', 'Priyanka Rao', false],
      ["We're being prudent,", "Tom O'Neill", false],
      ['This is the first crack,', 'Jen Walsh', false],
      ['Others will follow.', 'Jen Walsh', false],
      ['the defining technology of our lifetimes', 'Priyanka Rao', true],
    ]);
  });
});
