import { describe, expect, it } from 'vitest';
import type { AskHit, AskResult } from '../src/answer/types.js';
import type { QuoteResult } from '../src/quotes/index.js';
import { renderContext } from '../src/render/context.js';
import { renderAsk, renderQuote } from '../src/render/discord.js';
import { askJson, quoteJson } from '../src/render/json.js';
import { DISCORD_LIMITS as L } from '../src/render/limits.js';

const hit = (n: number, snippet: string, url: string | null = `https://news${n}.example/story`): AskHit => ({
  snippet,
  spans: [{ text: snippet, match: false }],
  passageId: `src${n}#1`,
  score: 1,
  source: { id: `src${n}`, title: `Title ${n}`, publisher: `Publisher ${n}`, author: null, url, published: '2024-05-01' },
  alsoIn: [],
});
const result = (hits: AskHit[]): AskResult => ({ query: 'q', noAnswer: false, reason: null, confidence: 1, hits });

const quoteResult: QuoteResult = {
  query: 'ana',
  about: null,
  speaker: { id: 'ana', name: 'Ana Ruiz', kind: 'person', aliases: [], description: null, quotes: 1, mentions: 1 },
  quotes: [
    {
      id: 'q1',
      text: 'We will win the final, no doubt.',
      partial: false,
      speakerId: 'ana',
      organisationId: null,
      citations: [{ sourceId: 'src1', passageId: 'src1#2', publisher: 'Publisher 1', url: 'https://news1.example/story', text: 'We will win the final, no doubt.', passageIds: ['src1#2'] }],
    },
  ],
  note: null,
  suggestions: [],
};

describe('deep links to the quoted sentence', () => {
  it('links each /ask citation to its sentence with a text fragment', () => {
    const d = renderAsk(result([hit(1, 'The ferry runs again after repairs that took eleven weeks.')])).embeds[0]!.description!;
    expect(d).toContain('(https://news1.example/story#:~:text=The%20ferry%20runs%20again,that%20took%20eleven%20weeks)');
  });

  it('keeps link buttons on the plain URL', () => {
    const p = renderAsk(result([hit(1, 'The ferry runs again.')]));
    expect(p.components[0]!.components[0]!.url).toBe('https://news1.example/story');
  });

  it('falls back to plain URLs when deep links would overflow the embed', () => {
    const long = (n: number) => `https://news${n}.example/${'p'.repeat(L.buttonUrl - 150)}`;
    const words = Array.from({ length: 200 }, (_, i) => `wörd${i}`).join(' ');
    const p = renderAsk(result([1, 2, 3].map((n) => hit(n, `${words}.`, long(n)))));
    const d = p.embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(L.embedDescription);
    expect(d).toContain(`(${long(1)})`);
  });

  it('links each /quote citation to the words that outlet printed', () => {
    const d = renderQuote(quoteResult).embeds[0]!.description!;
    expect(d).toContain('[Publisher 1](https://news1.example/story#:~:text=We%20will%20win%20the%20final%2C%20no%20doubt)');
  });

  it('falls back to plain URLs in /quote too when deep links would overflow the embed', () => {
    const url = `https://news1.example/${'p'.repeat(L.buttonUrl - 200)}`;
    const text = Array.from({ length: 120 }, (_, i) => `wörd${i}`).join(' ');
    const quotes = Array.from({ length: 5 }, (_, i) => ({
      ...quoteResult.quotes[0]!,
      id: `q${i}`,
      text: `${text} ${i}`,
      citations: [1, 2, 3].map((n) => ({ sourceId: `s${n}`, passageId: `s${n}#1`, publisher: `P${n}`, url, text: `${text} ${i}`, passageIds: [`s${n}#1`] })),
    }));
    const d = renderQuote({ ...quoteResult, quotes }).embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(L.embedDescription);
    expect(d).toContain(`[P1](${url})`);
    expect(d).not.toContain('#:~:text=');
  });

  it('gives JSON hits and quote citations a `link`, keeping `url` plain', () => {
    const a = askJson(result([hit(1, 'The ferry runs again.'), hit(2, 'No URL here.', null)]));
    expect(a.results[0]).toMatchObject({ link: 'https://news1.example/story#:~:text=The%20ferry%20runs%20again', source: { url: 'https://news1.example/story' } });
    expect(a.results[1]!.link).toBeNull();
    const q = quoteJson(quoteResult);
    expect(q.quotes[0]!.citations[0]).toMatchObject({ url: 'https://news1.example/story', link: 'https://news1.example/story#:~:text=We%20will%20win%20the%20final%2C%20no%20doubt' });
  });
});

describe('renderContext', () => {
  it('numbers entries as the answer page does, marks the cited paragraph, and stays within the embed limit', () => {
    const long = 'A long paragraph of the article that goes on. '.repeat(100);
    const e = { publisher: 'Pub', articleId: 'a', title: 'T', url: 'https://a.example/', before: long, passage: long, after: long };
    const p = renderContext([e, e, e], 4);
    const d = p.embeds[0]!.description!;
    expect(p.ephemeral).toBe(true);
    expect(p.allowedMentions).toEqual({ parse: [] });
    expect(d).toMatch(/^\*\*4\.\*\* \[Pub\]\(https:\/\/a\.example\/\)/);
    expect(d).toContain('**6.**');
    expect(d.match(/ ◀/g)).toHaveLength(3);
    expect(d.length).toBeLessThanOrEqual(L.embedDescription);
  });
});
