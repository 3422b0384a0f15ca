/**
 * The twelfth round of attribution rules: made-up names and text, each test showing that the rule
 * is what gets the quotation right, and that its guards keep it from other people's words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, needsBesides, quoteOf, speakers } from './quote-needs.js';

afterEach(() => switchOff([]));

describe('twelfth-round attribution rules', () => {
  it('gives a lone quotation the speaker named after the next one, with only the reporter between', () => {
    const text =
      'Cards\n\nBanks are trying the scheme. Tom Varrow, from Cardco, told reporters there were two parts to it. The hardest is knowing who is online.\n\n' +
      '"The answer is to combine something you know with something you have." The reader makes codes that last 30 seconds. "You put the card in the reader and a code is given," said Mr Varrow.\n';
    needs('backward-chains', 'The answer is to combine something you know with something you have.', 'Tom Varrow', text);
  });

  it('leaves a lone quotation to the person its paragraph is about, not to the next speaker', () => {
    const text =
      'Fabrics\n\n"Clothes will talk to each other," said Sam Doel.\n\nShirts can already read the heart.\n\nSam Doel picks up the theme. His main concern is "privacy". "We have to build security in." How will our brains change? ' +
      '"We cannot assume the brain will not change," warns Ann Pellow.\n';
    expect(speakers(text)['We have to build security in.']).not.toBe('Ann Pellow');
  });

  it("leaves words right after another speaker's quotation to them, even where the rules could not name them", () => {
    const text =
      'Show\n\n"The show was vetted by our standards department," said a network spokesman. "Any station may drop it from its schedule." ' +
      'Tom Varrow, who owns one of them, said: "We will not show it."\n';
    expect(speakers(text)['Any station may drop it from its schedule.']).toBeNull();
  });

  it("gives 'Mr Blare' to the Blare the corpus calls Mr, where the article also names a Sir Ian Blare", () => {
    const text =
      'Terror\n\nSir Ian Blare said terror groups had long memories. "They know what happened," he said.\n\n' +
      'The comments came after Tony Blare defended his plans. Critics were not convinced.\n\nBut Mr Blare insisted: "There is no greater liberty than to live free from attack."\n';
    needs('courtesy-choices', 'There is no greater liberty than to live free from attack.', 'Tony Blare', text, 'Speech\n\nTony Blare gave a speech. "We will win," Mr Blare said.\n');
  });

  it("keeps a man the article calls 'Mr' male, though 'she' twice follows his name", () => {
    // The mother's 'she' after her son's name must not make him a woman's pronoun's antecedent.
    const text =
      "Singer's trial\n\nReporters covering singer Michael Jaxon's trial have asked to see the jury papers. Mr Jaxon denies the charges.\n\n" +
      'Meanwhile Michael Jaxon\'s mother has said she is "100% certain" her son is innocent.\n\n' +
      'Mr Jaxon, 46, denies the charges. His mother Katherine Jaxon told a TV network that her son was innocent. "I believe that for one reason - I know his character," she said. ' +
      '"He loves children." Describing Mr Jaxon as "a good person", the mother-of-nine said she feared he would not be given a fair trial. "I cannot sleep for thinking of what they might do to him," she said.\n';
    needs('titled-sex', 'I cannot sleep for thinking of what they might do to him,', 'Katherine Jaxon', text, 'Music\n\nMichael Jaxon sang. "I am back," Mr Jaxon said.\n');
  });

  it("reads a subject over 'was due to', 'is expected to' to its speech verb, but not over 'would not to'", () => {
    const text = 'Speech\n\nMichael Hobart addressed activists.\n\n"We have a moral duty," he was due to say. Hobart is expected to tell them: "We will win."\n';
    needs('periphrastic-verbs', 'We have a moral duty,', 'Michael Hobart', text);
    needs('periphrastic-verbs', 'We will win.', 'Michael Hobart', text);
    const declined = 'Shares\n\nA spokesman for Latex Group would not to comment on "market talk". Ann Roe, its chief, said: "We are calm."\n';
    expect(quoteOf('market talk', declined)?.organisationId ?? null).toBeNull();
  });

  it("gives 'Baroness Kennedy' to the one woman of that surname, not to the man quoted more often", () => {
    const men = ['Vote\n\n"We will win," said Charles Kennedy.\n', 'Tax\n\n"It is unfair," said Charles Kennedy. Mr Kennedy spoke in Bath.\n'];
    const woman = 'Law\n\n"The bill is flawed," said Helena Kennedy QC.\n';
    const text = 'Trust\n\nLabour peer Baroness Kennedy, who chairs the inquiry, said people distrusted politicians. "This feeling of distrust will grow," she said.\n';
    needs('courtesy-sex', 'This feeling of distrust will grow,', 'Helena Kennedy', text, woman, ...men);
  });

  it("takes 'she said' up as the person after 'by' when the sentence's subject is someone else's possessive", () => {
    const text =
      'Film\n\n"Our premieres became fundraisers," said festival director Tom Prater.\n\n' +
      'Mr Prater\'s sentiments were echoed by Christine Rush, director of the festival market. "We have been careful," she said.\n';
    // Christine Rush is also the one woman the sentence names, which sex-only-antecedents reads.
    needsBesides('possessive-bystanders', ['sex-only-antecedents'], 'We have been careful,', 'Christine Rush', text);
  });

  it("keeps a peer named with a seat ('Lord Nickle of Birkenhead') apart from another article's Richard Nickle", () => {
    const lawyer = 'Court\n\n"The ruling was fair," said Richard Nickle, a lawyer. Mr Nickle spoke outside court.\n';
    const text = 'Lords\n\nThe law lords ruled against the government. Lord Nickle of Birkenhead said detention was wrong. "Indefinite imprisonment is anathema," Lord Nickle said.\n';
    needs('peer-seats', 'Indefinite imprisonment is anathema,', 'Lord Nickle of Birkenhead', text, lawyer);
  });

  it("reads a name right after an opening adverbial as leading its sentence, for the 'she said' after it", () => {
    const text = 'TV\n\nIn an interview in January, Jane Harlow slated the show.\n\n"It is a shame people cannot write a script," she said.\n';
    needs('fronted-leads', 'It is a shame people cannot write a script,', 'Jane Harlow', text);
  });

  it("reads a name past an age set off after it ('Tom Varrow, 45, from Leeds, said:')", () => {
    needs('age-appositives', 'It was terrible.', 'Tom Varrow', 'Flood\n\nTom Varrow, 45, said: "It was terrible."\n');
    needs('age-appositives', 'We lost everything.', 'Jane Pell', 'Flood\n\nMother-of-two Jane Pell, 34, from Bristol, said: "We lost everything."\n');
  });

  it("takes 'he' up as the one man a sentence names when its subject is a woman", () => {
    const text = 'Oscars\n\n"Swank will win," said critic Tom Varrow.\n\nJane Staunton is also the choice of Steven Gaydos, editor of Variety. "It could go either way," he told the BBC.\n';
    needs('sex-only-antecedents', 'It could go either way,', 'Steven Gaydos', text, 'Film\n\n"I am thrilled," said Jane Staunton.\n');
  });

  it("does not take 'Mr Howard' for a Howard Flight, whose given name it is, when the corpus has a Mr Howard", () => {
    const leader = 'Tories\n\n"We will cut taxes," said Tory leader Michael Howard. Mr Howard spoke in Bath.\n';
    const text = 'Resignation\n\nHoward Flight, the party\'s deputy chairman, stood down on Friday.\n\n"We do not say one thing in private and another in public," Mr Howard said.\n';
    needs('courtesy-surnames-only', 'We do not say one thing in private and another in public,', 'Michael Howard', text, leader);
  });
});
