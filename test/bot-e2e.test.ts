/**
 * The whole bot end to end: startBot with a real discord.js Client, logged in to the loopback
 * fake Discord, answering slash commands, autocomplete, buttons, mentions and DMs. Every assertion
 * is on the REST payload Discord would have received; the fake rejects anything Discord would
 * (limits, empty messages, late acknowledgements), and each test checks nothing was rejected.
 */
import { describe, expect, it } from 'vitest';
import type { InteractionHandle } from './fake-discord/index.js';
import { buttons, checkWholeFile, expectNoPings, freshUser, sent, TEST_TOKEN, userSees, useTestBot, visibleText } from './bot-harness.js';

const t = useTestBot();

/** The message a user finally sees for an interaction: the callback's data, or the @original edit after a defer. */
const finalReply = (h: InteractionHandle) => userSees(t.fake, h);

describe('logging in', () => {
  it('identifies with Guilds, GuildMessages and DirectMessages only, and logs one ready line without the token', () => {
    expect(t.fake.gateway.identifies[0]?.intents).toBe((1 << 0) | (1 << 9) | (1 << 12));
    const ready = t.logs.find((l) => String(l.msg).startsWith('ready as'));
    expect(ready).toMatchObject({ user: 'newsdesk', guilds: 1, articles: 5 });
    expect(ready?.passages).toBeGreaterThan(20);
    expect(JSON.stringify(t.logs)).not.toContain(TEST_TOKEN);
  });
});

describe('/ask', () => {
  it('defers, then edits in the cited answer: bold matches, linked sources, link buttons, no pings', async () => {
    const h = t.fake.sendSlashCommand('ask', [{ name: 'question', value: 'who led the chinese delegation' }], { userId: freshUser() });
    const { calls, body, ephemeral } = await finalReply(h);
    expect(calls.map((c) => `${c.method} ${c.body?.type ?? ''}`.trim())).toEqual(['POST 5', 'PATCH']);
    expect(ephemeral).toBe(false);
    expectNoPings(body);
    const embed = body.embeds[0];
    expect(embed.title).toBe('who led the chinese delegation');
    expect(embed.description).toContain('He Lifeng');
    expect(embed.description).toMatch(/\*\*(?:led|Chinese|delegation)\*\*/i);
    // Each snippet is cited with a markdown link to its article.
    expect(embed.description).toMatch(/— \[[^\]]+\]\(https:\/\/[^)]+\): \*/);
    const links = buttons(body).filter((b) => b.style === 5);
    expect(links.length).toBeGreaterThan(0);
    for (const b of links) expect(b.url).toMatch(/^https:\/\//);
    expect(t.fake.originalMessage(h)?.embeds[0]?.description).toBe(embed.description);
  });

  it('answers ephemerally with private:true', async () => {
    const h = t.fake.sendSlashCommand('ask', [{ name: 'question', value: 'who led the chinese delegation' }, { name: 'private', value: true }], { userId: freshUser() });
    const { body, ephemeral } = await finalReply(h);
    expect(ephemeral).toBe(true);
    expect(body.embeds[0].description).toContain('He Lifeng');
    expect((t.fake.originalMessage(h)?.flags ?? 0) & 64).toBe(64);
  });

  it('says plainly when nothing answers, suggesting /sources', async () => {
    const h = t.fake.sendSlashCommand('ask', [{ name: 'question', value: 'How do I bake sourdough bread?' }], { userId: freshUser() });
    const { body } = await finalReply(h);
    expect(body.embeds).toEqual([]);
    expect(body.content).toContain('I found nothing in the articles');
    expect(body.content).toContain('/sources');
    expectNoPings(body);
  });

  it('pages with More results and Previous, replacing the message; ids stay within 100 characters', async () => {
    const user = freshUser();
    const h = t.fake.sendSlashCommand('ask', [{ name: 'question', value: 'rare earth export controls' }], { userId: user });
    const { body } = await finalReply(h);
    const more = buttons(body).find((b) => b.label.startsWith('More results'));
    expect(more, 'a multi-page answer').toBeDefined();
    expect(more!.custom_id!.length).toBeLessThanOrEqual(100);
    expect(body.embeds[0].footer.text).toMatch(/^Results 1–3 of \d+/);

    const press = t.fake.sendButton(more!.custom_id!, undefined, { userId: user });
    const update = await t.fake.waitForCallback(press);
    expect(update.body.type).toBe(7);
    const page2 = update.body.data;
    expectNoPings(page2);
    expect(page2.embeds[0].footer.text).toMatch(/^Results 4–/);
    expect(page2.embeds[0].description).toMatch(/^\*\*4\.\*\*/);
    // The message itself now shows page 2, with a working Previous button.
    const shown = t.fake.message(t.fake.originalMessage(h)!.id)!;
    expect(shown.embeds[0]?.footer?.text).toBe(page2.embeds[0].footer.text);
    const previous = buttons(page2).find((b) => b.label.includes('Previous'));
    expect(previous?.disabled).toBe(false);
    const back = t.fake.sendButton(previous!.custom_id!, undefined, { userId: user });
    expect((await t.fake.waitForCallback(back)).body.data.embeds[0].footer.text).toMatch(/^Results 1–3/);
  });

  it('an unknown or expired button id gets an ephemeral "run it again", leaving the message alone', async () => {
    const h = t.fake.sendSlashCommand('sources', [], { userId: freshUser() });
    await t.fake.waitForCallback(h);
    const message = t.fake.originalMessage(h)!;
    for (const [customId, expected] of [
      ['ask:1#AAAAAAAAAAAAAAAA', 'Run `/ask` again'],
      ['v0-page-2', 'Run the command again'],
    ] as const) {
      const press = t.fake.sendButton(customId, message, { userId: freshUser() });
      const call = await t.fake.waitForCallback(press);
      expect(call.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
      expect(call.body.data.content).toContain('These results have expired');
      expect(call.body.data.content).toContain(expected);
    }
  });
});

