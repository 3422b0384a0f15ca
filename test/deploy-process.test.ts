/**
 * Issue 11, the bot and the CLI as processes on ordinary deployments: a signal during start-up
 * (row 11), `npm start` under a supervisor that signals only npm (row 12), a revoked token and a
 * wrong application id (row 13), output piped into `head` (row 14).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands, settingAtFault } from '../src/bot/deploy-commands.js';
import { loadConfig } from '../src/config.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';
import { TEST_TOKEN } from './bot-harness.js';
import { captureOutput, killGroups } from './process-groups.js';

const TSX = path.resolve('node_modules/.bin/tsx');
let root: string;
let fake: FakeDiscord;
const children: ChildProcess[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsdesk-deploy-'));
  fake = await startFakeDiscord();
});
afterAll(async () => {
  killGroups(children);
  await fake?.close();
  await rm(root, { recursive: true, force: true });
});

/** Starts a command in its own process group with only the environment given; collects its output. */
function start(cmd: string, args: string[], env: Record<string, string>, stdin: 'ignore' | 'pipe' = 'ignore') {
  const child = spawn(cmd, args, {
    detached: true,
    env: { PATH: process.env.PATH ?? '', HOME: root, DOTENV_CONFIG_PATH: '/nonexistent/.env', npm_config_update_notifier: 'false', ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  children.push(child);
  return { child, ...captureOutput(child) };
}

const logLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('row 11: SIGTERM while the index is being built and written', () => {
  it('exits 0 and leaves no temporary file', async () => {
    const corpus = path.join(root, 'big');
    const indexDir = path.join(root, 'index-11');
    await mkdir(corpus);
    const paragraph = (i: number, j: number) => `Report ${i} paragraph ${j}: the harbour board of town ${i} met on Monday to discuss levy number ${j * i} and the ferry timetable.`;
    for (let i = 0; i < 250; i++) await writeFile(path.join(corpus, `a${i}.txt`), `Harbour Story ${i}\n\n${Array.from({ length: 40 }, (_, j) => paragraph(i, j)).join('\n\n')}\n`);
    const { child, out, exited } = start(process.execPath, ['--import', 'tsx', 'src/main.ts'], { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpus, INDEX_DIR: indexDir, LOG_LEVEL: 'info' });
    await expect.poll(() => out.stdout.includes('Building the index'), { timeout: 15_000, interval: 20 }).toBe(true);
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal, stderr: out.stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(logLines(out.stdout).map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down during start-up', 'stopped']));
    const left = await readdir(indexDir).catch(() => [] as string[]);
    expect(left.filter((n) => !n.endsWith('.newsdesk-index.json'))).toEqual([]);
    expect(await readdir(corpus)).toHaveLength(250);
  }, 30_000);
});

describe('row 12: npm start under a supervisor that signals only npm', () => {
  it('stops the bot, closing its gateway connection', async () => {
    const { child, out, exited } = start('npm', ['start', '--silent'], { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: 'seeds', INDEX_DIR: path.join(root, 'index-12'), LOG_LEVEL: 'info' });
    await expect.poll(() => out.stdout.includes('"msg":"ready as'), { timeout: 20_000, interval: 50 }).toBe(true);
    const opened = fake.gateway.connections.filter((c) => c.closedAt === null);
    expect(opened.length).toBeGreaterThan(0);
    // npm's pid alone, as a supervisor does: not the process group.
    process.kill(child.pid!, 'SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    await expect.poll(() => opened.every((c) => c.closedAt !== null), { timeout: 6000, interval: 50 }).toBe(true);
    expect(logLines(out.stdout).some((l) => l.msg === 'stopped')).toBe(true);
  }, 30_000);
});

describe('row 13: credentials Discord refuses', () => {
  it('a revoked DISCORD_TOKEN: one log line naming it and how to reset it, no stack trace', async () => {
    const strict = await startFakeDiscord({ token: 'MTExMTExMTExMTExMTExMTEx.the-real-one.abcdefghijklmnop' });
    try {
      const { out, exited } = start(process.execPath, ['--import', 'tsx', 'src/main.ts'], { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: strict.apiUrl, CORPUS_DIR: 'seeds', INDEX_DIR: path.join(root, 'index-13'), LOG_LEVEL: 'info' });
      const [code] = await exited;
      expect(code).toBe(2);
      expect(out.stderr).toBe('');
      const fatal = logLines(out.stdout).filter((l) => l.level === 60);
      expect(fatal).toEqual([expect.objectContaining({ setting: 'DISCORD_TOKEN', msg: expect.stringMatching(/^DISCORD_TOKEN was rejected by Discord.*Reset Token/) })]);
      expect(out.stdout).not.toMatch(/\n\s+at |"stack"/);
      expect(out.stdout).not.toContain(TEST_TOKEN);
    } finally {
      await strict.close();
    }
  }, 20_000);

  it('deploy-commands names DISCORD_CLIENT_ID on "Unknown Application", and DISCORD_TOKEN on 401', async () => {
    const wrongApp = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_CLIENT_ID: '123456789012345678' });
    const err = await deployCommands(wrongApp).catch((e: unknown) => e);
    expect(settingAtFault(err, wrongApp)).toMatch(/^DISCORD_CLIENT_ID 123456789012345678 is not this bot's application \(Discord answered "Unknown Application"\).*General Information/);
    const strict = await startFakeDiscord({ token: 'MTExMTExMTExMTExMTExMTEx.the-real-one.abcdefghijklmnop' });
    try {
      const revoked = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: strict.apiUrl });
      expect(settingAtFault(await deployCommands(revoked).catch((e: unknown) => e), revoked)).toMatch(/^DISCORD_TOKEN was rejected/);
    } finally {
      await strict.close();
    }
  });
});

describe('row 14: the console piped into head', () => {
  it('exits quietly when the reader goes away', async () => {
    const { child, out, exited } = start(TSX, ['src/cli/bin.ts', '--corpus', 'seeds'], { INDEX_DIR: path.join(root, 'index-14') }, 'pipe');
    child.stdin!.on('error', () => {});
    child.stdin!.write('sources\n');
    await once(child.stdout!, 'data');
    // `head` has read its lines and exits: the pipe's reading end closes.
    child.stdout!.destroy();
    for (let i = 0; i < 50; i++) child.stdin!.write('sources\n');
    child.stdin!.end();
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(out.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  }, 20_000);
});
