/**
 * A possessive name opening a sentence says whose the subject is, not who it is: the person named
 * right after it is the one a following "he said" stands for (made-up names).
 */
import { afterEach, describe, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs } from './quote-needs.js';

afterEach(() => switchOff([]));

describe('a possessive opening the subject', () => {
  it('gives "He said" to the counterpart named after "Roe\'s", not to Roe', () => {
    const text = 'Quillby coach Martin Roe said: "We were poor tonight."\n\nBut Roe\'s Fernvale counterpart Felix Dornan was in no mood to celebrate either. He said: "I am far from happy despite the win."\n';
    needs('possessive-heads', 'I am far from happy despite the win.', 'Felix Dornan', text);
  });
});
