/**
 * The bot as a process: `npm start` (src/main.ts) logs in to the fake Discord, answers, and exits 0
 * within 5 s of SIGTERM; `npm run deploy-commands` registers the commands and prints them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandBodies, deployCommands, describeDeployment } from '../src/bot/deploy-commands.js';
import { loadConfig } from '../src/config.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';
import { TEST_TOKEN } from './bot-harness.js';
import { captureOutput, killGroups } from './process-groups.js';

let fake: FakeDiscord;
let indexDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  indexDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-process-index-'));
});

afterAll(async () => {
  killGroups(children);
  await fake?.close();
  if (indexDir) await rm(indexDir, { recursive: true, force: true });
});

/** Runs a tsx entry point with a clean environment pointing at the fake; collects its output. */
function run(entry: string, env: Record<string, string>) {
  // Through tsx, as `npm start` runs it, but not through npm/npx: npm exits on SIGTERM without
  // passing it on, leaving the bot running, so a supervisor must run `tsx src/main.ts` directly.
  const child = spawn('node_modules/.bin/tsx', [entry], {
    detached: true,
    cwd: process.cwd(),
    // No inherited DISCORD_* / .env surprises: only what the test sets.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', INDEX_DIR: indexDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return { child, ...captureOutput(child) };
}

describe('npm start', () => {
  it('logs in, answers a command, and exits 0 within 5 s of SIGTERM', async () => {
    const { child, out, exited } = run('src/main.ts', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: 'seeds', LOG_LEVEL: 'info' });
    await expect.poll(() => out.stdout.includes('"msg":"ready as'), { timeout: 15_000, interval: 50 }).toBe(true);

    const h = fake.sendSlashCommand('sources');
    expect((await fake.waitForCallback(h)).status).toBe(204);

    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    const took = Date.now() - signalledAt;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(took).toBeLessThan(5000);
    expect(out.stdout).toContain('"msg":"stopped"');
    expect(out.stdout + out.stderr).not.toContain(TEST_TOKEN);
    // One JSON line per interaction, with command, latency and outcome.
    const line = out.stdout.split('\n').find((l) => l.includes('"msg":"interaction"'));
    expect(JSON.parse(line!)).toMatchObject({ command: 'sources', outcome: 'answered', latencyMs: expect.any(Number) });
  }, 25_000);
});

describe('npm run deploy-commands', () => {
  it('registers every command to the guild when DISCORD_GUILD_ID is set, and prints them', async () => {
    const { out, exited } = run('src/bot/deploy-commands.ts', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
    });
    const [code] = await exited;
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const put = fake.calls.find((c) => c.method === 'PUT' && c.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put?.status).toBe(200);
    expect((put!.body as { name: string }[]).map((c) => c.name)).toEqual(['ask', 'quote', 'sources', 'help']);
    expect(out.stdout).toContain(`Registered 4 commands for application ${fake.applicationId} to guild ${fake.guildId}`);
    expect(out.stdout).toContain('/ask question [private]');
    expect(out.stdout).toContain('/quote speaker [about]');
  }, 20_000);

  it('registers globally without a guild, finding the application id from the token', async () => {
    const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl });
    const deployed = await deployCommands(config);
    expect(deployed).toEqual({ scope: 'global', applicationId: fake.applicationId, names: ['ask', 'quote', 'sources', 'help'] });
    expect(fake.calls.some((c) => c.method === 'GET' && c.path === '/applications/@me')).toBe(true);
    expect(describeDeployment(deployed)).toMatch(/^Registered 4 commands for application \d+ globally/);
  });

  it('defines commands Discord accepts: lowercase names, descriptions ≤ 100, max_length on every string option', () => {
    for (const c of commandBodies()) {
      expect(c.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) {
        expect(o.description.length).toBeLessThanOrEqual(100);
        if (o.type === 3) expect((o as { max_length?: number }).max_length).toBeGreaterThan(0);
      }
    }
    const speaker = commandBodies().find((c) => c.name === 'quote')?.options?.find((o) => o.name === 'speaker');
    expect(speaker).toMatchObject({ autocomplete: true, required: true, max_length: 100 });
  });
});
