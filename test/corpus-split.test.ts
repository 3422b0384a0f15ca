import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { splitSentences } from '../src/text/sentences.js';
import { MAX_PASSAGE_CHARS } from '../src/corpus/split.js';

describe('sentence splitting', () => {
  it('does not break after abbreviations, initials or dotted acronyms', () => {
    const text = 'The U.S. envoy met Mr. Okafor on Nov. 3 in St. Louis. He said “it went well.” Talks resume Monday.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The U.S. envoy met Mr. Okafor on Nov. 3 in St. Louis.', 'He said “it went well.”', 'Talks resume Monday.']);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'One sentence here. Another one there!  A third?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('passages', () => {
  const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} of the very long paragraph goes on a while.`).join(' ');
  const corpus = buildCorpus([
    { file: 'lines.txt', content: 'Headline Of The Local Story Today\nFirst paragraph ends here.\nSecond paragraph ends here.' },
    { file: 'wrapped.md', content: 'A hard-wrapped paragraph that goes on\nand on across lines\nuntil it ends.\n\nThen another one.' },
    { file: 'long.txt', content: long },
  ]);

  it('gives stable ids <articleId>#<n> in reading order', () => {
    expect(corpus.passages.filter((p) => p.articleId === 'lines').map((p) => p.id)).toEqual(['lines#1', 'lines#2', 'lines#3']);
  });

  it('joins hard-wrapped lines into one paragraph and keeps raw offsets', () => {
    const wrapped = corpus.passages.filter((p) => p.articleId === 'wrapped');
    expect(wrapped.map((p) => p.text)).toEqual(['A hard-wrapped paragraph that goes on and on across lines until it ends.', 'Then another one.']);
    const raw = corpus.articles.find((a) => a.id === 'wrapped')!.raw;
    for (const p of wrapped) expect(raw.slice(p.start, p.end).replace(/\s+/g, ' ')).toBe(p.text);
  });

  it('cuts a long paragraph on sentence boundaries', () => {
    const pieces = corpus.passages.filter((p) => p.articleId === 'long');
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(p.text).toMatch(/^Sentence number \d+/);
      expect(p.text).toMatch(/a while\.$/);
    }
    expect(pieces.map((p) => p.text).join(' ')).toBe(long);
  });

  it('derives a title from the headline, else the first sentence', () => {
    expect(corpus.articles.find((a) => a.id === 'lines')!.title).toBe('Headline Of The Local Story Today');
    expect(corpus.articles.find((a) => a.id === 'wrapped')!.title).toBe('A hard-wrapped paragraph that goes on and on across lines until it ends.');
  });
});
