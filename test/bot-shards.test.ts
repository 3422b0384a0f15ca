/**
 * `npm run start:sharded` (src/bot/shards.ts): a discord.js ShardingManager that builds the corpus
 * index once, then runs one bot process per shard against the fake Discord. Each shard answers the
 * events Discord routes to it, and SIGTERM stops every process with exit code 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/bot/client.js';
import { resolveShardCount } from '../src/bot/shards.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from './fake-discord/index.js';
import { finalReply, freshUser, TEST_TOKEN } from './bot-harness.js';

describe('npm run start:sharded', () => {
  let fake: FakeDiscord;
  let corpusDir: string;
  let indexDir: string;
  let manager: ChildProcess | undefined;

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2 });
    // A copy of the seeds without their persisted index, so the manager has to build it.
    corpusDir = await mkdtemp(join(tmpdir(), 'newsdesk-shards-'));
    await cp('seeds', corpusDir, { recursive: true, filter: (src) => src === 'seeds' || !basename(src).startsWith('.') });
    indexDir = await mkdtemp(join(tmpdir(), 'newsdesk-shards-index-'));
  });

  afterAll(async () => {
    try {
      // The manager leads its own process group, which its tsx parent and the shards share.
      if (manager?.pid) process.kill(-manager.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await fake?.close();
    if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
    if (indexDir) await rm(indexDir, { recursive: true, force: true });
  });

  /** Waits for the deferred reply of an /ask, then returns the edited-in answer's first embed. */
  async function answerTo(h: InteractionHandle): Promise<{ description: string }> {
    const { callback, body } = await finalReply(fake, h);
    expect(callback.body.type).toBe(5);
    return body.embeds[0];
  }

  it('builds the index once, runs a process per shard, answers on each shard, and exits 0 on SIGTERM', async () => {
    const startedAt = Date.now();
    manager = spawn('node_modules/.bin/tsx', ['src/bot/shards.ts'], {
      detached: true,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DOTENV_CONFIG_PATH: '/nonexistent/.env',
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        SHARD_COUNT: '2',
        CORPUS_DIR: corpusDir,
        INDEX_DIR: indexDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    manager.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    manager.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(manager, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const logs = () => stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>);
    const fromManager = () => logs().filter((l) => l.role === 'shard-manager');
    const fromShards = () => logs().filter((l) => l.role === undefined);

    // discord.js waits 5.5 s after one shard is ready before starting the next.
    await expect
      .poll(() => fake.gateway.identifies.map((i) => i.shard.join('/')).sort(), { timeout: 25_000, interval: 100 })
      .toEqual(['0/2', '1/2']);
    await expect.poll(() => fromShards().filter((l) => String(l.msg).startsWith('ready as')).length, { timeout: 10_000, interval: 50 }).toBe(2);
    const readyAt = Date.now();

    // The manager built and saved the index; both shards loaded that file rather than rebuilding.
    expect(fromManager().find((l) => String(l.msg).startsWith('index '))).toMatchObject({ from: 'rebuilt', articles: 5 });
    expect(fromShards().filter((l) => String(l.msg).startsWith('index ')).map((l) => l.from)).toEqual(['persisted', 'persisted']);
    // In INDEX_DIR: the corpus folder is only read.
    expect((await readdir(indexDir)).filter((f) => f.endsWith('.newsdesk-index.json'))).toHaveLength(1);
    expect((await readdir(corpusDir)).some((f) => f.startsWith('.newsdesk'))).toBe(false);
    // Discord routes the guild to one shard: (guild_id >> 22) % 2.
    const guildShard = Number((BigInt(fake.guildId) >> 22n) % 2n);
    expect(fromShards().filter((l) => String(l.msg).startsWith('ready as')).map((l) => l.guilds).sort()).toEqual([0, 1]);

    // The fake sends a guild's interactions on the guild's shard and DMs on shard 0, so with the
    // guild on shard 1 these two reach different processes. Each must answer with a cited source.
    expect(guildShard).toBe(1);
    const question = [{ name: 'question', value: 'who led the Chinese delegation?' }];
    const inGuild = fake.sendSlashCommand('ask', question, { userId: freshUser() });
    const inDm = fake.sendSlashCommand('ask', question, { userId: freshUser(), guild: false });
    for (const h of [inGuild, inDm]) {
      const embed = await answerTo(h);
      expect(embed.description).toContain('He Lifeng');
      expect(embed.description).toMatch(/— \[[^\]]+\]\(https:\/\/[^)]+\)/);
    }
    expect(fake.problems).toEqual([]);

    const shardPids = fromManager()
      .filter((l) => String(l.msg).endsWith(' started'))
      .map((l) => l.pid as number);
    expect(shardPids).toHaveLength(2);

    const signalledAt = Date.now();
    manager.kill('SIGTERM');
    const [code, signal] = await exited;
    const stopMs = Date.now() - signalledAt;
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(stopMs).toBeLessThan(8000);
    // Each shard shut itself down (drained, disconnected) and exited 0.
    expect(fromShards().filter((l) => l.msg === 'stopped')).toHaveLength(2);
    expect(fromManager().filter((l) => String(l.msg).match(/^shard \d stopped$/)).map((l) => [l.shard, l.code]).sort()).toEqual([
      [0, 0],
      [1, 0],
    ]);
    for (const pid of shardPids) expect(() => process.kill(pid, 0)).toThrow();
    expect(stdout + stderr).not.toContain(TEST_TOKEN);
    console.info(`sharded run: both shards ready after ${readyAt - startedAt} ms, stopped in ${stopMs} ms`);
  }, 60_000);
});

