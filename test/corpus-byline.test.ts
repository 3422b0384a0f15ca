import { describe, expect, it } from 'vitest';
import { bylineAuthor } from '../src/corpus/byline.js';
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { ask } from '../src/answer/ask.js';
import { renderAsk } from '../src/render/discord.js';

const STORY = 'Harbour ferry returns after repairs\nBy Jane Doe and Omar Said\nThe harbour ferry returned to service on Monday after eleven weeks of repairs.\nThe council paid for the new engines.';
const manifest = (sources: unknown[]) => JSON.stringify({ sources });

describe('bylines', () => {
  it('takes a "By …" line near the top as the author when the manifest has none, and does not index it', () => {
    const c = buildCorpus([{ file: 'ferry.txt', content: STORY }]);
    expect(c.articles[0]!.author).toBe('Jane Doe and Omar Said');
    expect(c.passages.map((p) => p.text)).not.toContainEqual(expect.stringContaining('Jane Doe'));
    expect(c.passages).toHaveLength(3);
  });

  it("keeps the manifest's author over the byline line", () => {
    const c = buildCorpus([{ file: 'ferry.txt', content: STORY }], manifest([{ file: 'ferry.txt', author: 'Riyaz ul Khaliq' }]));
    expect(c.articles[0]!.author).toBe('Riyaz ul Khaliq');
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    expect(bylineAuthor('By Monday most of the ferries were back.')).toBeNull();
    expect(bylineAuthor('By then, the council had paid.')).toBeNull();
    expect(bylineAuthor('BY RIYAZ UL KHALIQ')).toBe('RIYAZ UL KHALIQ');
    expect(bylineAuthor('By Riyaz ul Khaliq | 26.10.2025')).toBe('Riyaz ul Khaliq');
    const c = buildCorpus([{ file: 'f.txt', content: 'Ferry news today in the harbour\nBy Monday most of the ferries were back.' }]);
    expect(c.articles[0]!.author).toBeNull();
    expect(c.passages.some((p) => p.text.startsWith('By Monday'))).toBe(true);
  });

  it('shows the author in the citation: "Publisher · Author · date"', () => {
    const corpus = buildCorpus(
      [{ file: 'ferry.txt', content: STORY }],
      manifest([{ file: 'ferry.txt', publisher: 'Anadolu Agency', author: 'Riyaz ul Khaliq', published: '2025-10-26', url: 'https://aa.example/ferry' }]),
    );
    const engine = createEngine(corpus);
    const d = renderAsk(ask(engine, 'when did the harbour ferry return to service?')).embeds[0]!.description!;
    expect(d).toContain('[Anadolu Agency · Riyaz ul Khaliq · 2025-10-26](https://aa.example/ferry#:~:text=');
  });
});
