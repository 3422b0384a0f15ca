// `npm run start:sharded`: one process per shard under a discord.js ShardingManager, for a bot in
// more guilds than one gateway connection may serve (Discord requires sharding from 2,500).
// Each shard runs src/main.ts, i.e. the same bot as `npm start`.
import 'dotenv/config';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { CorpusError } from '../corpus/load.js';
import { openEngine } from '../store/open.js';
import { indexFileFor } from '../store/persist.js';
import { createRest } from './client.js';
import { createLogger, type Logger } from './logger.js';
import { MISSING_TOKEN, SHUTDOWN_DEADLINE_MS } from './start.js';

/** The script each shard process runs. */
export const SHARD_ENTRY = fileURLToPath(new URL('../main.ts', import.meta.url));

/**
 * Node flags for each shard process: load tsx so it runs TypeScript as `tsx src/main.ts` does.
 * The loader's absolute URL rather than the bare `tsx`, which Node would resolve from the working
 * directory and so fail when the bot is started from elsewhere.
 */
export const SHARD_EXEC_ARGV = ['--import', import.meta.resolve('tsx')];

/**
 * The manager's wait between starting one shard (once it is ready) and the next: Discord lets a bot
 * IDENTIFY once per 5 s (max_concurrency 1, what nearly every bot has). discord.js's default.
 */
export const SHARD_SPAWN_DELAY_MS = 5500;

/** After a signal, the manager gives up on shards still running after this and kills them. */
export const SHARDS_STOP_DEADLINE_MS = SHUTDOWN_DEADLINE_MS + 1000;

/**
 * SHARD_COUNT as a number: as given, or for 'auto' the count Discord recommends for this bot
 * (GET /gateway/bot), asked through DISCORD_API_URL when set. ShardingManager's own 'auto'
 * (fetchRecommendedShardCount) always asks https://discord.com/api and cannot be pointed elsewhere,
 * so the manager is always handed a number.
 */
