/**
 * The ninth round of attribution rules, from shapes the unlabelled archive showed going wrong:
 * made-up names and text, one rule per test, each shown to be what gets the quotation right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, needsBesides, quoteIndexOver } from './quote-needs.js';

afterEach(() => switchOff([]));

const ASYLUM = 'Asylum plans\n\nThe plans were attacked by charities. "These policies will not provide a safe haven," said Helen Quarry of the Tenants Council.\n';

describe('ninth-round attribution rules', () => {
  it('gives the words after "said Given Surname of the Body" to the person, and makes no body of the person', () => {
    // 'speakers-of-bodies' (eleventh round) gets the same words right from the registry's side.
    needsBesides('people-of-bodies', ['speakers-of-bodies'], 'These policies will not provide a safe haven,', 'Helen Quarry', ASYLUM);
    expect(quoteIndexOver(ASYLUM).speakers.map((s) => s.name)).not.toContain('Helen Quarry of the Tenants Council');
  });

  it('lists no one in the registry whom the articles neither quote nor name', () => {
    // With the rule above off, the body swallows the name: 'Helen Quarry' is gathered as a person
    // and then never found as a mention, yet '/quote Helen Quarry' and /ask's name reading found her.
    switchOff(['people-of-bodies', 'speakers-of-bodies']);
    const qi = quoteIndexOver(ASYLUM);
    expect(qi.speakers.map((s) => s.name)).toContain('Helen Quarry of the Tenants Council');
    expect(qi.speakers.filter((s) => s.quotes === 0 && s.mentions === 0).map((s) => s.name)).toEqual([]);
  });

  it('reads the full name after a sentence-opening "But" as whom the next "he said" stands for', () => {
    const text = 'Court row\n\nTom Hewson said he had had enough of the slow courts. But Geoff Pollard rejected the comments. "We did ask for it to be made faster," he said.\n';
    needs('opening-conjunctions', 'We did ask for it to be made faster,', 'Geoff Pollard', text);
  });

  it('reads "he said" after a closing "but" clause as its subject, a body\'s possessive before the name aside', () => {
    const text = 'Court row\n\nTom Hewson said he had had a "gutful" of the slow courts but Tennis Board\'s Geoff Pollard rejected his comments. "We did ask for it to be made faster," he said.\n\n"It is quick now," said Geoff Pollard.\n';
    needs('but-clauses', 'We did ask for it to be made faster,', 'Geoff Pollard', text);
  });

  it('reads a given name that is also a function word as opening a name inside a sentence', () => {
    // The lower-case 'will's make the word an ordinary one of this corpus, as it is of any.
    const text = 'New club\n\nRugby star Will Fenwick has joined a new club. "I am thrilled," said Will Fenwick.\n\nThe club will sell out and it will win, and fans will come. It will be big.\n';
    needs('modal-given-names', 'I am thrilled,', 'Will Fenwick', text);
  });

  it('reads a title and a name before "of the Body" as the body\'s person too', () => {
    const text = 'Patents row\n\nThe office has doubts. "Some patents have dubious validity," said Dr Jeremy Pelbury of the UK Patent Office.\n';
    needs('people-of-bodies', 'Some patents have dubious validity,', 'Jeremy Pelbury', text);
  });
});
