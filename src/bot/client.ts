import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';

/**
 * Only non-privileged intents: slash commands need none, and Discord delivers the content of
 * messages that @mention the bot (and of DMs) without the Message Content intent.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/** The discord.js client: our intents, DM channels as partials, REST routed to DISCORD_API_URL when set. */
export function createClient(config: Pick<Config, 'discordApiUrl'>): Client {
  return new Client({
    intents: [...INTENTS],
    // DM channels are not cached before their first message; without this discord.js drops DMs.
    partials: [Partials.Channel],
    // A default behind every payload's own allowedMentions: nothing the bot sends pings anyone.
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : {}),
  });
}
