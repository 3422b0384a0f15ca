import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (15-21 digits; copy it with Developer Mode on)');
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const ConfigSchema = z.object({
  DISCORD_TOKEN: z.preprocess(blankIsUnset, z.string().min(20, 'looks too short to be a bot token; copy it from the Bot tab of the developer portal').optional()),
  DISCORD_CLIENT_ID: z.preprocess(blankIsUnset, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankIsUnset, snowflake.optional()),
  CORPUS_DIR: z.preprocess(blankIsUnset, z.string().default('seeds')),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  DISCORD_API_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).optional()),
  SHARD_COUNT: z.preprocess(
    (v) => (typeof v === 'string' ? blankIsUnset(v.trim().toLowerCase()) : v),
    z
      .union([z.literal('auto'), z.string().regex(/^[1-9]\d*$/).transform(Number)], {
        error: "must be 'auto' (Discord's recommendation) or a whole number of shards, 1 or more",
      })
      .default('auto'),
  ),
});

/** The validated environment, frozen. */
export type Config = Readonly<{
  discordToken: string | undefined;
  discordClientId: string | undefined;
  discordGuildId: string | undefined;
  corpusDir: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  discordApiUrl: string | undefined;
  /** Shards `npm run start:sharded` runs (one process each); 'auto' asks Discord. `npm start` is always one shard. */
  shardCount: number | 'auto';
}>;

/** Thrown for a bad environment; its message names each variable and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment once. Call after dotenv has loaded `.env`. Every problem is listed by
 * variable name; the token's value is never echoed.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${String(i.path[0])} ${i.message}`);
    throw new ConfigError(`Invalid environment (check .env; .env.example documents each variable):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    discordToken: e.DISCORD_TOKEN,
    discordClientId: e.DISCORD_CLIENT_ID,
    discordGuildId: e.DISCORD_GUILD_ID,
    corpusDir: e.CORPUS_DIR,
    logLevel: e.LOG_LEVEL,
    discordApiUrl: e.DISCORD_API_URL,
    shardCount: e.SHARD_COUNT,
  });
}
