/**
 * A loopback fake of Discord for end-to-end tests: a REST API (node:http) and a gateway
 * (ws) on 127.0.0.1, enough for a real discord.js 14 Client to log in, receive interactions
 * and messages, and answer them. Tests drive it with `send*` helpers and assert on the
 * recorded REST calls, i.e. the exact payloads Discord would have received.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents, rest: { api: fake.apiUrl } });
 *   await client.login('any-token');
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage } from 'discord.js';
import { WebSocketServer } from 'ws';
import { createGateway, type DropOptions, type GatewayConnection, type GatewayReceived, type IdentifyRecord, type ResumeRecord } from './gateway.js';
import { buttonInteraction, commandInteraction, toApiOptions, userMessage, type Place, type UserMessageInput } from './interactions.js';
import { createWorld, dmChannelFor, guildShard, interactionToken, snowflake, type World } from './payloads.js';
import { createRestState, handleRest, type InteractionState, type RecordedCall } from './rest.js';

export type { DropOptions, GatewayConnection, GatewayReceived, IdentifyRecord, InteractionState, Place, RecordedCall, ResumeRecord, UserMessageInput, World };
export { LIMITS, checkMessage, checkChoices, wouldPing } from './limits.js';
export type { FakeDiscord, FakeDiscordOptions, InteractionHandle, OptionInput } from './types.js';
import type { FakeDiscord, FakeDiscordOptions, InteractionHandle, OptionInput } from './types.js';

/** Starts the fake on 127.0.0.1 with random ports; always `close()` it. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world = createWorld(opts);
  const server = createServer();
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  const rest = createRestState({
    world,
    gatewayUrl: () => gatewayUrl,
    shards: opts.shards ?? 1,
    interactionDeadlineMs: opts.interactionDeadlineMs ?? 3000,
    validate: opts.validate ?? true,
    ...(opts.token !== undefined ? { token: opts.token } : {}),
  });
  const gateway = createGateway(
    wss,
    world,
    { heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41250, ...(opts.token !== undefined ? { token: opts.token } : {}) },
    () => gatewayUrl,
  );
  server.on('request', (req, res) => {
    void handleRest(rest, req, res);
  });

  const commandId = (name: string): string => {
    for (const list of rest.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return String(found.id);
    }
    return `16${[...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1e15, 7).toString().padStart(15, '0')}`;
  };

  const track = (type: number, place: Place, extra: Partial<InteractionState> = {}): InteractionState => {
    const userId = place.userId ?? world.defaultUserId;
    const inGuild = place.guild ?? true;
    const state: InteractionState = {
      id: snowflake(),
      token: interactionToken(),
      type,
      userId,
      channelId: inGuild ? world.channelId : dmChannelFor(world, userId),
      ...(inGuild ? { guildId: world.guildId } : {}),
      sentAt: Date.now(),
      callbackType: null,
      callbackAt: null,
      originalId: null,
      followupIds: [],
      ...extra,
    };
    rest.interactions.set(state.token, state);
    return state;
  };
  const handleOf = (s: InteractionState): InteractionHandle => ({ id: s.id, token: s.token, channelId: s.channelId, sentAt: s.sentAt });

  /** Guild events go to the guild's shard; DMs go to shard 0, as on Discord. */
  const shardOf = (inGuild: boolean) => (inGuild ? guildShard(world, opts.shards ?? 1) : 0);
  const hasIntent = (bit: number, shardId = 0) => ((gateway.intents(shardId) ?? 0) & bit) !== 0;
  // Discord withholds guild messages without GUILD_MESSAGES (1<<9) and DMs without DIRECT_MESSAGES (1<<12).
  const messageIntent = (inGuild: boolean) => (inGuild ? 1 << 9 : 1 << 12);

  /** A slash command (type 2) or autocomplete (type 4) interaction, dispatched on the shard that would get it. */
  const sendCommand = (type: 2 | 4, name: string, options: OptionInput[], place: Place): InteractionHandle => {
    const s = track(type, place, { commandName: name });
    gateway.dispatch('INTERACTION_CREATE', commandInteraction(world, type, commandId(name), name, toApiOptions(options), place, s.id, s.token), shardOf(s.guildId !== undefined));
    return handleOf(s);
  };

  rest.echo = (t, message) => {
    const inGuild = message.channel_id === world.channelId;
    if (!hasIntent(messageIntent(inGuild), shardOf(inGuild))) return;
    const payload = { ...message, channel_type: inGuild ? 0 : 1, ...(inGuild ? { guild_id: world.guildId } : {}) };
    // After the REST response, as Discord's gateway usually lags its API a little.
    setImmediate(() => {
      try {
        gateway.dispatch(t, payload, shardOf(inGuild));
      } catch {
        /* no session (client gone): nothing to tell */
      }
    });
  };

  const fake: FakeDiscord = {
    apiUrl,
    gatewayUrl,
    world,
    botUser: world.botUser,
    applicationId: world.applicationId,
    guildId: world.guildId,
    channelId: world.channelId,
    defaultUserId: world.defaultUserId,
    calls: rest.calls.items,
    problems: rest.problems,
    gateway: {
      received: gateway.received.items,
      connections: gateway.connections,
      identifies: gateway.identifies,
      resumes: gateway.resumes,
      withheld: gateway.withheld,
    },
    waitForCall: (predicate, timeoutMs = 5000) => rest.calls.waitFor(predicate, timeoutMs, 'a matching REST call'),
    waitForGateway: (predicate, timeoutMs = 5000) => gateway.received.waitFor(predicate, timeoutMs, 'a matching gateway payload'),

    sendSlashCommand: (name, options = [], place = {}) => sendCommand(2, name, options, place),
    sendAutocomplete: (name, options, place = {}) => sendCommand(4, name, options, place),
    sendButton(customId, message, place = {}) {
      const carries = (m: APIMessage) =>
        (m.components ?? []).some((row) => 'components' in row && (row.components as { custom_id?: string }[]).some((c) => c.custom_id === customId));
      let target: APIMessage | undefined;
      if (typeof message === 'string') target = rest.messages.get(message);
      else if (message) target = message;
      else target = [...rest.messages.values()].reverse().find(carries);
      if (!target) throw new Error(`fake-discord: no message carries a component with custom_id ${JSON.stringify(customId)}`);
      if (!rest.messages.has(target.id)) rest.messages.set(target.id, target);
      const inGuild = place.guild ?? target.channel_id === world.channelId;
      const where: Place = { ...place, guild: inGuild };
      const s = track(3, where, { componentMessageId: target.id, channelId: target.channel_id });
      gateway.dispatch('INTERACTION_CREATE', buttonInteraction(world, customId, target, where, s.id, s.token), shardOf(inGuild));
      return handleOf(s);
    },
    sendMessage(input) {
      if (input.mentionBot) {
        input = { ...input, content: `<@${world.botUser.id}> ${input.content}`, mentions: [...(input.mentions ?? []), world.botUser] };
      }
      const message = userMessage(world, input, snowflake());
      rest.messages.set(message.id, message);
      const inGuild = input.guild ?? true;
      const shardId = shardOf(inGuild);
      if (!hasIntent(messageIntent(inGuild), shardId)) {
        gateway.withheld.push({ t: 'MESSAGE_CREATE', reason: inGuild ? 'no GuildMessages intent' : 'no DirectMessages intent' });
        return message;
      }
      // Without MESSAGE_CONTENT (1<<15), guild messages that do not mention the bot arrive with empty content.
      const mentionsBot = message.mentions.some((u) => u.id === world.botUser.id);
      const payload = inGuild && !mentionsBot && !hasIntent(1 << 15, shardId) ? { ...message, content: '', embeds: [], attachments: [], components: [] } : message;
      gateway.dispatch('MESSAGE_CREATE', payload, shardId);
      return message;
    },
    dispatch: (t, d, shardId) => gateway.dispatch(t, d, shardId),

    callsFor(handle) {
      return rest.calls.items.filter((c) => c.path.includes(`/${handle.token}/`) || c.path.endsWith(`/${handle.token}`));
    },
    waitForCallback(handle, timeoutMs = 5000) {
      return rest.calls.waitFor((c) => c.method === 'POST' && c.path === `/interactions/${handle.id}/${handle.token}/callback`, timeoutMs, `the callback of interaction ${handle.id}`);
    },
    originalMessage(handle) {
      const id = rest.interactions.get(handle.token)?.originalId;
      return id ? rest.messages.get(id) : undefined;
    },
    followups(handle) {
      const ids = rest.interactions.get(handle.token)?.followupIds ?? [];
      return ids.map((id) => rest.messages.get(id)).filter((m): m is APIMessage => m !== undefined);
    },
    interaction: (handle) => rest.interactions.get(handle.token),
    message: (id) => rest.messages.get(id),
    messagesIn: (channelId) => [...rest.messages.values()].filter((m) => m.channel_id === channelId),
    dmChannelId: (userId = world.defaultUserId) => dmChannelFor(world, userId),
    dropConnection: (dropOpts) => gateway.drop(dropOpts),
    requestReconnect: () => gateway.requestReconnect(),
    setInteractionDeadline(ms) {
      rest.interactionDeadlineMs = ms;
    },

    async close() {
      rest.calls.cancel('closed');
      gateway.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
