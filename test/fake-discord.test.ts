/**
 * Smoke test of the loopback fake Discord: a real discord.js Client logs in to it,
 * answers interactions and mentions, survives a dropped gateway connection, and the
 * fake records exactly the payloads Discord would have received.
 */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  Partials,
  type Message,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChoices, checkMessage, startFakeDiscord, wouldPing, type FakeDiscord } from './fake-discord/index.js';

const noPings = { parse: [] as [] };

describe('fake Discord with a real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  /** Errors discord.js raised while our handlers answered (e.g. Discord rejecting a payload). */
  const handlerErrors: unknown[] = [];
  /** Every message the client saw, as [author is bot, content]. */
  const seen: [boolean, string][] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // DM channels are not cached before their first message; without Partials.Channel discord.js drops DM messages.
      partials: [Partials.Channel],
      rest: { api: fake.apiUrl },
    });

    client.on(Events.InteractionCreate, async (interaction) => {
      try {
        if (interaction.isAutocomplete()) {
          const typed = String(interaction.options.getFocused());
          await interaction.respond([{ name: `${typed}ington (3 quotes)`, value: `${typed}ington` }]);
        } else if (interaction.isChatInputCommand()) {
          switch (interaction.commandName) {
            case 'ping':
              await interaction.reply({ content: 'pong', allowedMentions: noPings });
              break;
            case 'slow':
              await interaction.deferReply();
              await interaction.editReply({ content: `slow answer to ${interaction.options.getString('question')}`, allowedMentions: noPings });
              break;
            case 'pages': {
              const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
                new ButtonBuilder().setCustomId('page:2').setLabel('More results').setStyle(ButtonStyle.Secondary),
                new ButtonBuilder().setURL('https://example.com/a').setLabel('Source').setStyle(ButtonStyle.Link),
              );
              await interaction.reply({ content: 'page 1', components: [row], allowedMentions: noPings });
              break;
            }
            case 'toolong':
              await interaction.reply({ content: 'x'.repeat(2001), allowedMentions: noPings });
              break;
            case 'late':
              await new Promise((resolve) => setTimeout(resolve, 80));
              await interaction.reply({ content: 'too late', allowedMentions: noPings });
              break;
            case 'twice':
              await interaction.reply({ content: 'first', allowedMentions: noPings });
              // Bypass discord.js's own `replied` guard to hit the API a second time.
              await client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
                body: { type: 4, data: { content: 'second' } },
                auth: false,
              });
              break;
          }
        } else if (interaction.isButton()) {
          await interaction.update({ content: `page ${interaction.customId.split(':')[1]}`, components: [], allowedMentions: noPings });
        }
      } catch (error) {
        handlerErrors.push(error);
      }
    });

    client.on(Events.MessageCreate, async (message: Message) => {
      seen.push([message.author.bot, message.content]);
      if (message.author.bot || !client.user) return;
      if (!message.channel.isDMBased() && !message.mentions.has(client.user)) return;
      try {
        await message.reply({ content: `you asked: ${message.content}`, allowedMentions: noPings });
      } catch (error) {
        handlerErrors.push(error);
      }
    });

    const ready = once(client, Events.ClientReady);
    await client.login('fake-token-for-tests');
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in: REST gateway lookup, IDENTIFY with our intents, guild and channel cached', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guildId)?.available).toBe(true);
    expect(client.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);

    const gatewayCall = fake.calls.find((c) => c.path === '/gateway/bot');
    expect(gatewayCall?.headers.authorization).toBe('Bot fake-token-for-tests');
    expect(fake.gateway.connections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    expect(fake.gateway.identifies).toHaveLength(1);
    expect(fake.gateway.identifies[0]).toMatchObject({ token: 'fake-token-for-tests', shard: [0, 1], intents: (1 << 0) | (1 << 9) | (1 << 12) });
  });

  it('records a slash command reply as callback type 4, answered 204', async () => {
    const ping = fake.sendSlashCommand('ping');
    const call = await fake.waitForCallback(ping);
    expect(call.status).toBe(204);
    expect(call.query).toEqual({ with_response: 'false' });
    expect(call.headers.authorization).toBeUndefined();
    expect(call.body).toMatchObject({ type: 4, data: { content: 'pong', allowed_mentions: { parse: [] } } });
    expect(fake.originalMessage(ping)?.content).toBe('pong');
  });

  it('records a deferred reply (type 5) and its edit (PATCH @original)', async () => {
    const slow = fake.sendSlashCommand('slow', [{ name: 'question', value: 'who spoke?' }]);
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${fake.applicationId}/${slow.token}/messages/@original`);
    expect(fake.callsFor(slow).map((c) => [c.method, c.body?.type ?? null])).toEqual([
      ['POST', 5],
      ['PATCH', null],
    ]);
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ content: 'slow answer to who spoke?', allowed_mentions: { parse: [] } });
    expect(fake.originalMessage(slow)).toMatchObject({ content: 'slow answer to who spoke?', flags: 0 });
  });

  it('records autocomplete choices (type 8)', async () => {
    const ac = fake.sendAutocomplete('quote', [{ name: 'speaker', value: 'Bess', focused: true }]);
    const call = await fake.waitForCallback(ac);
    expect(call.body).toEqual({ type: 8, data: { choices: [{ name: 'Bessington (3 quotes)', value: 'Bessington' }] } });
  });

  it('presses a button on a reply and records the update (type 7)', async () => {
    const pages = fake.sendSlashCommand('pages');
    await fake.waitForCallback(pages);
    const shown = fake.originalMessage(pages);
    expect(shown?.components).toHaveLength(1);

    const press = fake.sendButton('page:2');
    const call = await fake.waitForCallback(press);
    expect(call.body).toMatchObject({ type: 7, data: { content: 'page 2', components: [] } });
    expect(fake.message(shown!.id)).toMatchObject({ content: 'page 2', components: [] });
  });

  it('answers a guild mention and a DM as replies (POST /channels/{id}/messages)', async () => {
    const mention = fake.sendMessage({ content: `<@${fake.botUser.id}> who led the talks?`, mentions: [fake.botUser] });
    const reply = await fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${fake.channelId}/messages`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      content: `you asked: <@${fake.botUser.id}> who led the talks?`,
      allowed_mentions: { parse: [] },
      message_reference: { message_id: mention.id },
    });
    expect(wouldPing(reply.body)).toEqual([]);

    const dm = fake.sendMessage({ content: 'what about tariffs?', guild: false });
    const dmReply = await fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${fake.dmChannelId()}/messages`);
    expect(dmReply.body).toMatchObject({ content: 'you asked: what about tariffs?', message_reference: { message_id: dm.id } });
  });

  it('rejects what Discord rejects: a 2001-character reply and a second acknowledgement', async () => {
    const before = handlerErrors.length;
    const long = fake.sendSlashCommand('toolong');
    expect((await fake.waitForCallback(long)).status).toBe(400);
    const twice = fake.sendSlashCommand('twice');
    await fake.waitForCall((c) => c.path === `/interactions/${twice.id}/${twice.token}/callback` && c.status === 400);
    await expect.poll(() => handlerErrors.length).toBe(before + 2);
    const codes = handlerErrors.slice(before).map((e) => (e instanceof DiscordAPIError ? e.code : e));
    expect(codes).toEqual([50035, 40060]);
    // Discord's nested error body, flattened by discord.js into a readable message.
    expect((handlerErrors[before] as Error).message).toContain('data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.');
    expect(fake.problems.filter((p) => p.includes(long.token) || p.includes(twice.token))).toHaveLength(2);
  });

  it('resumes after the gateway drops and answers commands sent while it was down', async () => {
    const identifiesBefore = fake.gateway.identifies.length;
    expect(fake.dropConnection()).toBe(1);
    // Dispatched while no socket is attached: must arrive through the RESUME replay.
    const missed = fake.sendSlashCommand('ping');
    const resume = await fake.waitForGateway((p) => p.op === 6);
    expect(resume.d).toMatchObject({ token: 'fake-token-for-tests', session_id: fake.gateway.identifies[0]?.sessionId });
    expect((await fake.waitForCallback(missed)).status).toBe(204);
    expect(fake.gateway.resumes.at(-1)?.replayed).toBeGreaterThanOrEqual(1);
    expect(fake.gateway.identifies).toHaveLength(identifiesBefore);

    const after = fake.sendSlashCommand('ping');
    expect((await fake.waitForCallback(after)).body).toMatchObject({ type: 4, data: { content: 'pong' } });
  });

  it('resumes after an abrupt disconnect (no close frame)', async () => {
    const connectionsBefore = fake.gateway.connections.length;
    fake.dropConnection({ abrupt: true });
    await fake.waitForGateway((p) => p.op === 6 && p.connection > connectionsBefore);
    const after = fake.sendSlashCommand('ping');
    expect((await fake.waitForCallback(after)).status).toBe(204);
  });

  it('answers 10062 Unknown interaction when the first response is later than the deadline', async () => {
    fake.setInteractionDeadline(30);
    try {
      const before = handlerErrors.length;
      const late = fake.sendSlashCommand('late');
      const call = await fake.waitForCallback(late);
      expect(call.status).toBe(404);
      expect(call.response).toEqual({ message: 'Unknown interaction', code: 10062 });
      await expect.poll(() => handlerErrors.length).toBe(before + 1);
    } finally {
      fake.setInteractionDeadline(3000);
    }
  });

  it('delivers like Discord: own messages echo back, content hidden without the MessageContent intent', async () => {
    fake.sendMessage({ content: 'just chatting, no mention' });
    const mention = fake.sendMessage({ content: 'is this on?', mentionBot: true });
    expect(mention.content).toBe(`<@${fake.botUser.id}> is this on?`);
    await expect.poll(() => seen.some(([bot, text]) => bot && text === `you asked: <@${fake.botUser.id}> is this on?`)).toBe(true);
    expect(seen).toContainEqual([false, '']);
    expect(seen).not.toContainEqual([false, 'just chatting, no mention']);
  });

  it('re-identifies when the session cannot be resumed (op 9)', async () => {
    const identifiesBefore = fake.gateway.identifies.length;
    fake.dropConnection({ resumable: false });
    await fake.waitForGateway((p) => p.op === 2 && fake.gateway.connections.length > 1 && p.connection > 1, 9000);
    expect(fake.gateway.resumes.at(-1)?.replayed).toBe(-1);
    await expect.poll(() => fake.gateway.identifies.length).toBe(identifiesBefore + 1);
    const after = fake.sendSlashCommand('ping');
    expect((await fake.waitForCallback(after)).status).toBe(204);
  }, 15_000);
});

describe("the fake's Discord limit checks", () => {
  const codes = (body: unknown) => checkMessage(body).map((e) => `${e.path.join('.')}:${e.code}`);

  it('accepts a message at every limit exactly', () => {
    const field = { name: 'n'.repeat(256), value: 'v'.repeat(1024) };
    // 256 + 624 + 4 × (256 + 1024) = 6000 characters across the embed.
    const embed = { title: 't'.repeat(256), description: 'd'.repeat(624), fields: [field, field, field, field] };
    expect(codes({ content: 'c'.repeat(2000), embeds: [embed] })).toEqual([]);
    expect(codes({ embeds: [{ ...embed, description: 'd'.repeat(625) }] })).toEqual(['embeds:MAX_EMBED_SIZE_EXCEEDED']);
  });

  it('rejects over-long content, fields, the 6000-character embed total, and bad buttons', () => {
    expect(codes({ content: 'c'.repeat(2001) })).toEqual(['content:BASE_TYPE_MAX_LENGTH']);
    expect(codes({ embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }, { name: 'n', value: '' }] }] })).toEqual([
      'embeds.0.fields.0.value:BASE_TYPE_MAX_LENGTH',
      'embeds.0.fields.1.value:BASE_TYPE_REQUIRED',
    ]);
    expect(codes({ embeds: [{ description: 'd'.repeat(4096) }, { description: 'd'.repeat(2000) }] })).toEqual(['embeds:MAX_EMBED_SIZE_EXCEEDED']);
    const button = (custom_id: string) => ({ type: 2, style: 2, label: 'More', custom_id });
    expect(
      codes({
        components: [
          { type: 1, components: [button('a'), button('a'), { type: 2, style: 5, label: 'L', url: 'https://x.test', custom_id: 'b' }] },
          { type: 1, components: [button('c'.repeat(101))] },
        ],
      }),
    ).toEqual([
      'components.0.components.1.custom_id:COMPONENT_CUSTOM_ID_DUPLICATED',
      'components.0.components.2.custom_id:BUTTON_COMPONENT_LINK_CUSTOM_ID',
      'components.1.components.0.custom_id:BASE_TYPE_MAX_LENGTH',
    ]);
    expect(codes({ components: Array.from({ length: 6 }, (_, i) => ({ type: 1, components: [button(`p${i}`)] })) })).toEqual(['components:BASE_TYPE_MAX_LENGTH']);
  });

  it('limits autocomplete to 25 choices of at most 100 characters', () => {
    const choice = (name: string) => ({ name, value: name });
    expect(checkChoices({ choices: Array.from({ length: 25 }, (_, i) => choice(`c${i}`)) })).toEqual([]);
    expect(checkChoices({ choices: Array.from({ length: 26 }, (_, i) => choice(`c${i}`)) })).toHaveLength(1);
    expect(checkChoices({ choices: [choice('x'.repeat(101))] }).map((e) => e.path.join('.'))).toEqual(['data.choices.0.name', 'data.choices.0.value']);
  });

  it('knows which mentions would ping', () => {
    const text = 'hi @everyone and <@123> and <@&456>';
    expect(wouldPing({ content: text })).toEqual(['@everyone', '<@123>', '<@&456>']);
    expect(wouldPing({ content: text, allowed_mentions: { parse: [] } })).toEqual([]);
    expect(wouldPing({ content: text, allowed_mentions: { parse: ['users'] } })).toEqual(['<@123>']);
  });
});