export async function resolveShardCount(config: Pick<Config, 'shardCount' | 'discordToken' | 'discordApiUrl'>): Promise<number> {
  if (config.shardCount !== 'auto') return config.shardCount;
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN is not set: the shard count is asked of Discord with the bot token.');
  const { shards } = (await createRest(config, config.discordToken).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return shards;
}

/**
 * Opens the corpus once before any shard starts, so that a stale or missing persisted index is
 * rebuilt and saved here, once, and every shard then loads that same file instead of each
 * rebuilding it. The engine itself is dropped: the manager answers nothing.
 */
async function prepareIndex(config: Config, log: Logger): Promise<void> {
  const startedAt = Date.now();
  const opened = await openEngine(config.corpusDir, { log: (m) => log.info(m), warn: (m) => log.warn({ setting: 'INDEX_DIR' }, m), indexFile: indexFileFor(config.corpusDir, config.indexDir) });
  const { articles, passages } = opened.engine.corpus;
  const facts = { from: opened.from, reason: opened.reason, articles: articles.length, passages: passages.length, ms: Date.now() - startedAt };
  if (opened.from !== 'persisted' && opened.savedBytes === undefined) {
    log.warn(facts, 'index rebuilt but not saved: each shard will rebuild it too');
  } else {
    log.info(facts, `index ${opened.from} once for all shards; each shard loads the persisted index`);
  }
}

/** The shards a manager runs and how their stopping is going. */
interface Fleet {
  running: Map<number, ChildProcess>;
  stopping: boolean;
  allClean: boolean;
  settle: (code: number) => void;
}

function settleIfDone(f: Fleet): void {
  if (f.stopping && f.running.size === 0) f.settle(f.allClean ? 0 : 1);
}

/** Follows one shard's process: kept in the fleet while it runs, logged, restarted by the manager unless stopping. */
function watchShard(f: Fleet, shard: Shard, log: Logger): void {
  shard.on('spawn', (spawned) => {
    const child = spawned as ChildProcess; // mode 'process': never a Worker
    f.running.set(shard.id, child);
    log.info({ shard: shard.id, pid: child.pid }, `shard ${shard.id} started`);
    child.once('exit', (code, signal) => {
      if (f.running.get(shard.id) === child) f.running.delete(shard.id);
      if (f.stopping) {
        f.allClean &&= code === 0;
        log.info({ shard: shard.id, code, signal }, `shard ${shard.id} stopped`);
        settleIfDone(f);
      } else {
        log.error({ shard: shard.id, code, signal }, `shard ${shard.id} exited; restarting it`);
      }
    });
    // A shard whose start was already under way when we were told to stop.
    if (f.stopping) child.kill('SIGTERM');
  });
  shard.on('ready', () => log.info({ shard: shard.id }, `shard ${shard.id} ready`));
  // A failed restart; unhandled, this 'error' would crash the manager and every shard with it.
  shard.on('error', (err: unknown) => log.error({ err, shard: shard.id }, `shard ${shard.id} failed`));
}

/** Stops every shard once: SIGTERM now, SIGKILL for those still running at the deadline. */
function stopFleet(f: Fleet, manager: ShardingManager, log: Logger, why: string): void {
  if (f.stopping) return;
  f.stopping = true;
  manager.respawn = false;
  log.info({ shards: f.running.size }, `stopping shards (${why})`);
  setTimeout(() => {
    log.error({ running: [...f.running.keys()] }, 'shards took too long to stop; killing them');
    for (const child of f.running.values()) child.kill('SIGKILL');
    f.settle(1);
  }, SHARDS_STOP_DEADLINE_MS).unref();
  // Always SIGTERM, whichever signal we got: on Ctrl-C the terminal has already sent each shard
  // (same process group) a SIGINT, and each of SIGINT and SIGTERM is handled once by a shard.
  for (const child of f.running.values()) child.kill('SIGTERM');
  settleIfDone(f);
}

/**
 * Starts `count` shard processes and keeps them running (a shard that dies is restarted) until
 * SIGINT or SIGTERM. Resolves with the exit code once every shard has stopped: 0 when each one
 * shut down cleanly.
 */
export async function runShards(config: Config & { discordToken: string }, count: number, log: Logger): Promise<number> {
  const manager = new ShardingManager(SHARD_ENTRY, { totalShards: count, token: config.discordToken, execArgv: SHARD_EXEC_ARGV, mode: 'process' });
  let settle: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (settle = resolve));
  const f: Fleet = { running: new Map(), stopping: false, allClean: true, settle: (code) => settle(code) };
  manager.on('shardCreate', (shard: Shard) => watchShard(f, shard, log));
  const stop = (why: string) => stopFleet(f, manager, log, why);
  const onSignal = (signal: NodeJS.Signals) => stop(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  log.info({ shards: count }, `starting ${count} shard${count === 1 ? '' : 's'}`);
  manager.spawn({ delay: SHARD_SPAWN_DELAY_MS }).then(
    () => {
      if (!f.stopping) log.info({ shards: count }, 'all shards ready');
    },
    (err: unknown) => {
      if (f.stopping) return;
      // A shard that died or timed out before its first ready: a supervisor restart is the cure.
      log.fatal({ err }, `a shard failed to start: ${(err as Error).message}`);
      f.allClean = false;
      stop('a shard failed to start');
    },
  );

  const code = await finished;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return code;
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
  const token = config.discordToken;
  if (!token) {
    process.stderr.write(`error: ${MISSING_TOKEN}\n`);
    return 2;
  }
  const log = createLogger(config.logLevel).child({ role: 'shard-manager' });
  // Stopping before any shard exists: nothing to wait for.
  const early = () => process.exit(0);
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
  try {
    await prepareIndex(config, log);
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err;
    log.fatal(err.message);
    return 1;
  }
  let count: number;
  try {
    count = await resolveShardCount(config);
  } catch (err) {
    log.fatal({ err }, `could not ask Discord for the recommended shard count: ${(err as Error).message}`);
    return 1;
  } finally {
    process.off('SIGINT', early);
    process.off('SIGTERM', early);
  }
  return runShards({ ...config, discordToken: token }, count, log);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(await main());
