// `npm run deploy-commands`: registers the slash commands with Discord, for one guild when
// DISCORD_GUILD_ID is set (instant, for development), else globally.
import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createRest } from './client.js';

/** What was registered where, as Discord confirmed it. */
export interface Deployed {
  scope: { guildId: string } | 'global';
  applicationId: string;
  names: string[];
}

/** The JSON of every command, as sent to Discord. */
export function commandBodies(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

/**
 * Replaces the application's commands with ours (PUT is a bulk overwrite, so removed commands
 * disappear). The application id comes from DISCORD_CLIENT_ID, else from Discord itself.
 */
export async function deployCommands(config: Config): Promise<Deployed> {
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN is not set: deploy-commands needs the bot token (Bot tab of the developer portal).');
  const rest = createRest(config, config.discordToken);
  const applicationId = config.discordClientId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = config.discordGuildId ? Routes.applicationGuildCommands(applicationId, config.discordGuildId) : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body: commandBodies() })) as { name: string }[];
  return { scope: config.discordGuildId ? { guildId: config.discordGuildId } : 'global', applicationId, names: saved.map((c) => c.name) };
}

/** The lines deploy-commands prints: where, then each command with its options. */
export function describeDeployment(d: Deployed): string {
  const where = d.scope === 'global' ? 'globally (every server the bot is in; may take a few minutes to show)' : `to guild ${d.scope.guildId} (available now)`;
  const lines = commandBodies()
    .filter((c) => d.names.includes(c.name))
    .map((c) => {
      const opts = (c.options ?? []).map((o) => ('required' in o && o.required ? `${o.name}` : `[${o.name}]`)).join(' ');
      return `  /${c.name}${opts ? ` ${opts}` : ''} — ${c.description}`;
    });
  return [`Registered ${d.names.length} command${d.names.length === 1 ? '' : 's'} for application ${d.applicationId} ${where}:`, ...lines].join('\n');
}

/**
 * Discord's refusals that a setting explains, as the setting to fix and how; null for others.
 * 401: the token. 10002 Unknown Application: the application id does not match the token's.
 */
export function settingAtFault(err: unknown, config: Pick<Config, 'discordClientId'>): string | null {
  const e = err as { status?: unknown; code?: unknown } | null;
  if (e?.status === 401) return 'DISCORD_TOKEN was rejected by Discord (401 Unauthorized): it was reset, revoked or mistyped. Open the developer portal → your application → Bot → Reset Token, and put the new token in .env as DISCORD_TOKEN.';
  if (e?.code === 10002) {
    return `DISCORD_CLIENT_ID ${config.discordClientId ?? ''} is not this bot's application (Discord answered "Unknown Application"). Copy the Application ID from General Information in the developer portal, or leave DISCORD_CLIENT_ID empty to have it asked of Discord.`;
  }
  return null;
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(process.env);
    const deployed = await deployCommands(config);
    process.stdout.write(`${describeDeployment(deployed)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 2;
    }
    const setting = settingAtFault(err, config!);
    process.stderr.write(`error: ${setting ?? `could not register the commands: ${(err as Error).message}`}\n`);
    return setting ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