describe('/quote', () => {
  it('autocompletes speakers with their role and quote count: at most 25 choices, names within 100 characters', async () => {
    const h = t.fake.sendAutocomplete('quote', [{ name: 'speaker', value: 'Bes', focused: true }], { userId: freshUser() });
    const call = await t.fake.waitForCallback(h);
    expect(call.body.type).toBe(8);
    const choices = call.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.name).toMatch(/^Scott Bessent — [^()]*Secretary \(\d+ quotes?\)$/);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    // Within Discord's 3 seconds, with room to spare.
    expect(call.at - h.sentAt).toBeLessThan(1000);

    const empty = t.fake.sendAutocomplete('quote', [{ name: 'speaker', value: '', focused: true }], { userId: freshUser() });
    const all = (await t.fake.waitForCallback(empty)).body.data.choices as unknown[];
    expect(all.length).toBeGreaterThan(1);
    expect(all.length).toBeLessThanOrEqual(25);
  });

  it('quotes the chosen speaker word for word, each quotation cited with links', async () => {
    const ac = t.fake.sendAutocomplete('quote', [{ name: 'speaker', value: 'Bessent', focused: true }], { userId: freshUser() });
    const choice = ((await t.fake.waitForCallback(ac)).body.data.choices as { value: string }[])[0]!;
    const h = t.fake.sendSlashCommand('quote', [{ name: 'speaker', value: choice.value }], { userId: freshUser() });
    const call = await t.fake.waitForCallback(h);
    expect(call.body.type).toBe(4);
    const body = call.body.data;
    expectNoPings(body);
    expect(body.embeds[0].title).toContain('Bessent');
    expect(body.embeds[0].description).toMatch(/> “[^”]+”/);
    expect(body.embeds[0].description).toMatch(/— \[[^\]]+\]\(https:\/\//);
    expect(buttons(body).filter((b) => b.style === 5).length).toBeGreaterThan(0);
  });

  it('answers an unknown speaker with a private hint, not an error', async () => {
    const h = t.fake.sendSlashCommand('quote', [{ name: 'speaker', value: 'Zebulon Quackenbush' }], { userId: freshUser() });
    const call = await t.fake.waitForCallback(h);
    expect(call.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(call.body.data.content).toContain('I know no speaker called “Zebulon Quackenbush”');
  });
});

describe('/sources and /help', () => {
  it('/sources lists every article with linked title, publisher and passage count', async () => {
    const h = t.fake.sendSlashCommand('sources', [], { userId: freshUser() });
    const body = (await t.fake.waitForCallback(h)).body.data;
    expectNoPings(body);
    const embed = body.embeds[0];
    expect(embed.title).toMatch(/^Sources: 5 articles, \d+ passages$/);
    expect(embed.description.match(/\*\*\[[^\]]+\]\(https:\/\/[^)]+\)\*\*/g)).toHaveLength(5);
    expect(embed.description).toContain('Anadolu Agency · Riyaz ul Khaliq · 2025-10-26');
    expect(embed.description).toMatch(/· \d+ passages/);
  });

  it('/help explains each command, privately', async () => {
    const h = t.fake.sendSlashCommand('help', [], { userId: freshUser() });
    const body = (await t.fake.waitForCallback(h)).body.data;
    expect(body.flags).toBe(64);
    const text = visibleText(body);
    for (const c of ['/ask', '/quote', '/sources', '/help', 'mention me']) expect(text).toContain(c);
  });
});

