/**
 * /ask and /quote filters end to end: the real bot against the loopback fake Discord, on the seed
 * corpus (Anadolu Agency and Newsmax dated 2025-10-26, three other outlets undated).
 */
import { describe, expect, it } from 'vitest';
import { finalReply, freshUser, useTestBot } from './bot-harness.js';

const t = useTestBot();

const Q = { name: 'question', value: 'who led the chinese delegation' };
/** The publishers a reply's citations name ("— [Publisher · …](…)"). */
const cited = (description: string) => [...description.matchAll(/^— \[([^\]·]+?)(?: ·[^\]]*)?\]/gm)].map((m) => m[1]!);

describe('/ask filters', () => {
  it('autocompletes `source` from the corpus publishers with their article counts', async () => {
    const h = t.fake.sendAutocomplete('ask', [Q, { name: 'source', value: 'news', focused: true }], { userId: freshUser() });
    const call = await t.fake.waitForCallback(h);
    expect(call.body.type).toBe(8);
    expect(call.body.data.choices).toEqual([
      { name: 'newsknocking.com (1 article)', value: 'newsknocking.com' },
      { name: 'Newsmax (1 article)', value: 'Newsmax' },
      { name: 'tottanews.com (1 article)', value: 'tottanews.com' },
    ]);
  });

  it('with `source`, cites only that outlet', async () => {
    const h = t.fake.sendSlashCommand('ask', [Q, { name: 'source', value: 'Anadolu Agency' }], { userId: freshUser() });
    const { body } = await finalReply(t.fake, h);
    const outlets = cited(body.embeds[0].description);
    expect(outlets.length).toBeGreaterThan(0);
    expect(new Set(outlets)).toEqual(new Set(['Anadolu Agency']));
    expect(body.embeds[0].description).not.toContain('Also reported by');
  });

  it('with `since`, leaves out older and undated articles, and says so when that hides every answer', async () => {
    const h = t.fake.sendSlashCommand('ask', [Q, { name: 'since', value: '2025-10-26' }], { userId: freshUser() });
    const { body } = await finalReply(t.fake, h);
    expect(new Set(cited(body.embeds[0].description))).toEqual(new Set(['Anadolu Agency']));

    const later = t.fake.sendSlashCommand('ask', [Q, { name: 'since', value: '2025-10-27' }], { userId: freshUser() });
    const none = await finalReply(t.fake, later);
    expect(none.body.content).toMatch(/^I found \d+ answers, but none published since 2025-10-27\. Articles without a date are left out when you give a date \(3 undated articles here\)/);
  });

  it('refuses a date it cannot read, privately, naming the option', async () => {
    const h = t.fake.sendSlashCommand('ask', [Q, { name: 'until', value: 'the other day' }], { userId: freshUser() });
    const call = await t.fake.waitForCallback(h);
    expect(call.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(call.body.data.content).toContain('until: “the other day” is not a date');
  });
});

describe('/quote filters', () => {
  it('keeps only quotations the chosen outlet printed', async () => {
    const h = t.fake.sendSlashCommand('quote', [{ name: 'speaker', value: 'Scott Bessent' }, { name: 'source', value: 'Newsmax' }], { userId: freshUser() });
    const { body } = await finalReply(t.fake, h);
    const d = body.embeds[0].description as string;
    const outlets = [...d.matchAll(/\[([^\]]+)\]\(https:/g)].map((m) => m[1]);
    expect(outlets.length).toBeGreaterThan(0);
    expect(new Set(outlets)).toEqual(new Set(['Newsmax']));
  });
});

describe('/sources', () => {
  it('shows how many articles each outlet has', async () => {
    const h = t.fake.sendSlashCommand('sources', [], { userId: freshUser() });
    const body = (await t.fake.waitForCallback(h)).body.data;
    expect(body.embeds[0].fields).toEqual([{ name: 'Outlets', value: 'Anadolu Agency 1 · Green Watch 1 · newsknocking.com 1 · Newsmax 1 · tottanews.com 1' }]);
  });
});

describe('the Context button', () => {
  it("shows the snippets' paragraphs with their neighbours, only to whoever pressed it, leaving the answer alone", async () => {
    const user = freshUser();
    const h = t.fake.sendSlashCommand('ask', [Q], { userId: user });
    const { body } = await finalReply(t.fake, h);
    const button = (body.components as { components: { label: string; custom_id?: string }[] }[]).flatMap((r) => r.components).find((b) => b.label === 'Context');
    expect(button?.custom_id?.length).toBeLessThanOrEqual(100);
    const press = t.fake.sendButton(button!.custom_id!, undefined, { userId: user });
    const call = await t.fake.waitForCallback(press);
    expect(call.body).toMatchObject({ type: 4, data: { flags: 64 } });
    const d = call.body.data.embeds[0].description as string;
    expect(d).toMatch(/^\*\*1\.\*\* \[[^\]]+\]\(https:/);
    expect(d).toContain('He Lifeng');
    // The cited paragraph is marked, with a neighbour quoted beside it.
    expect(d.match(/ ◀/g)!.length).toBeGreaterThanOrEqual(1);
    expect(d.split('\n> \n').length).toBeGreaterThan(2);
    expect(d.length).toBeLessThanOrEqual(4096);
    expect(t.fake.originalMessage(h)?.embeds[0]?.description).toBe(body.embeds[0].description);
  });
});
