/**
 * The attribution mechanisms of the fourth pass (issue 10), one test each on short articles with
 * made-up names; each fails with its mechanism switched off.
 */
import { afterEach, describe, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, needsBesides } from './quote-needs.js';

afterEach(() => switchOff([]));

const PEOPLE = 'Adviser Jack Dorsal and Transport Secretary Tom Ferris met Finance Chief Helen Marlow on Monday.\n\n';

describe('attribution mechanisms, fourth pass', () => {
  it('reads a phrase quoted inside a quotation with the same marks as part of it', () => {
    const quote = 'When I arrived he was the "Grand Old Man" and as such he helped me.';
    needs('nested-quotes', quote, 'Tom Ferris', `${PEOPLE}Ferris paid tribute. He said: "${quote}"\n`);
  });

  it('gives the words after an unclosed description to the name before it', () => {
    const text = `${PEOPLE}Rita Quenby, head of policy at the charity the Quill Trust said the plan was unfair. "It will hurt the poorest," she said.\n`;
    // With the description unread, 'she' still finds the one woman the sentence names.
    needsBesides('open-descriptions', ['sex-only-antecedents'], 'It will hurt the poorest,', 'Rita Quenby', text);
  });

  it('reads a month after a given name, right before a speech verb, as a surname', () => {
    const text = `${PEOPLE}Labour MSP Nora June had said the vote was close. The count starts at noon. Results come at six. "It will be tight," she said.\n`;
    needs('calendar-surnames', 'It will be tight,', 'Nora June', text);
  });

  it('gives a later "the spokesman" to the body "a spokesman for" named', () => {
    const text = `${PEOPLE}A spokesman for the Quill Agency said the plan was sound. "We will build the road," said the spokesman.\n`;
    needs('spokes-for', 'We will build the road,', 'Quill Agency', text);
  });

  it('takes any body a spokesperson speaks for as an organisation', () => {
    const text = `${PEOPLE}A Department for Quills and Inks spokeswoman confirmed the plan. "No date was ever set," she said.\n`;
    needs('spokes-for', 'No date was ever set,', 'Department for Quills and Inks', text);
  });

  it('gives "the firm said" to the organisation the sentences before are about', () => {
    const text = `${PEOPLE}The Quill Company said it would cut prices.\n\nThe Quill Company has offered rivals a deal. "We will be fair," the firm said.\n`;
    needs('body-nominals', 'We will be fair,', 'Quill Company', text);
  });

  it('takes a name described as a kind of body for an organisation', () => {
    const text = `${PEOPLE}Lagos Re, the world's biggest reinsurer, said: "This is a human tragedy."\n`;
    needs('body-appositives', 'This is a human tragedy.', 'Lagos Re', text);
  });

  it('reads an organisation word in the plural as ending a body’s name', () => {
    needs('plural-org-words', 'We need clean water.', 'Lagos Aid Societies', `${PEOPLE}The Lagos Aid Societies said: "We need clean water."\n`);
  });

  it('takes the name after a post an inverted speech verb opens for a person', () => {
    needs('inverted-posts', 'This is a simple tool,', 'Jo Marrow', `${PEOPLE}"This is a simple tool," said Quillfax's Jo Marrow.\n`);
  });

  it('finds the person after an inverted verb past their courtesy title', () => {
    const text = 'Adviser Ann Quell met Finance chief Jo Marrow on Monday. Profits rose in the spring for the third year running on strong sales of shoes and boots in the north, said Ms Marrow. "We are pleased," she said.\n';
    needs('inverted-courtesy', 'We are pleased,', 'Jo Marrow', text);
  });

  it('takes up the one "she said" stood for in the sentence before', () => {
    const text = 'Adviser Ann Quell met Finance chief Jo Marrow on Monday. Mrs Marrow went on to talk about the year ahead. The workers would see their pay rise by a third, she said. "We are pleased," she said.\n';
    // 'The workers…' in the plural blocks no 'she' since plural-subjects: with it on, 'she' reaches Mrs Marrow either way.
    needsBesides('pronoun-reporters', ['plural-subjects'], 'We are pleased,', 'Jo Marrow', text);
  });

  it('reads a verb of thinking after a quotation as its attribution', () => {
    needs('cognition-verbs', 'Profits will rise,', 'Jo Marrow', `Finance chief Jo Marrow met Tom Ferris on Monday. "Profits will rise," Ms Marrow believes.\n`);
  });

  it('takes a relative "who" before a speech verb for the name before its comma', () => {
    needs('relative-subjects', 'It will work.', 'Jo Marrow', `Finance chief Jo Marrow met Tom Ferris on Monday.\n\nThe plan was backed by Marrow, who said: "It will work."\n`);
  });

  it('takes a full name opening the sentence before a "he said" quotation for a person', () => {
    needs('pronoun-antecedents', 'It is all too cheap,', 'Dan Quell', `${PEOPLE}Comedy legend Dan Quell criticised the channel on Friday. "It is all too cheap," he said.\n`);
  });

  it('takes an acronym quoted alone for the spelt-out body another article gives it to', () => {
    const spelt = 'The Quill Monetary Fund (QMF) lends to states. The QMF said: "Rates will rise."\n';
    needs('acronym-merge', 'Growth is slow.', 'Quill Monetary Fund', spelt, `${PEOPLE}The QMF said: "Growth is slow."\n`);
  });

  it('lets a role no one holds take up a person known by courtesy title and surname', () => {
    const text = `${PEOPLE}Lord Quell said the plan was flawed. The former ambassador said: "It is a mistake."\n`;
    needs('courtesy-references', 'It is a mistake.', 'Quell', text);
  });

  it('reads a party word before a given name as a description, and after one as a surname', () => {
    needs('party-names', 'We will win the seat.', 'Liam Quell', `${PEOPLE}Tory Liam Quell said: "We will win the seat."\n`);
    needs('party-names', 'Sales are strong.', 'Jo Green', `${PEOPLE}Shop chief Jo Green said: "Sales are strong."\n`);
  });

  it('takes a surname opening a sentence beside a speech verb for the full name given before', () => {
    needs('initial-surnames', 'It is so important.', 'Lucie Varn', `${PEOPLE}The plan was backed by singers Rod Quell, Lucie Varn and others. Varn said: "It is so important."\n`);
  });

  it('gives no one the words of a stranger who shares a registered person’s given name', () => {
    const other = 'Finance chief Ana Quell said: "Rates will rise."\n';
    needs('other-surname', 'Thank you all.', null, other, `${PEOPLE}The newcomer Ana Matrova won a prize. She told the crowd: "Thank you all."\n`);
  });

  it('reads a job title’s word after a given name as a surname', () => {
    needs('title-surnames', 'Rates will stay low,', 'Mervyn Judge', `${PEOPLE}"Rates will stay low," said Mervyn Judge, the bank's governor.\n\nMr Judge spoke in London.\n`);
  });

  it('takes what a player is for the person the sentence before is about', () => {
    const text = `${PEOPLE}Striker Dan Quell scored twice on Saturday.\n\nQuell was pleased. "It was a great goal," said the Rovers veteran.\n`;
    needs('epithet-nouns', 'It was a great goal,', 'Dan Quell', text);
  });

  it('gives no one words introduced by a colon after the one told', () => {
    needs('colon-objects', 'This time it is different', null, `${PEOPLE}The Quill Agency said it would act.\n\nA senior source at the club told the Quill Agency: "This time it is different".\n`);
  });

  it('takes a surname opening a sentence, once the full name is given, for that person', () => {
    const text = `${PEOPLE}France's Ann Doe beat Wendy Quorvana 6-1 6-0 on Monday. Quorvana has lost both her games so far. "Sometimes not everything works," she said.\n`;
    needsBesides('initial-surnames', ['pronoun-antecedents'], 'Sometimes not everything works,', 'Wendy Quorvana', text);
  });

  it('takes a surname that is an ordinary word for a person’s when it speaks alone', () => {
    const text = `${PEOPLE}The young players were keen and many young fans came.\n\nFormer prop Dravo Young coached them all year. "They are keen to learn," Young told reporters.\n`;
    needs('ordinary-surnames', 'They are keen to learn,', 'Dravo Young', text);
  });
});