describe('mentions and DMs', () => {
  it('answers a guild @mention like /ask, as a reply that pings nobody; ignores messages not addressed to it', async () => {
    const user = freshUser();
    const chatter = t.fake.sendMessage({ content: 'just chatting about the delegation', authorId: user });
    const mention = t.fake.sendMessage({ content: `<@${t.fake.botUser.id}> who led the chinese delegation?`, mentions: [t.fake.botUser], authorId: user });
    const reply = await t.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${t.fake.channelId}/messages` && c.body?.message_reference?.message_id === mention.id);
    expect(reply.status).toBe(200);
    expectNoPings(reply.body);
    expect(reply.body.allowed_mentions.replied_user).toBe(false);
    expect(reply.body.embeds[0].description).toContain('He Lifeng');
    // Dispatches are handled in order, so an answer to the earlier chatter would have been sent by now.
    expect(t.fake.calls.filter((c) => c.body?.message_reference?.message_id === chatter.id)).toEqual([]);
  });

  it('answers a bare mention with how to ask', async () => {
    const m = t.fake.sendMessage({ content: `<@${t.fake.botUser.id}>`, mentions: [t.fake.botUser], authorId: freshUser() });
    const reply = await t.fake.waitForCall((c) => c.body?.message_reference?.message_id === m.id);
    expect(reply.body.content).toContain('Ask me a question after the mention');
    // The example names the bot by its mention, which pings nobody.
    expect(reply.body.content).toContain(`<@${t.fake.botUser.id}> who`);
    expectNoPings(reply.body);
  });

  it('answers a question sent in a DM', async () => {
    const user = freshUser();
    const dm = t.fake.sendMessage({ content: 'who led the chinese delegation?', guild: false, authorId: user });
    const reply = await t.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${t.fake.dmChannelId(user)}/messages`);
    expect(reply.status).toBe(200);
    expect(reply.body.message_reference.message_id).toBe(dm.id);
    expect(reply.body.embeds[0].description).toContain('He Lifeng');
    expectNoPings(reply.body);
  });
});

checkWholeFile(t, { messages: 12, interactions: 8 }, ['answered', 'no-answer', 'expired', 'unknown-speaker']);