describe('shard configuration', () => {
  let fake: FakeDiscord;
  const savedEnv = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT, SHARDING_MANAGER: process.env.SHARDING_MANAGER };

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 3 });
  });
  afterAll(async () => {
    await fake?.close();
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("reads SHARD_COUNT as a whole number or 'auto' (the default), and names it when it is neither", () => {
    expect(loadConfig({}).shardCount).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: '' }).shardCount).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: 'Auto' }).shardCount).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: '4' }).shardCount).toBe(4);
    for (const bad of ['0', '-2', '1.5', 'two']) {
      expect(() => loadConfig({ SHARD_COUNT: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ SHARD_COUNT: bad })).toThrow(/SHARD_COUNT must be 'auto'/);
    }
  });

  it("asks Discord for the recommended count on 'auto', through DISCORD_API_URL", async () => {
    const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(await resolveShardCount(config)).toBe(3);
    expect(fake.calls.filter((c) => c.method === 'GET' && c.path === '/gateway/bot')).toHaveLength(1);
    expect(await resolveShardCount({ ...config, shardCount: 2 })).toBe(2);
    expect(fake.calls.filter((c) => c.method === 'GET' && c.path === '/gateway/bot')).toHaveLength(1);
  });

  it('lets a ShardingManager pick the shard, but keeps an operator SHARD_COUNT away from `npm start`', () => {
    // What discord.js sets in each process a ShardingManager spawns.
    Object.assign(process.env, { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' });
    const underManager = createClient({ discordApiUrl: undefined });
    expect({ shards: underManager.options.shards, shardCount: underManager.options.shardCount }).toEqual({ shards: [1], shardCount: 2 });

    // `npm start` with SHARD_COUNT=auto in .env: discord.js alone would throw on it.
    delete process.env.SHARDING_MANAGER;
    delete process.env.SHARDS;
    process.env.SHARD_COUNT = 'auto';
    const alone = createClient({ discordApiUrl: undefined });
    expect({ shards: alone.options.shards, shardCount: alone.options.shardCount }).toEqual({ shards: [0], shardCount: 1 });
    expect(process.env.SHARD_COUNT).toBe('auto');
  });
});
