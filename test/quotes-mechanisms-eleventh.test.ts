/**
 * The eleventh round of attribution rules, from shapes the archive's unattributed quotations
 * showed: made-up names and text, one rule per test, each shown to be what gets the quotation right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, quoteIndexOver, speakers } from './quote-needs.js';

afterEach(() => switchOff([]));

describe('eleventh-round attribution rules', () => {
  // A second article quotes another Varrow, so 'Mr Varrow' alone must find the one this article names.
  const OTHER = 'Committee\n\n"It is bad," said Tom Varrow, chair of the committee.\n';

  it("reads the name after a sentence's opening preposition ('For Rick Varrow, director of…')", () => {
    const text = 'HD films\n\nFor Rick Varrow, director of business development for THX, a high-definition future is an exciting prospect.\n\n"Our data rates are high," says Mr Varrow.\n';
    needs('opening-prepositions', 'Our data rates are high,', 'Rick Varrow', text, OTHER);
  });

  it("keeps a given name that is also an ordinary word when a courtesy title stands before the surname ('Will Varrow' … 'Mr Varrow')", () => {
    // 'will' is an ordinary word of this corpus, as it is of any archive.
    const text = 'Games\n\nOne developer bucking the trend is Will Varrow, the creator of the best-selling games. Players will love it.\n\n"I want them to be directors," explained Mr Varrow. Mr Varrow said the game was ready.\n';
    needs('titled-given-names', 'I want them to be directors,', 'Will Varrow', text, OTHER, 'Weather\n\nIt will rain, and it will snow.\n');
  });

  it("gives '\"…,\" said trades union official Ulf Varrow' to the official, not to the union", () => {
    const text = 'Plants\n\n"It looks pretty grim," said Swedish trades union official Ulf Varrow. "What are we going to end up producing in Sweden?"\n';
    needs('official-posts', 'It looks pretty grim,', 'Ulf Varrow', text);
  });

  it("reads 'of the' and 'and' inside a capitalised post before the name after a quotation", () => {
    const known = 'Budget\n\nChancellor Gordon Varrow said it was fine. Minister Heizo Tanaki said so too.\n';
    needs('titles-of-the', 'It looks pretty grim,', 'Gordon Varrow', 'Aid\n\n"It looks pretty grim," said UK Chancellor of the Exchequer Gordon Varrow.\n', known);
    needs('titles-of-the', 'The economy has soft patches,', 'Heizo Tanaki', 'Growth\n\n"The economy has soft patches," said Economic and Fiscal Policy Minister Heizo Tanaki.\n', known);
  });

  it("gives '\"…,\" explains X of the Y Centre' to X, though the lists lack X's given name", () => {
    needs('speakers-of-bodies', 'It is coming,', 'Einar Varrow', 'Maps\n\n"It is coming," said Einar Varrow from Unosat, the mapping agency.\n');
    const centre = 'Ageing\n\n"Over 30% will be over 60," explains Shigeo Varrow of the International Longevity Centre in Tokyo.\n';
    needs('speakers-of-bodies', 'Over 30% will be over 60,', 'Shigeo Varrow', centre);
    expect(quoteIndexOver(centre).speakers.filter((s) => s.kind === 'organisation')).toEqual([]);
  });

  it("finds a name printed with a dotted initial ('Walter M. Varrow') as the registry's person, and shows the dot", () => {
    const text = 'Plants\n\n"It looks pretty grim," Walter M. Varrow said.\n';
    needs('dotted-initials', 'It looks pretty grim,', 'Walter M. Varrow', text);
  });

  it("reads a description with a hyphened compound of known names ('a spokesman for the Bush-Cheney campaign') as the speaker's", () => {
    const text = 'Vote\n\nThe policy was adopted after an attack on the website. Scott Varrow, a spokesman for the Bosh-Chenney campaign said: "The measure was taken for security reasons."\n';
    const known = 'Race\n\n"We will win," said President George W Bosh. "Fine," said Dick Chenney.\n';
    needs('hyphened-descriptions', 'The measure was taken for security reasons.', 'Scott Varrow', text, known);
  });

  it("reads 'the French president' as the post Jacques Varrac's titles hold, and 'the Scottish Executive' as no post", () => {
    const titles = 'Paris\n\nFrench President Jacques Varrac said it was fine. US President George Bosh said so too.\n';
    const text = 'Summit\n\nHis words about President Bosh met a cool reception from Jacques Varrac. The French president told reporters: "Europe needs to reinforce itself."\n';
    needs('national-posts', 'Europe needs to reinforce itself.', 'Jacques Varrac', text, titles);
    const body = 'Drink\n\nJack Lowe, chief executive of Alcohol Focus, said it was wrong. The Scottish Executive said: "It is a recognition that people will get drunk."\n';
    expect(speakers(body)['It is a recognition that people will get drunk.'] ?? null).not.toBe('Jack Lowe');
  });

  it("gives 'the statement continued' and 'said the statement' to the body quoted just before, and to nobody after a person", () => {
    const body = 'Doping\n\nThe IAAF has suspended both athletes. An IAAF statement said: "The board concluded that the decision is erroneous." The statement continued: "Both cases will be referred to arbitration."\n';
    needs('document-continuations', 'Both cases will be referred to arbitration.', 'IAAF', body);
    const society = 'Hunting\n\nThe RSPCA objected. "It would be difficult to ensure a clean kill," it said. "Animals hit but not killed would suffer," said the statement.\n';
    needs('document-continuations', 'Animals hit but not killed would suffer,', 'RSPCA', society);
    const person = 'Hunting\n\n"It would be difficult to ensure a clean kill," said Mark Varrow, a vet. "Animals hit but not killed would suffer," said the statement.\n';
    expect(speakers(person)['Animals hit but not killed would suffer,']).toBeNull();
  });

  it("reads 'Bill Varrow, general manager of…, said' opening a sentence as a person, though 'bill' is an ordinary word", () => {
    const text = 'Voip\n\nBill Varrow, general manager of the Voip business, said the technology would take off. "It is not about the pipe," he said.\n';
    const bills = 'Parliament\n\nA bill was passed. The bill is new. The bill is good.\n';
    needs('titled-common-given-names', 'It is not about the pipe,', 'Bill Varrow', text, bills);
  });

  it("reads past a description opening the sentence ('A former critic of the Lords, he…') to the he it describes", () => {
    const text = 'Peer\n\nLord Varrock was one of the EU commissioners. A former critic of the Lords, he has said he will use the Upper House to advocate its reform. "I accepted the kind invitation," he said.\n';
    needs('fronted-descriptions', 'I accepted the kind invitation,', 'Varrock', text);
  });

  it("gives 'he said' after '…but captain Fabien Varrou sees hope' to the captain, not to the coach named before", () => {
    const text = 'France\n\nWales coach Mike Ruddock said his side would be bold. France have been criticised for the absence of flair as they have ground their way to victory so far but captain Fabien Varrou sees hope on the horizon. "I get the impression we are getting better," he said.\n';
    needs('but-posts', 'I get the impression we are getting better,', 'Fabien Varrou', text);
  });

  it("gives 'the spokeswoman said' to the body whose spokeswoman was quoted just before", () => {
    const text = 'Bonds\n\n"We have passed the case to the public prosecutor," a BaFin spokeswoman said. "It is now a criminal investigation." "We found clues of possible manipulation," the spokeswoman said.\n';
    needs('spokesperson-continuations', 'We found clues of possible manipulation,', 'BaFin', text);
  });

  it("gives 'Paul Varrow MP, Labour's Chief Secretary to the Treasury, said:' to him, not to the Treasury", () => {
    const text = "Tax\n\nPaul Varrow MP, Labour's Chief Secretary to the Treasury, said: \"The sums do not add up.\"\n";
    const known = 'Budget\n\n"Good," a Treasury spokesman said. "Bad," said Paul Varrow.\n';
    needs('post-nominal-appositives', 'The sums do not add up.', 'Paul Varrow', text, known);
  });

  it("gives the participle after ', he claimed,' to the one claiming, not to the clause's subject, and the quotation after it too", () => {
    const text = 'Tories\n\nMichael Varrow set out his plans on Saturday. "Who can be trusted to get a grip on the disorder on our streets?" he asked.\n\nMr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.\n\n"The result is big government and higher taxes."\n';
    const blair = 'Labour\n\nTony Blair said so. "Fine," said Mr Blair.\n';
    needs('reporter-participles', 'The result is big government and higher taxes.', 'Michael Varrow', text, blair);
  });

  it("gives '\"…\" was Mr Varr's assessment' to Mr Varr", () => {
    const text = "Brown\n\nBBC political editor Andrew Varr said the article was a warning shot. \"It was, as always, coded and careful... but entirely deliberate,\" was Mr Varr's assessment.\n";
    needs('possessive-views', 'It was, as always, coded and careful... but entirely deliberate,', 'Andrew Varr', text);
  });

  it("reads 'The Tory finance spokesman, Brian Varrow MSP, said:' as his words, the letters after his name part of it", () => {
    const text = 'Tax\n\nThe Tory finance spokesman, Brian Varrow MSP, said: "It is a form of disguised taxation."\n';
    needs('post-nominal-appositives', 'It is a form of disguised taxation.', 'Brian Varrow', text);
  });
});
