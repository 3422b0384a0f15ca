/**
 * The BBC's way of writing quotations and naming people (issue 10), one case at a time, on short
 * articles written here with made-up names: who a reader would say spoke each quotation, and
 * nobody when a reader could not tell.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { buildQuoteIndex, listSpeakers, type Quote } from '../src/quotes/index.js';
import { renderQuote } from '../src/render/discord.js';
import { findQuotes } from '../src/quotes/index.js';

function index(text: string) {
  return buildQuoteIndex(buildCorpus([{ file: 'a.txt', content: text }]));
}

/** Every full quotation of one article with its speaker's name (or null), in reading order. */
function whoSaid(text: string): [string, string | null][] {
  const qi = index(text);
  const name = (q: Quote) => {
    const id = q.speakerId ?? q.organisationId;
    return id ? qi.speakerById[id]!.name : null;
  };
  return qi.quotes
    .filter((q) => !q.partial)
    .sort((a, b) => text.indexOf(a.text.slice(0, 20)) - text.indexOf(b.text.slice(0, 20)))
    .map((q) => [q.text, name(q)]);
}

const INTRO = 'Finance committee chair Helen Marlow and Transport Secretary Tom Ferris met on Monday.\n\n';

describe('BBC attribution shapes', () => {
  it('reads the speaker after the quotation even when a relative clause follows', () => {
    expect(whoSaid(`${INTRO}"The budget is not balanced," said Marlow, who chairs the finance committee.\n`)).toEqual([['The budget is not balanced,', 'Helen Marlow']]);
  });

  it('gives "he said" to the subject of the sentence before, not to whoever was named last', () => {
    const text = `${INTRO}Marlow asked Ferris to explain the rail plan.\n\nFerris was unmoved. "The plan stands," he said.\n`;
    expect(whoSaid(text)).toEqual([['The plan stands,', 'Tom Ferris']]);
  });

  it('reads "according to X" and a pronoun after it', () => {
    const text = `${INTRO}According to Marlow, the committee will meet again. "We will not be rushed," she said.\n`;
    expect(whoSaid(text)).toEqual([['We will not be rushed,', 'Helen Marlow']]);
  });

  it('keeps a quotation that reopens each paragraph with a mark as one, its run-together paragraphs included', () => {
    const text = `${INTRO}Ferris said: "We have a plan. "It will work. "It is funded."\n\nMarlow was not convinced.\n`;
    expect(whoSaid(text)).toEqual([['We have a plan. It will work. It is funded.', 'Tom Ferris']]);
  });

  it('resolves "Mr Ferris", "the transport secretary" and "the 52-year-old" to the person named in full', () => {
    const text = `${INTRO}"Trains will run," said Mr Ferris.\n\n"Fares will fall," the transport secretary added.\n\n"I am confident," the 52-year-old told reporters.\n`;
    expect(whoSaid(text).map(([, who]) => who)).toEqual(['Tom Ferris', 'Tom Ferris', 'Tom Ferris']);
  });

  it('gives both halves of an interrupted quotation to the person named between them', () => {
    const text = `${INTRO}"It has been a hard year," Marlow said, "and next year will be harder."\n`;
    expect(whoSaid(text)).toEqual([
      ['It has been a hard year,', 'Helen Marlow'],
      ['and next year will be harder.', 'Helen Marlow'],
    ]);
  });

  it('gives a lone quotation to the person the sentence before is about', () => {
    const text = `${INTRO}Ferris spoke to reporters after the meeting.\n\n"We will not change course."\n`;
    expect(whoSaid(text)).toEqual([['We will not change course.', 'Tom Ferris']]);
  });

  it('reads a quotation named as someone’s view after it, and a name that follows its description', () => {
    const text = `${INTRO}"A costly mistake" is the assessment of Marlow.\n\n"The line must close," said the committee's chair, Helen Marlow.\n`;
    expect(whoSaid(text).map(([, who]) => who)).toEqual(['Helen Marlow', 'Helen Marlow']);
  });

  it('reads a description between the name and the verb, a name and a colon, and a company’s spokesman after the verb', () => {
    const text = `${INTRO}Helen Marlow, from the Federation of Small Traders, said: "The levy is unfair."\n\n- Rail boss Tom Ferris: "We had a good year."\n\n"We will appeal," said a Railco spokesman. Railco shares fell.\n`;
    expect(whoSaid(text).map(([, who]) => who)).toEqual(['Helen Marlow', 'Tom Ferris', 'Railco']);
  });

  it('gives the words to the person a description with a relative clause follows, not to the organisation the description names', () => {
    const text = `${INTRO}Ada Pell, founder of Harbour Trust, which backs local theatre, said the plan was a "grave mistake".\n\nJon Dale, head of the Quayside Arts Council, which runs the old docks hall, said: "We will fight the cut."\n`;
    expect(whoSaid(text)).toEqual([['We will fight the cut.', 'Jon Dale']]);
    expect(findQuotes(index(text), 'Ada Pell').quotes.map((q) => q.text)).toEqual(['grave mistake']);
  });

  it('reads a month inside a name and never a date as one', () => {
    const text = `${INTRO}Shadow secretary Theresa May said on 5 May: "We will vote against."\n\n"It is a mistake," she added.\n`;
    expect(whoSaid(text).map(([, who]) => who)).toEqual(['Theresa May', 'Theresa May']);
    expect(listSpeakers(index(text)).map((s) => s.name)).not.toContain('May');
  });

  it('gives nobody a spokesman’s words when no body is named, and a named body’s words to the body, kept apart from people', () => {
    const text = `${INTRO}The prime minister's official spokesman said talks went well. But he added: "Nothing is agreed."\n\nA Treasury Office spokesman said: "The figures are sound."\n`;
    const qi = index(text);
    const nothing = qi.quotes.find((q) => q.text.startsWith('Nothing'))!;
    expect(nothing.speakerId).toBeNull();
    expect(nothing.organisationId).toBeNull();
    const sound = qi.quotes.find((q) => q.text.startsWith('The figures'))!;
    expect(sound.speakerId).toBeNull();
    expect(qi.speakerById[sound.organisationId!]).toMatchObject({ name: 'Treasury Office', kind: 'organisation' });
  });

  it('never lists a team, a country, a party or a sentence-opening word as a speaker', () => {
    const text = `England captain Jon Dale said the side was ready.\n\nBut Dale said: "We need a win."\n\n"We are proud," Manchester United said.\n\nThe Tories said: "This is wrong."\n\nEngland said: "We will appeal."\n`;
    const names = listSpeakers(index(text)).map((s) => s.name);
    expect(names).toEqual(['Jon Dale']);
  });

  it('does not take scare quotes or a slogan for anybody’s words', () => {
    const text = `${INTRO}Outsourcing has a high "churn rate" in the industry.\n\nProtesters carried banners reading "Save Our Trains".\n`;
    expect(index(text).quotes.map((q) => q.text)).toEqual([]);
  });
});

describe('citations print the words they are cited for', () => {
  const files = [
    { file: 'full.txt', content: 'Rail plan\n\nTransport Secretary Tom Ferris said: "We will rebuild the line within five years and the fares will fall."\n' },
    { file: 'part.txt', content: 'Rail plan backed\n\nTransport Secretary Tom Ferris promised to "rebuild the line within five years".\n' },
  ];

  it('shows the full quotation once, cited to the outlet that printed it, and the fragment apart with its own outlet', () => {
    const qi = buildQuoteIndex(buildCorpus(files));
    const text = renderQuote(findQuotes(qi, 'Tom Ferris')).embeds[0]!.description ?? '';
    const full = text.indexOf('“We will rebuild the line within five years and the fares will fall.”');
    const part = text.indexOf('*in part* “rebuild the line within five years”');
    expect(full).toBeGreaterThanOrEqual(0);
    expect(part).toBeGreaterThan(full);
    // The full wording's citation line names only the outlet that printed it.
    const fullCites = text.slice(full, part);
    expect(fullCites).toContain('full');
    expect(fullCites).not.toContain('part');
    expect(text.slice(part)).toContain('part');
  });
});
