/**
 * The eighth round of attribution rules, each written from a shape a fresh round of blind labels
 * (or the unlabelled archive) showed going wrong: made-up names and text, one rule per test, each
 * shown to be what gets the quotation right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { buildQuoteIndex } from '../src/quotes/index.js';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, quoteOf, speakers } from './quote-needs.js';

afterEach(() => switchOff([]));

describe('eighth-round attribution rules', () => {
  it('keeps an acronym a name though a house style prints it in lower case now and then', () => {
    const styled = 'Cable deals\n\nCable firms qrx and Vantel are rivals. Shares in qrx rose.\n';
    const text = 'Films on demand\n\nCable firm QRX is to offer films on demand, it said on Monday. Shares in QRX rose and analysts praised QRX.\n\nQRX said it had not ruled out a recorder. "What we are offering is truly on demand," said a spokesman for the company.\n';
    needs('acronym-case', 'What we are offering is truly on demand,', 'QRX', styled, text);
  });

  it('gives the words to the person a body describes before the verb, not to the body', () => {
    const text = 'Fraud case\n\nThe FBI said it was investigating.\n\n"The vendors were the key ingredients in the fraud," Jo Pardew of the FBI said.\n';
    needs('people-of-bodies', 'The vendors were the key ingredients in the fraud,', 'Jo Pardew', text);
  });

  it('reads a given name that is also an ordinary word as opening a name the article then quotes by surname', () => {
    const text = 'Grant Fenby\'s job is not easy.\n\nThe council will grant funds this year and grant more next year. "It is hard work," explains Fenby.\n';
    needs('common-given-names', 'It is hard work,', 'Grant Fenby', text);
  });

  it('reads a given name that also ends bodies\' names as opening a person\'s name', () => {
    const text = 'Music man\n\nThe job of Bill Fenby is hard. "It is exciting," said Bill Fenby.\n';
    needs('org-word-given-names', 'It is exciting,', 'Bill Fenby', text);
  });

  it('gives a profile\'s late "he says" to the one person the article has named', () => {
    const text = 'Profile\n\nAnalyst Tom Roe has worked at Quell for years. "We grow," says Mr Roe.\n\nThe firm makes software. It sells it widely. Sales rose last year. Margins fell.\n\n"I am confident the industry will be short of skills," he says.\n';
    needs('sole-person', 'I am confident the industry will be short of skills,', 'Tom Roe', text);
  });

  it('continues a speaker\'s run past a sentence that only names a body', () => {
    const text = 'Club finances\n\nVice-chairman Tom Roe spoke in Dubai. "We will review our finances," Mr Roe said.\n\nSince the formation of the Premier League, clubs have seen income soar. "Television has been the driving force."\n';
    const body = 'League news\n\nThe Premier League said it was pleased with the deal.\n';
    needs('body-topics', 'Television has been the driving force.', 'Tom Roe', body, text);
  });

  it('opens a new paragraph of a quotation after a sentence ending in an inner quotation, not a phrase inside it', () => {
    const text = 'Free-kicks\n\nFormer referee Tom Roe backed the decision. "Referees ask the player \'do you want the wall back?\' "If they say \'quick\', the referee moves away." Roe was head of referees for years.\n';
    needs('inner-quote-ends', "Referees ask the player 'do you want the wall back?' If they say 'quick', the referee moves away.", 'Tom Roe', text);
  });

  it('does not give a quotation to the person it calls by their given name', () => {
    const text = 'Villa row\n\nManager Dan Pearce has rapped skipper Olaf Lindgren for his comments.\n\nLindgren spoke of his dislike of the rivals. "I\'ve had more than a quiet word with Olaf," he told the club\'s website.\n';
    needs('self-named-alone', "I've had more than a quiet word with Olaf,", null, text);
  });

  it('reads two posts joined by "and" before an inverted name as one person\'s', () => {
    const text = 'Accounts restated\n\n"We have a solid foundation on which to move forward," said Nortex president and chief executive Bill Owder.\n';
    needs('joint-posts', 'We have a solid foundation on which to move forward,', 'Bill Owder', text);
  });

  it('takes he for the one person named by a sentence that has no subject of its own', () => {
    const text = 'Dollar row\n\nUS Treasury Secretary Tom Roe said a strong dollar was in America\'s interest.\n\nBut that was not enough for Mr Jim Bell. "If the Americans were to change their policy, it is up to them to say so," he said.\n';
    needs('object-antecedents', 'If the Americans were to change their policy, it is up to them to say so,', 'Jim Bell', text);
  });

  it('reads a lower-case "den" inside a Dutch name as part of it', () => {
    const text = 'Airline results\n\nAviation analyst Nick Van den Brul of Parisbank said: "It is quite good on the revenue side."\n';
    expect(speakers(text)['It is quite good on the revenue side.']).toBe('Nick Van den Brul');
  });

  it('takes a post set off after a name before the verb as vouching for a given name no list holds', () => {
    const text = 'Payroll fraud\n\nQuorbu Nangale, a journalist based in the capital, said the government would act. "The prime minister has given instructions for penalties," he told the BBC.\n';
    needs('preposed-posts', 'The prime minister has given instructions for penalties,', 'Quorbu Nangale', text);
  });

  it('finds the name before a description that has an appositive of its own', () => {
    const text = 'Exchange bid\n\nBut, Hans Reckler, a board member of the central bank, the Quellbank, said trading should stay. "It is not just the headquarters that must stay."\n';
    needs('nested-appositives', 'It is not just the headquarters that must stay.', 'Hans Reckler', text);
  });

  it('takes a sentence saying what post a name holds as vouching for it', () => {
    const text = 'Civil service strike\n\nPickets were out across the city.\n\nPiers Fenlow is senior benefit officer on the picket line at the tax office. He said: "The majority of people have decided not to come in."\n';
    needs('copular-posts', 'The majority of people have decided not to come in.', 'Piers Fenlow', text);
  });

  it('gives a law\'s term to no one: a law is no speaker', () => {
    const text = 'Terror law\n\nThe Prevention of Quellism Bill proposes "control orders" for suspects.\n';
    const other = 'Terror law vote\n\nThe Prevention of Quellism Bill proposes new powers, ministers said.\n';
    switchOff([]);
    expect(quoteOf('control orders', text, other)?.organisationId ?? null).toBeNull();
    switchOff(['laws-speak-not']);
    expect(quoteOf('control orders', text, other)?.organisationId).toBe('org-prevention-of-quellism-bill');
    switchOff([]);
  });

  it('gives a quotation to the name that alone ends its sentence, though the verb was dropped', () => {
    const text = 'Growth slows\n\nEconomist Gary Thornbury of Quill Edwards said the figure was soft. "The economy regained some traction, but the growth is not robust," Quill Edwards\' Thornbury.\n';
    needs('verbless-attributions', 'The economy regained some traction, but the growth is not robust,', 'Gary Thornbury', text);
  });

  it('reads a hyphened compound before a name as a description, not as an unnamed person or an object', () => {
    const text = 'Wales win\n\n"We had to show character," said coach Mike Ruddwell. Man-of-the-match Stephen Jonet, who kicked three penalties, was ecstatic after the win.\n\n"It is just a special moment," he said.\n';
    const other = 'Fly-half fit\n\n"I am fit," said Stephen Jonet.\n';
    needs('hyphened-compounds', 'It is just a special moment,', 'Stephen Jonet', other, text);
  });

  it('makes no organisation of two countries\' officials ("US and Chinese officials said")', () => {
    const text = 'Trade talks\n\nUS and Chinese officials said on Sunday they had agreed a framework. "We have a deal," said Treasury Secretary Tom Bessel.\n';
    const qi = buildQuoteIndex(buildCorpus([{ file: 'a0.txt', content: text }]));
    expect(qi.speakers.map((x) => x.name)).not.toContain('US and Chinese');
    expect(qi.speakers.map((x) => x.name)).toContain('Tom Bessel');
  });
});
