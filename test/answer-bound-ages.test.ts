// 'How old is X': an age set off after another person's name is theirs, not X's. Invented text.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { ask } from '../src/answer/ask.js';
import { holdsAnswerType } from '../src/answer/answer-type.js';
import { withParams } from '../src/answer/params.js';

describe('an age set off after a name', () => {
  it('answers how old that person is, and no one else', () => {
    const text = 'She was horrified by the deaths of Carla Venn, 18, and Lita Moss, 17.';
    expect(holdsAnswerType(text, 'age', new Set(['how', 'old', 'is', 'carla', 'venn']))).toBe(true);
    expect(holdsAnswerType(text, 'age', new Set(['how', 'old', 'is', 'dana', 'quell']))).toBe(false);
    // The other forms still give an age, whoever is named: 'the 40-year-old', 'aged 40'.
    expect(holdsAnswerType('The 40-year-old singer is on tour.', 'age', new Set(['how', 'old', 'is', 'dana', 'quell']))).toBe(true);
  });

  it('leaves the question unanswered when the only age in reach is someone else\'s', () => {
    const e = engineOf({
      'single.txt': `Singer Backs Campaign\nSoul star Dana Quell said she sang on the single after being haunted by a shooting. Quell and producer Ivo Marsh have released the song in a bid to cut gun crime. She said she was horrified by the deaths of Carla Venn, 18, and Lita Moss, 17.\n${filler}`,
    });
    const question = 'how old is dana quell';
    const on = ask(e, question);
    const off = ask(e, question, withParams({ boundAges: 0 }));
    // Read as an answer, Carla Venn's age makes the snippet confident; bound to her, it does not.
    expect(on.confidence).toBeLessThan(off.confidence);
    expect(on.noAnswer).toBe(true);
  });
});
