import { homedir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (15-21 digits; copy it with Developer Mode on)');
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const ConfigSchema = z.object({
  DISCORD_TOKEN: z.preprocess(blankIsUnset, z.string().min(20, 'looks too short to be a bot token; copy it from the Bot tab of the developer portal').optional()),
  DISCORD_CLIENT_ID: z.preprocess(blankIsUnset, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankIsUnset, snowflake.optional()),
  CORPUS_DIR: z.preprocess(blankIsUnset, z.string().default('seeds')),
  INDEX_DIR: z.preprocess(blankIsUnset, z.string().optional()),
  XDG_CACHE_HOME: z.preprocess(blankIsUnset, z.string().optional()),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  DISCORD_API_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).optional()),
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a PostgreSQL URL such as postgresql://user:password@127.0.0.1:5432/newsdesk (leave it unset to answer from the in-process index)' })
      .optional(),
  ),
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
  /** Folder for the persisted index (INDEX_DIR, else the XDG cache folder): the corpus folder is never written. */
  indexDir: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  discordApiUrl: string | undefined;
  /** PostgreSQL server holding the index (DATABASE_URL); unset: the embedded in-process engine. */
  databaseUrl: string | undefined;
  /** Shards `npm run start:sharded` runs (one process each); 'auto' asks Discord. `npm start` is always one shard. */
  shardCount: number | 'auto';
}>;

/**
 * Where the persisted index goes: INDEX_DIR when set; else `$XDG_CACHE_HOME/newsdesk` (the XDG
 * Base Directory rule: only an absolute XDG_CACHE_HOME counts), else `~/.cache/newsdesk`.
 */
function indexDirFrom(indexDir: string | undefined, xdgCache: string | undefined, home: string | undefined): string {
  if (indexDir) return path.resolve(indexDir);
  if (xdgCache && path.isAbsolute(xdgCache)) return path.join(xdgCache, 'newsdesk');
  return path.join(home || homedir(), '.cache', 'newsdesk');
}

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
    indexDir: indexDirFrom(e.INDEX_DIR, e.XDG_CACHE_HOME, env.HOME),
    logLevel: e.LOG_LEVEL,
    discordApiUrl: e.DISCORD_API_URL,
    databaseUrl: e.DATABASE_URL,
    shardCount: e.SHARD_COUNT,
  });
}
