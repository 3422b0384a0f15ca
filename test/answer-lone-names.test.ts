// A one-word name of the quote registry stands for its person only where the question writes a
// name: every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { ask } from '../src/answer/ask.js';

describe("an ordinary word that is someone's surname ('job' and Steve Jobs)", () => {
  const e = engineOf({
    'mac.txt': ['New Mac Shown', 'Steve Jobs showed a new computer on Tuesday.', filler, '"It is the best Mac we have made," said Jobs.', filler].join('\n'),
    'plant.txt': ['Plant To Close', 'The car plant at Dunmere will close next year with the loss of 900 posts.', filler, '"The job cuts are a heavy blow to the town," said union leader Mary Quill.', 'Every job at the plant will go, and each job lost costs the town dearly.', filler].join('\n'),
  });

  it('asks about the thing, not the person: "quotes about the job cuts" finds the words about the cuts', () => {
    // Read as Steve Jobs, 'job' asked to hear from him, and his one quotation is about a Mac.
    const r = ask(e, 'quotes about the job cuts');
    expect(r.noAnswer).toBe(false);
    expect(r.hits[0]?.snippet).toContain('job cuts are a heavy blow');
  });

  it('still hears the person when the question writes the name', () => {
    expect(ask(e, 'what did Jobs say about the new Mac').hits[0]?.snippet).toContain('best Mac we have made');
  });
});
