/**
 * One test per attribution mechanism of issue 10, on short articles written here with made-up
 * names: who a reader would say spoke, and, switched off, that the mechanism is what gets it right
 * (each test fails without its mechanism).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, needsBesides, speakers } from './quote-needs.js';

afterEach(() => switchOff([]));

const PEOPLE = 'Adviser Jack Dorsal and Transport Secretary Tom Ferris met Finance Chief Helen Marlow on Monday.\n\n';

describe('attribution mechanisms', () => {
  it('does not take a weekday for a person of that surname named in another article', () => {
    const other = 'Rugby coach Mike Friday said: "We train hard."\n';
    needs('ordinary-lone-names', 'The books balance.', 'Tom Ferris', other, `${PEOPLE}Ferris opened the depot. On Friday he said: "The books balance."\n`);
  });

  it('gives no one a quotation by a namesake whose given name is not the registered person’s', () => {
    const other = 'Tom Hewitt, the club chairman, said the ground would be sold.\n';
    // With preposed-speakers the name printed right after the quotation is a person of its own, and rightly speaks.
    needsBesides('other-given-name', ['preposed-speakers'], 'I played badly,', null, other, `${PEOPLE}"I played badly," Quillon Hewitt told reporters.\n`);
  });

  it('lets "he" pass over a woman to the man the story was about', () => {
    needs('pronoun-gender', 'It is a fine day,', 'Tom Ferris', `${PEOPLE}Ferris opened the depot. Marlow cut the ribbon. "It is a fine day," he said.\n`);
  });

  it('does not take a name in a sentence’s opening phrase for its subject', () => {
    needs('fronted-adverbial', 'I was tired,', 'Jack Dorsal', `${PEOPLE}After Tom Ferris's win in the final, Jack Dorsal met reporters. "I was tired," he said.\n`);
  });

  it('reads past a description set off by dashes to the name before it', () => {
    needs('appositives', 'We are ready,', 'Jack Dorsal', `${PEOPLE}"We are ready," Jack Dorsal - then an adviser to Tom Ferris - told reporters.\n`);
  });

  it('reads past a long description holding a relative clause to the name before it', () => {
    const text = 'Rita Quenby, a banker from the city who has held talks with the club over a possible bond sale, said the club needed cash. "They need strong people," she said.\n';
    // A name opening the sentence before 'she said' is a person's anyway (pronoun-antecedents, open-descriptions).
    needsBesides('long-descriptions', ['pronoun-antecedents', 'open-descriptions'], 'They need strong people,', 'Rita Quenby', text);
  });

  it('gives "it said" to the organisation the sentence before is about', () => {
    const text = `${PEOPLE}The Roads Agency said the plan was sound.\n\nThe Roads Agency has defended the toll. "Drivers will pay less," it said in a statement.\n`;
    needs('it-organisations', 'Drivers will pay less,', 'Roads Agency', text);
  });

  it('gives an unnamed spokesman’s words to the body the sentence before is about', () => {
    const text = `${PEOPLE}The Roads Agency said the plan was sound.\n\nThe Roads Agency defended the plan. A spokesman said: "The road will be built."\n`;
    needs('spokesperson-anaphora', 'The road will be built.', 'Roads Agency', text);
  });

  it('keeps "Mr Okafor" a person when his full printed name opens with a nationality', () => {
    needs('courtesy-surnames', 'It is balanced.', 'Okafor', 'Finance minister French Okafor said the budget was sound. Mr Okafor said: "It is balanced."\n');
  });

  it('reads a full name after a possessive as a name', () => {
    needs('possessive-openers', 'I played well,', 'Tommy Varnik', 'Germany\'s Tommy Varnik won the final in three sets. "I played well," admitted Varnik.\n');
  });

  it('takes a full name with a given name no list holds for a person when the article quotes the surname alone', () => {
    needs('spoken-surnames', 'It was a strange match,', 'Zorvan Quillet', 'The top seed beat Zorvan Quillet in straight sets. "It was a strange match," said Quillet.\n');
  });

  it('gives a role whose qualifier matches no title to the latest person named with its head word', () => {
    const text = 'Rovers manager Sam Kettering watched the match.\n\nStriker Tom Dale scored twice. "We showed character," said the Dunmore Park manager.\n';
    needs('role-heads', 'We showed character,', 'Sam Kettering', text);
  });

  it('takes the inverted subject straight after a quotation for a person, whatever their given name', () => {
    needs('quoted-speakers', 'It will take a year,', 'Zorvan Quillet', '"It will take a year," said Zorvan Quillet, head of the fiscal office.\n');
  });

  it('reads post-nominal letters as part of the name before them', () => {
    needs('post-nominals', 'The law is clear.', 'Jack Dorsal', 'Jack Dorsal QC said: "The law is clear."\n');
  });

  it('gives the words of "X of the Y Campaign" to X', () => {
    needsBesides('of-descriptions', ['pronoun-antecedents'], 'The air is foul,', 'Jack Dorsal', 'Jack Dorsal of the Campaign for Clean Air urged the council to act. "The air is foul," he said.\n');
  });

  it('reads a body’s word inside the post before an inverted name', () => {
    needs('posts-before-names', 'Sales are up,', 'Jack Dorsal', `${PEOPLE}"Sales are up," said union leader Jack Dorsal.\n`);
  });

  it('gives "quoted X as saying" to X, not to the outlet', () => {
    needs('quoted-as', 'Prices will rise,', 'Jack Dorsal', `${PEOPLE}"Prices will rise," the Daily Bugle quoted Jack Dorsal as saying.\n`);
  });

  it('gives a quotation after a colon to the subject of the sentence it ends', () => {
    needs('colon-clauses', 'It is a mess.', 'Jack Dorsal', `${PEOPLE}Jack Dorsal also criticised the plan: "It is a mess."\n`);
  });

  it('gives the prime minister’s spokesman’s words to Downing Street', () => {
    const text = `${PEOPLE}Downing Street said the talks went well.\n\nThe prime minister's official spokesman said: "The policy stands."\n`;
    needs('office-seats', 'The policy stands.', 'Downing Street', text);
  });

  it('takes "he" after a sentence reporting someone’s words for that speaker, not for the first person it names', () => {
    needs('reporting-subjects', 'The cost is enormous,', 'Jack Dorsal', `${PEOPLE}Somebody has to pay for the crash, observed Jack Dorsal. "The cost is enormous," he said.\n`);
  });

  it('takes an epithet for the person the sentence before is about, not for the most named one', () => {
    const text = `${PEOPLE}Ferris won in Leeds. Ferris smiled. Jack Dorsal was delighted with his own win. "I felt good," said the American.\n`;
    needs('epithet-subjects', 'I felt good,', 'Jack Dorsal', text);
  });

  it('takes the name after an indefinite post for the speaker', () => {
    needs('indefinite-posts', 'We are not there yet,', 'Jack Dorsal', `${PEOPLE}"We are not there yet," said a proud coach Jack Dorsal.\n`);
  });

  it('names a body by the words the article spells its acronym out with', () => {
    const text = 'The National Centre for Fiscal Research (NCFR) studied the budget.\n\n"Taxes must rise," NCFR said.\n';
    // fuller-names also reads any three initials or more off the words; without it the brackets are what vouch.
    needsBesides('acronym-expansions', ['fuller-names'], 'Taxes must rise,', 'National Centre for Fiscal Research', text);
  });

  it('does not give a participle’s words to the person whose plans the sentence names', () => {
    needs('possessive-objects', 'Reckless and wrong.', null, `${PEOPLE}But the council said it opposed Tom Ferris's plans, calling them "Reckless and wrong."\n`);
  });

  it('takes "he" past a name inside a phrase after the sentence’s first words', () => {
    const text = `${PEOPLE}Jack Dorsal spoke after the game. Rovers then pressed for talks with striker Tom Ferris. "We will see," he said.\n`;
    needs('phrase-objects', 'We will see,', 'Jack Dorsal', text);
  });

  it('takes a role no one named holds for the person the sentence before is about', () => {
    needs('unheld-roles', 'We are ready,', 'Tom Ferris', `${PEOPLE}Tom Ferris left the talks early. "We are ready," the Leeds MP told reporters.\n`);
  });

  it('takes a role no one named holds for the only person the story has named', () => {
    const text = 'Finance Chief Helen Marlow spoke at a seminar on pay.\n\nWomen earn 19% less than men, figures show. The minister told delegates that pay mattered.\n\n"Pay must rise," she said.\n';
    needs('unheld-roles', 'Pay must rise,', 'Helen Marlow', text);
  });

  it('gives no one the words of a role two people named could hold', () => {
    const text = `${PEOPLE}Unions were angry on Tuesday. "No deal," the Leeds MP said.\n`;
    expect(speakers(text)['No deal,'] ?? null).toBeNull();
  });

  it('takes a surname after a given name for the person the registry knows by that surname alone', () => {
    const other = 'Mr Quorn, who runs a mill, was pleased. "We train hard," said Mr Quorn.\n';
    // The name after a post is a person's anyway, the full one (inverted-posts).
    needsBesides('given-names-known', ['inverted-posts'], 'Trade is up,', 'Quorn', other, '"Trade is up," said entrepreneur Brackwater Quorn.\n\nMr Quorn runs a firm.\n');
  });

  it('takes a lone name word before a post and a full name for a qualifier, not the subject', () => {
    const other = 'Mr Olympian, who runs a gym, was pleased. "We train hard," said Mr Olympian.\n';
    const text = 'Double Olympian champion Kelly Dorsal won the 1,000m. The 34-year-old was pleased. "I felt good," she said.\n';
    needs('name-qualifiers', 'I felt good,', 'Kelly Dorsal', other, text);
  });

  it('takes a full name before a post and another full name for a qualifier too, not the speaker', () => {
    const text = 'Finance chief Helen Marlow met the unions on Monday.\n\n"The talks went well," said Helen Marlow aide Brett Dornan.\n';
    needs('name-qualifiers', 'The talks went well,', 'Brett Dornan', text);
  });

  it('reads a verb of saying from WordNet that the hand list lacks as the quotation’s verb', () => {
    const text = 'Finance chief Helen Vell and Tom Ferris met on Monday.\n\n"The plan is sound," Ms Vell retorted.\n';
    needs('wordnet-reporting-verbs', 'The plan is sound,', 'Helen Vell', text);
  });
});
