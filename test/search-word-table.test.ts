/** The word-vector vocabulary's lookup table answers as a Map from each line's word to its line number. */
import { describe, expect, it } from 'vitest';
import { WordTable } from '../src/search/word-table.js';

describe('word table', () => {
  it('finds every word at its row, and nothing else', () => {
    const words = ['the', 'purchase', "o'clock", 'well-known', 'buy', 'a'];
    const table = new WordTable(Buffer.from(words.join('\n')));
    const map = new Map(words.map((w, i) => [w, i]));
    expect(table.size).toBe(map.size);
    for (const [w, i] of map) expect(table.get(w), w).toBe(i);
    for (const w of ['purchas', 'Purchase', 'café', 'buys', '', 'the ']) {
      expect(table.get(w), w).toBeUndefined();
      expect(table.has(w)).toBe(false);
    }
    expect([...table.keys()]).toEqual(words);
  });

  it('keeps the last row of a word listed twice, as a Map filled in order would', () => {
    const table = new WordTable(Buffer.from('buy\nsell\nbuy'));
    expect(table.get('buy')).toBe(2);
    expect(table.get('sell')).toBe(1);
  });
});
