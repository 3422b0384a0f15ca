/**
 * The attribution mechanisms of the fifth pass (issue 10), one test each on short articles with
 * made-up names; each fails with its mechanism switched off.
 */
import { afterEach, describe, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs } from './quote-needs.js';

afterEach(() => switchOff([]));

const PEOPLE = 'Adviser Jack Dorsal and Transport Secretary Tom Ferris met Finance Chief Helen Marlow on Monday.\n\n';

describe('attribution mechanisms, fifth pass', () => {
  it('gives the words after a "For X," view to X, not to the last person named before', () => {
    const text = `${PEOPLE}For Quillfax analyst Olivier Bovary, the decision to sell was an error. "They made a big mistake," he said.\n`;
    needs('viewpoint-openers', 'They made a big mistake,', 'Olivier Bovary', text);
  });

  it('gives "the ministry said" to the one body of the article whose name ends in ministry', () => {
    const text = `${PEOPLE}"Conditions will stay weak," the Quillish Finance and Trade Ministry said in a statement.\n\nThe government voiced concern about building. "A sharp downturn could hurt jobs," the ministry said.\n`;
    needs('org-heads', 'A sharp downturn could hurt jobs,', 'Quillish Finance and Trade Ministry', text);
  });

  it('gives nobody a quotation that names them in full', () => {
    const text = `${PEOPLE}Helen Marlow spoke warmly of the young midfielder on Monday. "I still have a good relationship with Helen Marlow - she has always backed me."\n`;
    needs('self-named', 'I still have a good relationship with Helen Marlow - she has always backed me.', null, text);
  });

  it('gives the words after a relative clause to the name before it, not to a name inside it', () => {
    const text = `${PEOPLE}Film star Liam Quell, whose films include Big Wave and Helen Marlow, said: "The theatre is too important to fall apart."\n`;
    needs('relative-clauses', 'The theatre is too important to fall apart.', 'Liam Quell', text);
  });

  it('reads "the Quillby-born actor" as a role that stands for the person just named', () => {
    const text = `${PEOPLE}Film star Liam Quell held a dinner to promote the Quill Theatre. Mr Quell said the idea was to raise money.\n\nThe Quillby-born actor said: "The theatre is too important to fall apart."\n`;
    needs('hyphen-modifiers', 'The theatre is too important to fall apart.', 'Liam Quell', text);
  });

  it('reads a role before ", whose …," as the subject of the verb after it', () => {
    const text = `${PEOPLE}Film star Liam Quell held a dinner to promote the Quill Theatre. Mr Quell said the idea was to raise money.\n\nThe actor, whose films include Big Wave, said: "The theatre is too important to fall apart."\n`;
    needs('relative-clauses', 'The theatre is too important to fall apart.', 'Liam Quell', text);
  });

  it('takes one word after a person’s post, speaking alone in the article, for a person known by one name', () => {
    const text = `${PEOPLE}Quillford's Brazilian midfielder Edo has hit out at the club for stalling over a new contract.\n\nEdo's deal expires next summer and he has been linked with three clubs. He told BBC Sport: "I'm not sure if I want to stay."\n\nEdo added that he had been encouraged by the manager's support.\n`;
    needs('mononyms', "I'm not sure if I want to stay.", 'Edo', text);
  });

  it('gives no lone word the name another article printed only as two capitalised words', () => {
    const other = 'Kelly Quillmark 100m champion Tom Ferris won the race on Sunday. He was cheered by fans of Quillmark and others.\n';
    const text = 'The final was held in the rain. "I have to be positive," Quillmark said.\n';
    needs('weak-elsewhere', 'I have to be positive,', null, other, text);
  });

  it('gives nobody the "he said" after a sentence about someone the registry does not know', () => {
    const text = `${PEOPLE}Tom Ferris has said the cuts will pay for more teachers.\n\nPiers Quellwater stood on the picket line. He said: "Most people stayed away because of the threat to their jobs."\n`;
    needs('stranger-subjects', 'Most people stayed away because of the threat to their jobs.', null, text);
  });

  it('gives "the report said" to the body whose report the article named', () => {
    const text = `${PEOPLE}The Quill Bank said it would publish its figures on Monday.\n\nThe gap between rich and poor nations is narrowing, according to a Quill Bank report. "Developing countries are catching up fast," the report said.\n`;
    needs('documents', 'Developing countries are catching up fast,', 'Quill Bank', text);
  });

  it('gives "said the WQF spokesman" to the body the acronym names', () => {
    const text = `${PEOPLE}A spokesman for the World Quill Forum (WQF), which meets in Geneva, told the BBC: "The divide is real."\n\nOn Tuesday, the WQF agreed to create a fund. "The fund is voluntary," said the WQF spokesman.\n`;
    needs('body-spokespersons', 'The fund is voluntary,', 'World Quill Forum', text);
  });

  it('gives "said the study" to the body a study "by" was printed with', () => {
    const text = `${PEOPLE}The Quill Institute said it would publish its figures on Monday.\n\nA study by the Quill Institute found sales were slowing. "Shoppers are cautious," said the study.\n`;
    needs('documents', 'Shoppers are cautious,', 'Quill Institute', text);
  });
});
