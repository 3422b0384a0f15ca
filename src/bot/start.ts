import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Events, type Client } from 'discord.js';
import { commandsByName } from '../../commands/index.js';
import type { Config } from '../config.js';
import { CorpusError } from '../corpus/load.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { EngineView as Engine } from '../engine.js';
import { DatabaseError } from '../store/pg/connect.js';
import type { PgEngine } from '../store/pg/engine.js';
import { openPgForBot } from './pg-start.js';
import { openEngine, type OpenResult } from '../store/open.js';
import { indexFileFor } from '../store/persist.js';
import { watchCorpus, type CorpusWatcher } from '../store/watch.js';
import { watchPgCorpus } from '../store/pg/watch.js';
import { createClient } from './client.js';
import { createCooldown, DEFAULT_COOLDOWN, type CooldownOptions } from './cooldown.js';
import { handleInteraction, handleMessage, type BotDeps } from './dispatch.js';
import { createLogger, type Logger } from './logger.js';
import { createPageIds } from './page-ids.js';
import type { Command } from './types.js';

/** A running bot. `stop()` finishes replies in flight (up to `drainMs`), then disconnects. */
export interface BotHandle {
  client: Client;
  stop(): Promise<void>;
  /** Answers from another engine from the next interaction on (a reloaded corpus). */
  setEngine(engine: Engine): void;
}

export interface StartOptions {
  /** An engine already built (tests); otherwise the corpus in config.corpusDir is loaded. */
  engine?: Engine;
  logger?: Logger;
  cooldown?: CooldownOptions;
  /** The commands to dispatch to (default: every command in commands/). */
  commands?: ReadonlyMap<string, Command>;
  /** Install SIGINT/SIGTERM and unhandledRejection handlers (default true; tests running in-process pass false). */
  processHandlers?: boolean;
  /** Longest wait for replies in flight when stopping (default 3000 ms, leaving room inside a 5 s shutdown). */
  drainMs?: number;
}

/** After a signal, the process exits no later than this even if Discord hangs. */
export const SHUTDOWN_DEADLINE_MS = 4500;

/** What the operator is told when there is no bot token to log in with. */
export const MISSING_TOKEN = 'DISCORD_TOKEN is not set: copy the token from the Bot tab of the developer portal into .env';

/**
 * Start-up ended without a running bot, for a reason already logged in one line: a shutdown signal
 * during start-up (exit 0) or a setting Discord refused (exit 2). The entry point exits quietly.
 */
