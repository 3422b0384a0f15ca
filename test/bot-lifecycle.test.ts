/**
 * The bot's life beyond single replies: a command that throws, stopping with a reply in flight,
 * paging buttons pressed after a restart, and no handle left open.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../commands/index.js';
import type { Command } from '../src/bot/types.js';
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { buttons, freshUser, sent, startTestBot, type TestBot } from './bot-harness.js';

const failing: Command[] = [
  {
    data: new SlashCommandBuilder().setName('boom').setDescription('throws before answering'),
    async execute() {
      throw new Error('kaboom');
    },
  },
  {
    data: new SlashCommandBuilder().setName('late-boom').setDescription('throws after deferring'),
    async execute(interaction: ChatInputCommandInteraction) {
      await interaction.deferReply();
      throw new Error('late kaboom');
    },
  },
];

const open: TestBot[] = [];
afterAll(async () => {
  for (const t of open) await t.close();
});

// First, while no other bot of this file is running, so the count of open handles is this test's alone.
describe('cleanup', () => {
  it('leaves no socket, server or timer open once stopped and the fake is closed', async () => {
    const count = (kind: string) => process.getActiveResourcesInfo().filter((r) => r === kind).length;
    const before = { sockets: count('TCPSocketWrap'), servers: count('TCPServerWrap'), timers: count('Timeout') };
    const left = () => ({ sockets: count('TCPSocketWrap') - before.sockets, servers: count('TCPServerWrap') - before.servers, timers: Math.max(0, count('Timeout') - before.timers) });
    const t = await startTestBot();
    await t.fake.waitForCallback(t.fake.sendSlashCommand('sources', [], { userId: freshUser() }));
    t.fake.dropConnection();
    await t.fake.waitForCallback(t.fake.sendSlashCommand('sources', [], { userId: freshUser() }));
    expect(count('TCPSocketWrap')).toBeGreaterThan(before.sockets);
    await t.close();
    await expect.poll(left).toEqual({ sockets: 0, servers: 0, timers: 0 });
  });
});

describe('a failing command', () => {
  it('is logged with the interaction id, answered with a short apology, and the bot keeps answering', async () => {
    const t = await startTestBot({ commands: new Map([...commandsByName, ...failing.map((c) => [c.data.name, c] as const)]) });
    open.push(t);

    const boom = t.fake.sendSlashCommand('boom', [], { userId: freshUser() });
    const apology = await t.fake.waitForCallback(boom);
    expect(apology.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(apology.body.data.content).toMatch(/^Sorry, something went wrong/);
    expect(apology.body.data.content).not.toContain('kaboom');
    await expect.poll(() => t.logs.find((l) => l.msg === 'interaction failed' && l.interaction === boom.id)).toMatchObject({ command: 'boom', err: { message: 'kaboom' } });

    // After a defer, the apology replaces the 'thinking…' message.
    const late = t.fake.sendSlashCommand('late-boom', [], { userId: freshUser() });
    const edit = await t.fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(late.token));
    expect(edit.body.content).toMatch(/^Sorry, something went wrong/);

    const next = await t.fake.waitForCallback(t.fake.sendSlashCommand('sources', [], { userId: freshUser() }));
    expect(next.body.data.embeds).toHaveLength(1);
    expect(t.fake.problems).toEqual([]);
  });
});

describe('a reloaded corpus', () => {
  it('answers from the new engine from the next command on', async () => {
    const t = await startTestBot();
    open.push(t);
    const before = await t.fake.waitForCallback(t.fake.sendSlashCommand('sources', [], { userId: freshUser() }));
    expect(before.body.data.embeds[0].title).toMatch(/^Sources: 5 articles/);
    t.bot.setEngine(createEngine(buildCorpus([{ file: 'one.txt', content: 'The harbour levy was cut by half on Monday, the council said.' }])));
    const after = await t.fake.waitForCallback(t.fake.sendSlashCommand('sources', [], { userId: freshUser() }));
    expect(after.body.data.embeds[0].title).toBe('Sources: 1 article, 1 passage');
  });
});

describe('stopping and restarting', () => {
  it('finishes a reply in flight before disconnecting; after a restart short ids still page and long ones say they expired', async () => {
    const t = await startTestBot();
    open.push(t);
    const user = freshUser();

    // Two multi-page answers: one whose question fits in the custom id, one that needs the in-memory map.
    const short = t.fake.sendSlashCommand('ask', [{ name: 'question', value: 'rare earth export controls' }], { userId: user });
    const shortEdit = await t.fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(short.token));
    const longQuestion = 'what was said about the rare earth export controls, and what did they say about it when they were asked about it there?';
    const long = t.fake.sendSlashCommand('ask', [{ name: 'question', value: longQuestion }], { userId: user });

    // Stop while /ask is between its defer and its answer: the answer must still arrive.
    await t.fake.waitForCallback(long);
    await t.bot.stop();
    const longEdit = t.fake.callsFor(long).find((c) => c.method === 'PATCH');
    expect(longEdit?.status).toBe(200);
    expect(t.bot.client.isReady()).toBe(false);

    const moreShort = buttons(sent(shortEdit)).find((b) => b.label.startsWith('More results'))!;
    const moreLong = buttons(sent(longEdit!)).find((b) => b.label.startsWith('More results'))!;
    expect(moreShort.custom_id).toBe('ask:1:rare earth export controls');
    expect(moreLong.custom_id).toMatch(/^ask:1#/);

    await t.restart();
    const page2 = await t.fake.waitForCallback(t.fake.sendButton(moreShort.custom_id!, undefined, { userId: user }));
    expect(page2.body.type).toBe(7);
    expect(page2.body.data.embeds[0].footer.text).toMatch(/^Results 4–/);

    const gone = await t.fake.waitForCallback(t.fake.sendButton(moreLong.custom_id!, undefined, { userId: user }));
    expect(gone.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(gone.body.data.content).toBe('These results have expired. Run `/ask` again.');
    expect(t.fake.problems).toEqual([]);
  });
});
