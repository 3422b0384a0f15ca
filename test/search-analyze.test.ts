import { describe, expect, it } from 'vitest';
import { analyze, analyzeTokens } from '../src/search/analyze.js';

describe('query processing', () => {
  it('drops stop words and question framing, stems the rest', () => {
    expect(analyze('What did the council say about the library closures?', 'query')).toEqual(['council', 'librari', 'closur']);
  });

  it('treats every written form of a percentage as one', () => {
    const forms = ['100%', '100 percent', '100 per cent', 'one hundred per cent', 'One Hundred Percent'];
    for (const f of forms) expect(analyze(f)).toEqual(['100', 'percent']);
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