export class StartupStopped extends Error {
  override name = 'StartupStopped';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** What the operator is told when Discord refuses the token: which setting, and how to get a new one. */
export const TOKEN_REJECTED =
  'DISCORD_TOKEN was rejected by Discord (401 Unauthorized): it was reset, revoked or mistyped. Open the developer portal → your application → Bot → Reset Token, and put the new token in .env as DISCORD_TOKEN';

/** True for discord.js's answer to a token Discord does not accept. */
function isTokenRejected(err: unknown): boolean {
  const e = err as { code?: unknown; status?: unknown; message?: unknown } | null;
  return e?.code === 'TokenInvalid' || e?.status === 401 || e?.message === 'Authentication failed';
}

/** Corpus problems (a skipped file, a bad manifest entry) are the operator's to fix: one warning each. */
function logProblems(log: Logger, problems: readonly CorpusProblem[]): void {
  for (const p of problems) log.warn({ file: p.file, field: p.field }, p.message);
}

/** Opens the corpus from its persisted index when that matches the files, else rebuilds (saying why). */
async function loadEngine(config: Config, log: Logger, signal: AbortSignal): Promise<OpenResult> {
  // Files are trusted by size and time at start-up: the watcher the bot always starts hashes them after ready.
  const opened = await openEngine(config.corpusDir, { log: (m) => log.info(m), warn: (m) => log.warn({ setting: 'INDEX_DIR' }, m), indexFile: indexFileFor(config.corpusDir, config.indexDir), signal, trustStamps: true });
  log.info({ from: opened.from, reason: opened.reason }, `index ${opened.from}`);
  logProblems(log, opened.engine.corpus.problems);
  return opened;
}

/**
 * Opens the corpus for start-up. A shutdown signal meanwhile stops it cleanly (no temporary index
 * left behind) and ends start-up with exit 0; an unusable corpus is logged in words, not only as
 * a stack trace.
 */
async function openForStart(config: Config, log: Logger, handleSignals: boolean): Promise<OpenResult> {
  const startup = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'shutting down during start-up');
    startup.abort();
  };
  if (handleSignals) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  try {
    return await loadEngine(config, log, startup.signal);
  } catch (err) {
    if (startup.signal.aborted) {
      log.info('stopped');
      throw new StartupStopped('stopped during start-up', 0);
    }
    if (err instanceof CorpusError) log.fatal(err.message);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Opens the PostgreSQL engine (DATABASE_URL), waiting for a server that is down; a setting to fix
 * ends start-up with exit 2 after one line saying which and how.
 */
async function openServer(url: string, log: Logger): Promise<PgEngine> {
  try {
    return await openPgForBot(url, log);
  } catch (err) {
    if (!(err instanceof DatabaseError)) throw err;
    log.fatal({ setting: 'DATABASE_URL' }, err.message);
    throw new StartupStopped(err.message, 2);
  }
}

/** Keeps the bot's engine in step with the corpus folder: each change is indexed aside, then swapped in. */
function watch(config: Config, opened: OpenResult, log: Logger, swap: (engine: Engine) => void): CorpusWatcher {
  return watchCorpus(config.corpusDir, {
    indexFile: indexFileFor(config.corpusDir, config.indexDir),
    fingerprint: opened.fingerprint,
    engine: opened.engine,
    problems: opened.engine.corpus.problems,
    onUpdate: (next, changes) => {
      swap(next);
      log.info({ added: changes.added, removed: changes.removed, changed: changes.changed }, `corpus updated: ${changes.summary}`);
    },
    onProblem: (problems) => logProblems(log, problems),
  });
}

/** Applies changed article files to the PostgreSQL index (when it was built from the corpus folder) and serves them. */
async function watchServer(config: Config, server: PgEngine, log: Logger): Promise<CorpusWatcher | null> {
  const w = await watchPgCorpus(config.corpusDir, server, {
    onUpdate: (r) => log.info({ files: r.files, articles: r.articles, ms: r.ms }, `corpus updated: ${r.files.join(', ')}`),
    onProblem: (problems) => logProblems(log, problems),
  });
  if (!w) log.info({ corpusDir: config.corpusDir }, 'not watching the corpus folder: the PostgreSQL index was built from another folder');
  return w;
}

/** Gateway trouble, for the log: errors, warnings, disconnects and resumes. */
function logGatewayEvents(client: Client, log: Logger): void {
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.ShardError, (err, shard) => log.error({ err, shard }, 'gateway connection error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
}

/**
 * The signal handler of a running bot: stop (replies in flight finish), then exit 0; exit 1 if
 * that fails or outlasts SHUTDOWN_DEADLINE_MS.
 */
function exitOnSignal(stop: () => Promise<void>, stopping: () => boolean, log: Logger): (signal: NodeJS.Signals) => void {
  return (signal) => {
    // A supervisor may signal the whole process group, so a second signal is no reason to die mid-reply.
    if (stopping()) return;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
}

/** Logs in and waits for the gateway to be ready; a token Discord refuses is one line naming DISCORD_TOKEN. */
async function login(client: Client, token: string, log: Logger, stop: () => Promise<void>): Promise<void> {
  try {
    const ready = once(client, Events.ClientReady);
    await client.login(token);
    await ready;
  } catch (err) {
    const rejected = isTokenRejected(err);
    if (rejected) log.fatal({ setting: 'DISCORD_TOKEN' }, TOKEN_REJECTED);
    await stop();
    if (rejected) throw new StartupStopped(TOKEN_REJECTED, 2);
    throw err;
  }
}

/**
 * The replies being written. A stop lets them finish (for at most `ms`) and starts no new one,
 * so a user who asked just before a deploy still gets the answer.
 */
function repliesInFlight(): { start(reply: () => Promise<void>): void; drain(ms: number, log: Logger): Promise<void> } {
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  return {
    start(reply) {
      if (draining) return;
      const work = reply();
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
    async drain(ms, log) {
      draining = true;
      if (inFlight.size > 0) log.info({ pending: inFlight.size }, 'finishing replies in flight');
      await Promise.race([Promise.allSettled([...inFlight]), sleep(ms, undefined, { ref: false })]);
    },
  };
}

/**
 * Logs in to Discord and answers commands, mentions and DMs until stopped. Resolves once the
 * gateway is ready, after logging one line: user tag, guild count, corpus size.
 */
export async function startBot(config: Config, opts: StartOptions = {}): Promise<BotHandle> {
  const log = opts.logger ?? createLogger(config.logLevel);
  if (!config.discordToken) throw new Error(MISSING_TOKEN);
  const server = !opts.engine && config.databaseUrl ? await openServer(config.databaseUrl, log) : null;
  const opened = opts.engine || server ? null : await openForStart(config, log, opts.processHandlers ?? true);
  const engine = opts.engine ?? (server ? await server.view({}) : opened!.engine);
  const client = createClient(config);
  const deps: BotDeps = {
    ctx: { engine, pageIds: createPageIds() },
    commands: opts.commands ?? commandsByName,
    cooldown: createCooldown(opts.cooldown ?? DEFAULT_COOLDOWN),
    log,
    ...(server ? { source: server } : {}),
  };

  const replies = repliesInFlight();
  client.on(Events.InteractionCreate, (interaction) => replies.start(() => handleInteraction(interaction, deps)));
  client.on(Events.MessageCreate, (message) => {
    if (client.user) replies.start(() => handleMessage(message, client.user!.id, deps));
  });
  logGatewayEvents(client, log);

  const onRejection = (reason: unknown) => log.error({ err: reason }, 'unhandled promise rejection');
  const processHandlers = opts.processHandlers ?? true;
  if (processHandlers) process.on('unhandledRejection', onRejection);

  let watcher: CorpusWatcher | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await replies.drain(opts.drainMs ?? 3000, log);
      await watcher?.close();
      await server?.close();
      await client.destroy();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('unhandledRejection', onRejection);
      log.info('stopped');
    })());

  const onSignal = exitOnSignal(stop, () => stopping !== null, log);
  if (processHandlers) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  await login(client, config.discordToken, log, stop);
  log.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, articles: engine.corpus.articles.length, passages: engine.search.passageCount },
    `ready as ${client.user?.tag} in ${client.guilds.cache.size} guild(s), answering from ${engine.corpus.articles.length} articles`,
  );
  const setEngine = (next: Engine) => {
    deps.ctx.engine = next;
    log.info({ articles: next.corpus.articles.length, passages: next.corpus.passages.length }, 'corpus reloaded');
  };
  // An engine handed in (tests) is the caller's to manage; one we opened follows the folder.
  if (opened && !stopping) watcher = watch(config, opened, log, setEngine);
  if (server && !stopping) watcher = await watchServer(config, server, log);
  return { client, stop, setEngine };
}
