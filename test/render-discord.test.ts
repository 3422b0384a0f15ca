import { describe, expect, it } from 'vitest';
import type { AskHit, AskResult, SourceSummary } from '../src/answer/types.js';
import { renderAsk, renderNotice, renderSources } from '../src/render/discord.js';
import { DISCORD_LIMITS as L } from '../src/render/limits.js';
import { escapeMarkdown, truncate } from '../src/render/markdown.js';
import type { ReplyPayload } from '../src/render/payload.js';
import { payloadToText } from '../src/render/text.js';

/** Everything Discord checks before accepting a message. */
function expectWithinLimits(p: ReplyPayload) {
  expect(p.allowedMentions).toEqual({ parse: [] });
  if (p.content) expect(p.content.length).toBeLessThanOrEqual(L.content);
  let total = 0;
  for (const e of p.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(L.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(L.embedDescription);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(L.footerText);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
    for (const f of e.fields ?? []) {
      expect(f.value.length).toBeLessThanOrEqual(L.fieldValue);
      total += f.name.length + f.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(L.embedsTotal);
  expect(p.components.length).toBeLessThanOrEqual(L.actionRows);
  for (const row of p.components) {
    expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
    for (const b of row.components) {
      expect(b.label.length).toBeLessThanOrEqual(L.buttonLabel);
      expect((b.custom_id ?? '').length).toBeLessThanOrEqual(L.customId);
      expect(Boolean(b.url) !== Boolean(b.custom_id)).toBe(true);
    }
  }
}

const hit = (n: number, text: string, extra: Partial<AskHit> = {}): AskHit => ({
  snippet: text,
  spans: [{ text, match: false }],
  passageId: `src${n}#1`,
  score: 10 - n,
  source: { id: `src${n}`, title: `Title ${n}`, publisher: `Publisher ${n}`, author: null, url: `https://news${n}.example/story`, published: '2024-05-0' + ((n % 9) + 1) },
  alsoIn: [],
  ...extra,
});

describe('renderAsk', () => {
  const result: AskResult = {
    query: 'who won?',
    noAnswer: false,
    reason: null,
    confidence: 1,
    hits: [
      hit(1, 'x', { spans: [{ text: 'Ana Ruiz', match: true }, { text: ' won the *final* by 3_2.', match: false }], snippet: 'Ana Ruiz won the *final* by 3_2.', alsoIn: [{ id: 'src9', publisher: 'Wire', url: 'https://wire.example/a', passageId: 'src9#2' }] }),
      hit(2, 'Second snippet.'),
      hit(3, 'Third snippet.'),
      hit(4, 'Fourth snippet.'),
    ],
  };

  it('cites each snippet with its publisher, date and link, matched words in bold, markdown escaped', () => {
    const p = renderAsk(result, { pageId: (n) => `ask:${n}:who won?` });
    const d = p.embeds[0]!.description!;
    expect(d).toContain('**Ana Ruiz** won the \\*final\\* by 3\\_2.');
    expect(d).toContain('[Publisher 1 · 2024-05-02](https://news1.example/story#:~:text=Ana%20Ruiz%20won%20the%20%2Afinal%2A%20by%203_2)');
    expect(d).toContain('Also reported by [Wire](https://wire.example/a)');
    expect(d).not.toContain('Fourth snippet');
    expect(p.components[0]!.components.map((b) => b.url)).toEqual(['https://news1.example/story', 'https://news2.example/story', 'https://news3.example/story']);
    expect(p.components[1]!.components.map((b) => b.custom_id)).toEqual(['ask:-1:who won?', 'ask:1:who won?']);
    expectWithinLimits(p);
  });

  it('shows the requested page and disables the button past the end', () => {
    const p = renderAsk(result, { page: 1, pageId: (n) => `ask:${n}` });
    expect(p.embeds[0]!.description).toContain('Fourth snippet');
    expect(p.components.at(-1)!.components.find((b) => b.custom_id === 'ask:2')!.disabled).toBe(true);
  });

  it('stays inside every limit with huge snippets, titles and queries', () => {
    const big = 'A very long sentence that goes on and on. '.repeat(200);
    const huge: AskResult = { query: '?'.repeat(6000), noAnswer: false, reason: null, confidence: 1, hits: [1, 2, 3].map((n) => hit(n, big, { source: { id: 'x'.repeat(300), title: big, publisher: big, author: big, url: 'https://x.example/' + 'y'.repeat(500), published: null } })) };
    expectWithinLimits(renderAsk(huge, { pageId: (n) => `ask:${n}` }));
  });

  it('answers "nothing found" plainly, suggests /sources and cannot ping', () => {
    const p = renderAsk({ query: '@everyone where is <@123>?', noAnswer: true, reason: 'low-confidence', confidence: 0, hits: [] });
    expect(p.content).toContain('/sources');
    expect(p.content).not.toMatch(/@everyone|<@123>/);
    expectWithinLimits(p);
  });
});

describe('renderSources', () => {
  const sources: SourceSummary[] = Array.from({ length: 23 }, (_, i) => ({ id: `s${i}`, title: `Story ${i}`, publisher: `Pub ${i}`, author: null, url: `https://p${i}.example/`, published: null, passages: i + 1 }));
  it('lists articles with linked titles and passage counts, paged', () => {
    const p = renderSources(sources, { pageId: (n) => `sources:${n}` });
    expect(p.embeds[0]!.description).toContain('[Story 0](https://p0.example/)');
    expect(p.embeds[0]!.description).toContain('1 passage');
    expect(p.embeds[0]!.footer!.text).toBe('Page 1 of 3');
    expectWithinLimits(p);
  });
});

describe('markdown and text', () => {
  it('escapes markdown and breaks mentions', () => {
    expect(escapeMarkdown('> **hi** @here <@&42> _x_ `y`')).toBe('\\> \\*\\*hi\\*\\* @\u200bhere <\u200b@&42> \\_x\\_ \\`y\\`');
  });

  it('truncates at a sentence end with an ellipsis', () => {
    const t = truncate('First sentence is here. Second sentence is much longer than the room.', 36);
    expect(t).toBe('First sentence is here.…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('renders the same payload as terminal text with links spelled out', () => {
    const text = payloadToText(renderAsk({ query: 'q', noAnswer: false, reason: null, confidence: 1, hits: [hit(1, 'Snippet with *stars*.')] }));
    expect(text).toContain('Snippet with *stars*.');
    expect(text).toContain('Publisher 1 · 2024-05-02 <https://news1.example/story#:~:text=Snippet%20with%20%2Astars>');
    expect(payloadToText(renderNotice('plain'))).toBe('plain');
  });
});
