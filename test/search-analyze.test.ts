import { describe, expect, it } from 'vitest';
import { analyze, analyzeTokens } from '../src/search/analyze.js';
import { answerTypeOf, categorySpan, holdsAnswerType } from '../src/answer/answer-type.js';

describe('query processing', () => {
  it('drops stop words and question framing, stems the rest', () => {
    expect(analyze('What did the council say about the library closures?', 'query')).toEqual(['council', 'librari', 'closur']);
  });

  it('treats every written form of a percentage as one', () => {
    const forms = ['100%', '100 percent', '100 per cent', 'one hundred per cent', 'One Hundred Percent'];
    for (const f of forms) expect(analyze(f)).toEqual(['100', 'percent']);
  });

  it('reads words that name properties of every object as words ("constructor" is a number word in no language)', () => {
    expect(analyze('The Constructor built the constructor for Nov and Nov.')).toEqual(['constructor', 'build', 'constructor', 'nov', 'novemb']);
  });

  it('reads spelled-out numbers and thousands separators', () => {
    expect(analyze('twenty-five players and 10,000 fans')).toEqual(['25', 'player', '10000', 'fan']);
  });

  it('folds case, accents and curly apostrophes', () => {
    expect(analyze('Zoë’s CAFÉ')).toEqual(analyze("zoe's cafe"));
  });

  it('folds month abbreviations only where they are written as dates', () => {
    expect(analyze('Nov. 1').sort()).toEqual(analyze('1 November').sort());
    expect(analyze('the mar of the lake')).not.toContain(analyze('March')[0]);
  });

  it('reads the same written word as a month in one place and not in the next', () => {
    // Each written word is folded once and remembered; whether 'Mar' is March depends on what follows it.
    const march = analyze('March')[0];
    expect(analyze('Mar. 3')).toContain(march);
    expect(analyze('Mar Menor lagoon')).not.toContain(march);
    expect(analyze('Mar 4')).toContain(march);
  });

  it('keeps acronyms that look like stop words', () => {
    expect(analyze('What did the US and the U.S. say?', 'query')).toEqual(['us', 'us']);
    expect(analyze('let us go', 'query')).toEqual(['let', 'go']);
  });

  it('reports offsets that point at the original words', () => {
    const text = 'The “Harbour Board” met 100 per cent of targets.';
    for (const t of analyzeTokens(text)) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    const pct = analyzeTokens(text).find((t) => t.term === 'percent')!;
    expect(text.slice(pct.start, pct.end)).toBe('per cent');
  });
});

describe('question shape', () => {
  it('finds the words naming the kind of answer asked for', () => {
    const q = 'What TV channel did the mayor speak to?';
    const span = categorySpan(q)!;
    expect(q.slice(span.start, span.end)).toBe('TV channel');
    expect(categorySpan('What did the mayor say?')).toBeNull();
    expect(categorySpan('what ferries sailed from the harbour at dawn')).toBeNull();
  });

  it('reads the answer type from the question word', () => {
    expect(answerTypeOf('When does the bridge reopen?')).toBe('time');
    expect(answerTypeOf('How long is the strike?')).toBe('duration');
    expect(answerTypeOf('how many nurses walked out')).toBe('quantity');
    expect(answerTypeOf('What did the union say?')).toBe('speech');
    expect(holdsAnswerType('It lasts a 48-hour stretch.', 'duration')).toBe(true);
    expect(holdsAnswerType('It reopens on Monday.', 'time')).toBe(true);
    expect(holdsAnswerType('It reopens soon.', 'time')).toBe(false);
  });

  it('knows an age, a name, a place, a span and a proportion when it sees one', () => {
    expect(answerTypeOf('how old is the new coach')).toBe('age');
    expect(answerTypeOf('who replaced ferris')).toBe('name');
    expect(answerTypeOf('which city hosts the final')).toBe('place');
    expect(answerTypeOf('why did the talks fail')).toBe('reason');
    expect(holdsAnswerType('The 32-year-old signed on Friday.', 'age')).toBe(true);
    expect(holdsAnswerType('Quill, 34, grew up on a farm.', 'age')).toBe(true);
    expect(holdsAnswerType('He has always been his own man.', 'age')).toBe(false);
    // A name the question already gives is no answer to it.
    const asked = new Set(['who', 'replaced', 'ferris']);
    expect(holdsAnswerType('The club sacked Tomas Ferris on Monday.', 'name', new Set([...asked, 'tomas']))).toBe(false);
    expect(holdsAnswerType('Assistant Dana Whitlock replaced Ferris on Tuesday.', 'name', asked)).toBe(true);
    expect(holdsAnswerType('The final is in the port city of Busan.', 'place', new Set(['which', 'city']))).toBe(true);
    // A place is where a locative preposition points; the same name as the subject is not one.
    expect(holdsAnswerType('Marlow will have treatment in South Africa.', 'place', new Set(['where', 'marlow']))).toBe(true);
    expect(holdsAnswerType('Marlow said Quentin Vale had pulled a hamstring.', 'place', new Set(['where', 'marlow']))).toBe(false);
    // A quoted speaker's capitalised 'I' names nobody.
    expect(holdsAnswerType(`"I felt a spasm and I'm out," said Marlow.`, 'name', new Set(['who', 'marlow']))).toBe(false);
    expect(holdsAnswerType('Malaysia is hosting the summit from Sunday to Tuesday.', 'duration')).toBe(true);
    expect(holdsAnswerType('China controls the vast majority of global production.', 'quantity')).toBe(true);
    expect(holdsAnswerType('China controls production.', 'quantity')).toBe(false);
  });

  it('drops the words that only frame the question', () => {
    expect(analyze('How long is the strike?', 'query')).toEqual(['strike']);
    expect(analyze('On what date will the bridge reopen?', 'query')).toEqual(['bridg', 'reopen']);
  });

  it('joins irregular past forms to their verb', () => {
    expect(analyze('They met and led the talks')).toEqual(analyze('They meet and lead the talks'));
  });
});
