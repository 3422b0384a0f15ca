/**
 * The seventh round of attribution rules, each written from a shape the fresh blind labels (or the
 * unlabelled archive) showed going wrong: made-up names and text, one rule per test, each shown to
 * be what gets the quotation right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, needsBesides, quoteOf, speakers } from './quote-needs.js';

afterEach(() => switchOff([]));

describe('seventh-round attribution rules', () => {
  it('makes a person of a double-barrelled surname after a given name', () => {
    const text = 'Doctors looked at James Orrell-Paton\'s shoulder on Monday.\n\nOrrell-Paton added: "I want to be back playing by the end of the month."\n';
    needs('hyphenated-surnames', 'I want to be back playing by the end of the month.', 'James Orrell-Paton', text);
  });

  it('does not read two surnames joined by a hyphen as a given name and a surname', () => {
    const text = 'The latest twist in the Quillby-Fenwick saga came on Saturday.\n\n"He ran at me," said Fenwick. "It was a disgrace."\n';
    expect(Object.values(speakers(text))).not.toContain('Quillby-Fenwick');
  });

  it('looks past a clause a conjunction opens for the subject a later "he" stands for', () => {
    const text = 'While chairman Tom Roe was abroad, managing director Jim Fell ran the firm alone.\n\n"We had a very good year," he said.\n';
    needs('fronted-clauses', 'We had a very good year,', 'Jim Fell', text);
  });

  it('does not give a body\'s words to the person another article names by that surname', () => {
    const sprinter = 'Sprinter Carl Bexley won the race.\n\n"I am fit again," said Bexley.\n';
    const body = 'Rates stayed on hold.\n\nThe British Bexley of Commerce said: "Rates should stay where they are for now."\n';
    needs('body-name-words', 'Rates should stay where they are for now.', null, sprinter, body);
  });

  it('gives "he said" to the subject before a sentence "they" opens, not to the name inside it', () => {
    const text = 'Campaign chief Jim Fell spoke in Leeds on Monday.\n\nThey could picture Tom Roe in charge of the party one day. "The voters want change," he said.\n';
    needs('group-pronouns', 'The voters want change,', 'Jim Fell', text);
  });

  it('reads "the Tory spokesman" after a sentence about a named shadow minister as that minister', () => {
    const party = 'Taxes were the theme of the day.\n\nThe Conservative Party said: "We will cut taxes for families."\n';
    const text = 'Shadow minister Tom Roe condemned the leaflet. "Is this not a waste of public money?" he asked. The Tory spokesman also criticised its cost. "Who are they trying to kid?" he said.\n';
    needs('party-spokes-epithets', 'Who are they trying to kid?', 'Tom Roe', party, text);
  });

  it('lets "he" stand for a man whose given name one name list files among women\'s', () => {
    const text = 'Sale coach Philippe Marceau was angry on Friday.\n\n"It is not good for the game," he said.\n';
    expect(speakers(text)['It is not good for the game,']).toBe('Philippe Marceau');
  });

  it('reads the arts\' and students\' posts before a name as posts', () => {
    const text = 'Delegates gathered in Brighton.\n\n"It has been a fantastic few weeks," said 20-year-old politics student Tom Felling.\n\nAnd last week Only Fools and Horses star Dan Quarry criticised British TV. "We have got to be careful not to dumb down," he said.\n';
    const got = speakers(text);
    expect(got['It has been a fantastic few weeks,']).toBe('Tom Felling');
    expect(got['We have got to be careful not to dumb down,']).toBe('Dan Quarry');
  });

  it('continues the previous speaker past a sentence about someone the quotation then speaks of', () => {
    const text = 'Lions coach Tom Roe named his squad.\n\n"We have a strong group," said Roe. And forward Jim Bell looks certain to get the call. "Jim Bell is an outstanding player and he will be on the trip."\n';
    needs('spoken-of', 'Jim Bell is an outstanding player and he will be on the trip.', 'Tom Roe', text);
  });

  it('continues the previous speaker in a quotation whose only reporter\'s words introduce the next', () => {
    const text = '"Britain has the right attitude," said coach Jim Fell. "The kids will ask: \'What am I doing there?\'" Chief executive Tom Roe added: "We want Jim for a few weeks a year."\n';
    needs('colon-introductions', "The kids will ask: 'What am I doing there?'", 'Jim Fell', text);
  });

  it('looks further back for "he" across sentences of its paragraph that name no one', () => {
    // A rival named first, so the article is no profile of Tom Roe alone (see sole-person).
    const text = 'Search start-up Quell has a new version out, analyst Jim Bell said. "The competition has helped us," said Tom Roe, co-founder of Quell. In the latest release, the company has added smart folders. Once created, the folders act as saved queries. What users do with the software shows how they search. "Quell users do not stop using other search systems," he said.\n';
    needs('nameless-sentences', 'Quell users do not stop using other search systems,', 'Tom Roe', text);
  });

  it('reads a preposition inside a capitalised post as part of it, not as opening an object', () => {
    const other = 'Budget day came.\n\n"We are on track," said Treasury minister Jim Bell.\n';
    const text = 'Shadow chancellor Tom Roe set out the plans on Monday.\n\nBut Chief Secretary to the Treasury Jim Bell attacked the Tory plans. "The Conservatives are committed to massive cuts," he said.\n';
    needsBesides('capitalised-posts', ['post-complements'], 'The Conservatives are committed to massive cuts,', 'Jim Bell', other, text);
  });

  it('reads a role set off by a comma before a name as that person', () => {
    const text = 'Minister Tom Roe spoke first.\n\nThe chief inspector of schools, Jim Bell, also said the exams should go. "We will miss a great opportunity," he said.\n\n"It will be a tragedy," said the chairman of the education committee, Labour MP Ann Fell.\n';
    needs('role-appositives', 'We will miss a great opportunity,', 'Jim Bell', text);
    needs('role-appositives', 'It will be a tragedy,', 'Ann Fell', text);
  });

  it('gives "the paper quoted X as saying" to X, past a post or a courtesy title', () => {
    const text = 'Qantas may move jobs abroad.\n\n"We will have to source more from overseas," the newspaper quoted Qantas chief executive Tom Roe as saying.\n\n"The sale was a Christmas present for the state," the Interfax news agency quoted Mr Roe as saying.\n';
    needs('body-subject-verbs', 'We will have to source more from overseas,', 'Tom Roe', text);
    needs('quoted-as-posts', 'The sale was a Christmas present for the state,', 'Tom Roe', text);
  });

  it('reads "the PPI report was" as a report, and an outlet that "reported" as the source', () => {
    const agency = 'Markets fell.\n\n"Prices are rising," the PPI said on Monday. "We expect more," the Nord Press Agency said.\n';
    const text = 'Prices rose in January.\n\nBut Tom Roe, chief economist at Quill Bank, said the PPI report was "much less alarming than it looked at first glance".\n\nThe ministry said damage to the fishing industry will be "significant and lasting for years", the Nord Press Agency reported.\n';
    const got = (q: string) => quoteOf(q, agency, text);
    switchOff([]);
    expect(got('much less alarming than it looked at first glance')?.speakerId).toBe('tom-roe');
    switchOff(['named-reports']);
    expect(got('much less alarming than it looked at first glance')?.speakerId).not.toBe('tom-roe');
    switchOff([]);
    expect(got('significant and lasting for years')?.organisationId ?? null).toBeNull();
    switchOff(['reporting-sources']);
    expect(got('significant and lasting for years')?.organisationId).toBeTruthy();
  });

  it('reads a two-word party before a given name as a description ("Lib Dem Norman Baker")', () => {
    const text = 'The row grew on Monday.\n\nFellow Lib Dem Tom Quarry said the episode painted an "unflattering picture". "It is clear the government has turned to cynicism," he said.\n';
    needs('two-word-parties', 'It is clear the government has turned to cynicism,', 'Tom Quarry', text);
  });

  it('gives the words to the name before a description, not to a name the description\'s preposition governs', () => {
    const firm = 'Results are due.\n\n"We have no comment," Grant Quill said, "until the audit ends."\n';
    const text = 'The bid may go ahead.\n\nJoe Fenwick, a football specialist at accountancy firm Grant Quill, said the support of the pair was "utterly crucial to any bid".\n';
    const got = quoteOf('utterly crucial to any bid', firm, text);
    expect(got?.speakerId).toBe('joe-fenwick');
    switchOff(['governed-descriptions']);
    const off = quoteOf('utterly crucial to any bid', firm, text);
    expect(off?.speakerId).not.toBe('joe-fenwick');
  });

  it('reads a double-barrelled surname right before a speech verb as one name', () => {
    const text = 'Former chancellor Tom Roe welcomed the change.\n\nBut fellow Tory David Quill-Amory said the system was folly. "The pact has turned out to be a fake," he said.\n';
    needs('hyphenated-surnames', 'The pact has turned out to be a fake,', 'David Quill-Amory', text);
  });

  it('speaks for no body named before when the spokesperson is for a body the registry lacks', () => {
    const text = 'A Conservative spokeswoman said the party kept the rules. She said: "We apply the rules in line with the law."\n\nA spokesman for the Quillby Regulator\'s Office said it would be classed as marketing. But the rules allowed polling. "If a party was doing that it would not be marketing," he said.\n';
    const party = 'Tax was the theme.\n\nThe Conservative Party said: "We will cut taxes for families."\n';
    const who = () => speakers(party, text)['If a party was doing that it would not be marketing,'] ?? null;
    expect(who()).toBeNull();
    switchOff(['unknown-bodies']);
    expect(who()).toBe('Conservative Party');
  });

  it('ends a run of quotations at a sentence reporting a spokesperson\'s words', () => {
    const text = 'Open chief Tom Roe had said: "Her wrist is not going to heal in time." But her spokesman insisted she had simply delayed her entry. "The doctors are assessing her injury every week."\n';
    needs('other-reporters', 'The doctors are assessing her injury every week.', null, text);
  });

  it('reads a post\'s lower-case complement as part of the post before the name', () => {
    const text = 'The parties argued over childcare.\n\nLabour\'s deputy minister for women Ann Quill accused the rivals of false promises. She said: "These proposals would cost families dearly."\n';
    needs('post-complements', 'These proposals would cost families dearly.', 'Ann Quill', text);
  });

  it('ends a sentence at a quotation whose last words close a quotation inside it', () => {
    const text = 'The campaign began.\n\n"Labour is terrified of scrutiny," said Tory co-chairman Jim Fell.\n\n"It does rather beg the question, \'What have they got to hide?\'" The election is widely expected next May.\n';
    expect(speakers(text)["It does rather beg the question, 'What have they got to hide?'"]).toBe('Jim Fell');
  });

  it('reads a party word as a surname after a courtesy title, though the given name is someone\'s surname elsewhere', () => {
    const coach = 'The game was close.\n\n"We were poor," said Newcastle boss Rob Andrew. Andrew said the team would improve.\n';
    const text = 'Immigration rose again.\n\nBut the chairman of Migration Watch, Sir Andrew Green, said the ruling was wrong. "The government has a duty to control our borders," he said.\n';
    needs('titled-party-surnames', 'The government has a duty to control our borders,', 'Andrew Green', coach, text);
  });

  it('reads a month\'s name as the given name a speech verb\'s name opens with', () => {
    const text = 'The ruling was criticised.\n\nAmnesty International\'s Jan Quarry said: "That the policy was applied unfairly is bleakly ironic."\n';
    needs('month-given-names', 'That the policy was applied unfairly is bleakly ironic.', 'Jan Quarry', text);
  });

  it('reads a place\'s dweller before a name as a description, though a list holds it as a given name', () => {
    const text = 'By any measure, New Yorker Dick Quarrie is a winner.\n\nBut Quarrie is no ideologue. Mr Quarrie said he liked the party. "I think the greatest threat to democracy is bureaucracy," he said.\n';
    needs('place-dwellers', 'I think the greatest threat to democracy is bureaucracy,', 'Dick Quarrie', text);
  });
});
