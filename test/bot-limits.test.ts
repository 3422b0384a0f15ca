/**
 * Discord's limits under stress: a synthetic newsroom with overlong titles, publishers and URLs,
 * markdown and @everyone in the text, many articles and long, repetitive passages. The bot pages
 * through every reply it can produce, and the fake (which rejects exactly what Discord rejects)
 * must accept all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { LIMITS, wouldPing, type InteractionHandle } from './fake-discord/index.js';
import { buttons, finalReply, freshUser, sent, startTestBot, visibleText, type TestBot } from './bot-harness.js';

const ARTICLES = 24;

function hostileCorpus() {
  const files = [];
  const sources = [];
  for (let i = 0; i < ARTICLES; i++) {
    const file = `story-${String(i).padStart(2, '0')}.txt`;
    // Words unique to each sentence keep passages from folding together as near-duplicates.
    const unique = (n: number, k: number) => Array.from({ length: 8 }, (_, w) => `zq${(i * 9973 + n * 331 + k * 17 + w).toString(36)}`).join(' ');
    const para = (n: number) =>
      `The harbour commission met on day ${n} and the *harbour* levy was debated again by @everyone in the _chamber_ <@123456789012345678>. ` +
      Array.from({ length: 8 }, (_, k) => `The harbour levy report ${unique(n, k)} was read aloud in the chamber.`).join(' ') +
      ` “We will not raise the harbour levy this year, whatever the **council** says,” said Mara Oyelaran-Whitcombe, the commission's chair, on day ${n}.`;
    files.push({ file, content: [`Harbour levy row ${i} ${'headline words '.repeat(3)}`, '', ...Array.from({ length: 6 }, (_, n) => para(n)).flatMap((p) => [p, ''])].join('\n') });
    sources.push({
      file,
      id: `story-${i}`,
      title: `${'A very long headline about the harbour levy with *stars* and _underscores_ and @everyone '.repeat(6)}${i}`,
      publisher: `${'The Extremely Long-Named Regional Harbour Gazette and Evening Courier '.repeat(3)}${i}`,
      url: `https://example.com/news/(section)/${'segment/'.repeat(40)}story-${i}?ref=a b`,
      published: `2025-10-${String((i % 28) + 1).padStart(2, '0')}`,
    });
  }
  return buildCorpus(files, JSON.stringify({ sources }));
}

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ engine: createEngine(hostileCorpus()), cooldown: { limit: 1000, windowMs: 10_000 } });
});

afterAll(async () => {
  await t?.close();
});

/** The user-visible body of an interaction's reply (after a defer, its edit). */
async function reply(h: InteractionHandle): Promise<Record<string, any>> {
  return (await finalReply(t.fake, h)).body;
}

function expectWithinLimits(body: Record<string, any>) {
  expect(body.allowed_mentions).toMatchObject({ parse: [] });
  expect(wouldPing(body)).toEqual([]);
  let total = 0;
  for (const e of body.embeds ?? []) {
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const b of buttons(body)) {
    expect(b.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    if (b.custom_id) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
  expect(visibleText(body)).not.toContain('@everyone');
}

/** Presses 'More results' until the last page, checking every page; returns how many pages there were. */
async function pageThrough(first: Record<string, any>, user: string): Promise<number> {
  let body = first;
  let pages = 1;
  for (;;) {
    expectWithinLimits(body);
    const more = buttons(body).find((b) => b.custom_id && !b.disabled && /More results/.test(b.label));
    if (!more) return pages;
    const press = t.fake.sendButton(more.custom_id!, undefined, { userId: user });
    body = sent(await t.fake.waitForCallback(press));
    pages += 1;
  }
}

describe('replies stay inside Discord’s limits on a hostile corpus', () => {
  it('/ask: every page of a long, many-source answer is accepted', async () => {
    const user = freshUser();
    const first = await reply(t.fake.sendSlashCommand('ask', [{ name: 'question', value: 'harbour levy' }], { userId: user }));
    expect(first.embeds[0].description).toMatch(/\*\*harbour( levy)?\*\*/);
    // Source markdown shows as written, not as formatting.
    expect(first.embeds[0].description).toContain('\\*');
    expect(await pageThrough(first, user)).toBeGreaterThan(1);
    expect(t.fake.problems).toEqual([]);
  });

  it('/sources: all pages of a long list are accepted', async () => {
    const user = freshUser();
    const first = await reply(t.fake.sendSlashCommand('sources', [], { userId: user }));
    expect(first.embeds[0].title).toContain(`${ARTICLES} articles`);
    expect(await pageThrough(first, user)).toBe(Math.ceil(ARTICLES / 10));
    expect(t.fake.problems).toEqual([]);
  });

  it('/quote and its autocomplete are accepted', async () => {
    const user = freshUser();
    const ac = await t.fake.waitForCallback(t.fake.sendAutocomplete('quote', [{ name: 'speaker', value: 'Mara', focused: true }], { userId: user }));
    const choices = ac.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    const first = await reply(t.fake.sendSlashCommand('quote', [{ name: 'speaker', value: choices[0]!.value }], { userId: user }));
    expect(visibleText(first)).toContain('harbour levy');
    await pageThrough(first, user);
    expect(t.fake.problems).toEqual([]);
  });
});
