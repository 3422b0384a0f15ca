/**
 * Article texts stored in V8's own encodings and read back in blocks (src/store/article-texts.ts):
 * every article of a reopened index reads exactly as the corpus loader reads its file, whatever its
 * characters (ASCII, Latin-1, curly quotes, characters outside the BMP) and however the texts fall
 * into blocks.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { decodeTexts, encodeTexts, isWide } from '../src/store/article-texts.js';
import { openEngine } from '../src/store/open.js';

const TEXTS = [
  'Harbour Herald\n\nThe ferry resumed on Monday, officials said.\n',
  'Café owners in Zürich said the rent rose by 12% — “too much”, one said.\n',
  'Léa Dupont said: “We will open the new line in 2026.” 🚆 The line runs north.\n',
  'A plain second article about the port authority budget vote.\n',
];

describe('article texts decoded in blocks', () => {
  it('gives each text back as stored, for any block size', () => {
    expect(TEXTS.map(isWide)).toEqual([false, true, true, false]);
    for (const wide of [false, true]) {
      const texts = TEXTS.filter((t) => isWide(t) === wide);
      const bytes = encodeTexts(texts, wide);
      for (const blockBytes of [1, 60, 150, 1 << 20]) expect(decodeTexts(bytes, wide, texts.map((t) => t.length), blockBytes), `block ${blockBytes}`).toEqual(texts);
    }
    expect(decodeTexts(encodeTexts([], true), true, [])).toEqual([]);
  });

  it('refuses lengths that do not fit the stored texts', () => {
    const bytes = encodeTexts(TEXTS, true);
    expect(() => decodeTexts(bytes, true, TEXTS.map((t) => t.length + 1))).toThrow(/do not fit/);
  });

  it('reopens an index whose articles are ASCII, Latin-1, wider, or normalised on load, with the same corpus and answers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-texts-'));
    try {
      await Promise.all(TEXTS.map((t, i) => writeFile(path.join(dir, `a${i}.txt`), t)));
      // Not plain: a BOM and Windows line ends are taken off by the loader, so this one is decoded as the loader does.
      await writeFile(path.join(dir, 'b-bom.txt'), '\ufeffThe harbour master said the quay reopened.\r\nShips docked at noon.\r\n');
      const fresh = createEngine(await loadCorpus(dir));
      expect((await openEngine(dir, { build: 'main' })).from).toBe('rebuilt');
      const reopened = await openEngine(dir, { build: 'main' });
      expect(reopened.from).toBe('persisted');
      expect(reopened.engine.corpus).toEqual(fresh.corpus);
      for (const q of ['what did Léa Dupont say?', 'how much did the rent rise in Zürich?', 'when did the quay reopen?']) expect(ask(reopened.engine, q), q).toEqual(ask(fresh, q));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
