import { Client, GatewayIntentBits, Partials, REST } from 'discord.js';
import type { Config } from '../config.js';

/**
 * Only non-privileged intents: slash commands need none, and Discord delivers the content of
 * messages that @mention the bot (and of DMs) without the Message Content intent.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/** The discord.js client: our intents, DM channels as partials, REST routed to DISCORD_API_URL when set. */
export function createClient(config: Pick<Config, 'discordApiUrl'>): Client {
  // No `shards` / `shardCount` here: under a ShardingManager the Client takes its shard id and the
  // total from SHARDS / SHARD_COUNT, which the manager sets in each shard's environment.
  return withoutOperatorShardCount(
    () =>
      new Client({
        intents: [...INTENTS],
        // DM channels are not cached before their first message; without this discord.js drops DMs.
        partials: [Partials.Channel],
        // A default behind every payload's own allowedMentions: nothing the bot sends pings anyone.
        allowedMentions: { parse: [], repliedUser: false },
        ...(config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : {}),
      }),
  );
}

/**
 * discord.js reads SHARDS / SHARD_COUNT from the environment of any process. Outside a
 * ShardingManager (`npm start`) SHARD_COUNT can only be the operator's setting for `npm run
 * start:sharded` ('auto' or a number, e.g. from .env), not this process's layout — and 'auto' or a
 * blank would make the Client throw. So the Client is built without seeing them: one process, one
 * shard. The environment is restored afterwards.
 */
function withoutOperatorShardCount<T>(make: () => T): T {
  const env = process.env;
  // discord.js sets SHARDING_MANAGER in every process it spawns (and in the manager itself).
  if (env.SHARDING_MANAGER) return make();
  const saved = { SHARDS: env.SHARDS, SHARD_COUNT: env.SHARD_COUNT };
  delete env.SHARDS;
  delete env.SHARD_COUNT;
  try {
    return make();
  } finally {
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) env[name] = value;
  }
}

/** A REST client for calls outside the gateway session (deploy-commands, the shard count), routed to DISCORD_API_URL when set. */
export function createRest(config: Pick<Config, 'discordApiUrl'>, token: string): REST {
  return new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(token);
}
