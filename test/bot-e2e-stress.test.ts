/**
 * The whole bot end to end under stress: hostile and odd input, floods of commands and
 * mentions, a gateway that drops, client errors; startBot with a real discord.js Client against
 * the loopback fake Discord (bot-e2e.test.ts has the commands themselves). Every assertion
 * is on the REST payload Discord would have received; the fake rejects anything Discord would
 * (limits, empty messages, late acknowledgements), and each test checks nothing was rejected.
 */
import { describe, expect, it } from 'vitest';
import type { InteractionHandle } from './fake-discord/index.js';
import { checkWholeFile, expectNoPings, freshUser, sent, userSees, useTestBot, visibleText } from './bot-harness.js';

const t = useTestBot();

/** The message a user finally sees for an interaction: the callback's data, or the @original edit after a defer. */
const finalReply = (h: InteractionHandle) => userSees(t.fake, h);

describe('hostile and odd input', () => {
  const ask = async (question: string) => finalReply(t.fake.sendSlashCommand('ask', [{ name: 'question', value: question }], { userId: freshUser() }));

  it('empty or blank question: a private hint', async () => {
    for (const q of ['', '   \n\t ']) {
      const { body, ephemeral } = await ask(q);
      expect(ephemeral).toBe(true);
      expect(body.content).toContain('Ask me a question in words');
    }
  });

  it('6000 characters: a private "keep it shorter", not a rejected reply', async () => {
    const { body, ephemeral } = await ask('why '.repeat(1500));
    expect(ephemeral).toBe(true);
    expect(body.content).toContain('please keep it under 300');
  });

  it('only emoji: says there are no words to search for', async () => {
    const { body, ephemeral } = await ask('🔥🔥🤔💯');
    expect(ephemeral).toBe(true);
    expect(body.content).toContain('I found no words to search for in “🔥🔥🤔💯”');
  });

  it('markdown and @everyone in the question are shown escaped and ping nobody', async () => {
    const { body } = await ask('@everyone **bold** __under__ ~~gone~~ ||spoiler|| `code` <@1500000000000000001> sourdough');
    expectNoPings(body);
    const text = visibleText(body);
    expect(text).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(text).toContain('\\*\\*bold\\*\\*');
    expect(text).not.toContain('@everyone');
    expect(text).not.toMatch(/<@1500000000000000001>/);
  });

  it('markdown in an answered question is escaped in the embed title too', async () => {
    const { body } = await ask('who led the **chinese** delegation?');
    expect(body.embeds[0].title).toBe('who led the \\*\\*chinese\\*\\* delegation?');
    expect(body.embeds[0].description).toContain('He Lifeng');
  });

  it('a 6000-character mention gets a helpful reply within the limits', async () => {
    const m = t.fake.sendMessage({ content: `<@${t.fake.botUser.id}> ${'tariff '.repeat(850)}`, mentions: [t.fake.botUser], authorId: freshUser() });
    const reply = await t.fake.waitForCall((c) => c.body?.message_reference?.message_id === m.id);
    expect(reply.status).toBe(200);
    expect(reply.body.content).toContain('please keep it under 300');
  });
});

describe('cooldown', () => {
  it('answers a flood of commands with an ephemeral "slow down" after five in ten seconds', async () => {
    const user = freshUser();
    const handles = Array.from({ length: 7 }, () => t.fake.sendSlashCommand('sources', [], { userId: user }));
    const calls = await Promise.all(handles.map((h) => t.fake.waitForCallback(h)));
    const slow = calls.filter((c) => String(c.body.data?.content ?? '').startsWith('Slow down'));
    expect(slow).toHaveLength(2);
    for (const c of slow) expect(c.body.data.flags).toBe(64);
    // Another user is unaffected.
    const other = await t.fake.waitForCallback(t.fake.sendSlashCommand('sources', [], { userId: freshUser() }));
    expect(other.body.data.embeds).toHaveLength(1);
  });

  it('warns a flood of mentions once, then stays quiet', async () => {
    const user = freshUser();
    const messages = Array.from({ length: 8 }, (_, i) => t.fake.sendMessage({ content: `<@${t.fake.botUser.id}> who led the delegation ${i}?`, mentions: [t.fake.botUser], authorId: user }));
    const ids = new Set(messages.map((m) => m.id));
    // Every handled message logs one line when done; wait for all eight rather than for replies some will not get.
    await expect.poll(() => t.logs.filter((l) => ids.has(String(l.message))).length, { timeout: 3000 }).toBe(8);
    const replies = t.fake.calls.filter((c) => messages.some((m) => m.id === c.body?.message_reference?.message_id));
    expect(replies).toHaveLength(6);
    expect(replies.filter((c) => String(c.body.content ?? '').startsWith('Slow down'))).toHaveLength(1);
  });
});

describe('resilience', () => {
  it('resumes after the gateway drops mid-session and answers the command sent while it was down', async () => {
    const identifies = t.fake.gateway.identifies.length;
    expect(t.fake.dropConnection()).toBe(1);
    const h = t.fake.sendSlashCommand('sources', [], { userId: freshUser() });
    const call = await t.fake.waitForCallback(h);
    expect(call.status).toBe(204);
    expect(t.fake.gateway.resumes.at(-1)?.replayed).toBeGreaterThanOrEqual(1);
    expect(t.fake.gateway.identifies).toHaveLength(identifies);
    const next = await t.fake.waitForCallback(t.fake.sendSlashCommand('help', [], { userId: freshUser() }));
    expect(next.body.type).toBe(4);
  });

  it('re-identifies when the session cannot be resumed, and answers again', async () => {
    const earlier = new Set(t.fake.gateway.received);
    t.fake.dropConnection({ abrupt: true, resumable: false });
    await t.fake.waitForGateway((p) => p.op === 2 && !earlier.has(p), 10_000);
    await expect.poll(() => t.bot.client.isReady()).toBe(true);
    const h = t.fake.sendSlashCommand('sources', [], { userId: freshUser() });
    expect((await t.fake.waitForCallback(h)).status).toBe(204);
  });

  it('logs client error and shardError events and keeps answering', async () => {
    t.bot.client.emit('error', new Error('simulated client error'));
    t.bot.client.emit('shardError', new Error('simulated shard error'), 0);
    expect(t.logs.find((l) => l.msg === 'discord client error')).toMatchObject({ err: { message: 'simulated client error' } });
    expect(t.logs.find((l) => l.msg === 'gateway connection error')).toMatchObject({ shard: 0, err: { message: 'simulated shard error' } });
    const h = t.fake.sendSlashCommand('sources', [], { userId: freshUser() });
    expect((await t.fake.waitForCallback(h)).status).toBe(204);
  });
});

checkWholeFile(t, { messages: 10, interactions: 5 }, ['cooldown', 'too-long']);
