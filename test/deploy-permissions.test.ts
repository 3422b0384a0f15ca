/**
 * Issue 11, rows 1 and 2: a corpus the bot may only read (a read-only volume, a folder another
 * user owns) with a sources.json it cannot read at all. Permission bits stop no one running as
 * root, and CI runs as root, so the processes under test run as `nobody` (uid 65534); a test
 * runner that is not root runs them as itself. Where neither is possible, the tests say so and skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmod, cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';
import { TEST_TOKEN } from './bot-harness.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/** Run as nobody when we are root; as ourselves otherwise (permission bits then apply to us). */
const asUser = isRoot ? { uid: NOBODY, gid: NOBODY } : {};

/** Why these tests cannot prove anything here, or null when they can. */
function cannotRun(): string | null {
  if (process.platform === 'win32' || !process.getuid) return 'POSIX permissions are needed';
  if (!isRoot) return null;
  // nobody must be able to run node and read the project to start it at all.
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(path.resolve('src/main.ts'))}, 4)`], { ...asUser, cwd: process.cwd() });
  return probe.status === 0 ? null : `cannot run as uid ${NOBODY} here (${probe.error?.message ?? probe.stderr.toString().trim()})`;
}
const skip = cannotRun();
if (skip) console.warn(`deploy-permissions: skipped, ${skip}`);

let root: string;
let corpus: string;
let readOnlyIndex: string;
let fake: FakeDiscord;

beforeAll(async () => {
  if (skip) return;
  root = await mkdtemp(path.join(tmpdir(), 'newsdesk-perm-'));
  corpus = path.join(root, 'corpus');
  await cp('seeds', corpus, { recursive: true, filter: (src) => src === 'seeds' || !path.basename(src).startsWith('.') });
  readOnlyIndex = path.join(root, 'index-ro');
  await mkdir(readOnlyIndex);
  // Readable by everyone, writable by no one but its owner: as on a :ro volume, nothing here can be written.
  for (const d of [root, corpus, readOnlyIndex]) await chmod(d, 0o555);
  for (const f of await readdir(corpus)) await chmod(path.join(corpus, f), 0o444);
  await chmod(path.join(corpus, 'sources.json'), 0o000);
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
  if (root) {
    await chmod(root, 0o755);
    await rm(root, { recursive: true, force: true });
  }
});

/** Runs an entry point as the unprivileged user, feeding `input` to its standard input. */
async function runAsUser(args: string[], env: Record<string, string>, input = '') {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    ...asUser,
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', DOTENV_CONFIG_PATH: '/nonexistent/.env', CORPUS_DIR: corpus, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  child.stdin.end(input);
  return { child, out, exited: once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]> };
}

describe.skipIf(skip !== null)('a read-only corpus with an unreadable sources.json', () => {
  it('the CLI answers, warning that the index was not saved and that sources.json cannot be read', async () => {
    const before = await readdir(corpus);
    const { out, exited } = await runAsUser(['src/cli/bin.ts', 'ask', 'who led the Chinese delegation?'], { INDEX_DIR: path.join(readOnlyIndex, 'cache') });
    const [code] = await exited;
    expect({ code, stderr: out.stderr }).toMatchObject({ code: 0 });
    expect(out.stdout).toContain('He Lifeng');
    expect(out.stderr).toMatch(/warning: Could not save the index to .*index-ro.*\(EACCES\); answering from memory/);
    expect(out.stderr).toMatch(/warning: sources\.json: sources\.json cannot be read \(EACCES\).*without its metadata/);
    expect(out.stderr).not.toMatch(/\n\s+at |Unhandled|EROFS.*tmp/);
    expect(await readdir(corpus)).toEqual(before);
  }, 20_000);

  it('the console (npm start without a token) keeps its index in INDEX_DIR, never in the corpus', async () => {
    const indexDir = path.join(tmpdir(), `newsdesk-perm-index-${process.pid}`);
    await mkdir(indexDir, { recursive: true });
    await chmod(indexDir, 0o777);
    try {
      const { out, exited } = await runAsUser(['src/main.ts'], { INDEX_DIR: indexDir, DISCORD_TOKEN: '' }, 'ask when did the talks take place?\nsources\n');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(out.stdout).toContain('## Sources: 5 articles');
      expect((await readdir(indexDir)).filter((n) => n.endsWith('.newsdesk-index.json'))).toHaveLength(1);
      expect((await readdir(corpus)).some((n) => n.startsWith('.newsdesk'))).toBe(false);
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
  }, 20_000);

  it('the bot starts, logs both warnings with the setting or file they concern, and answers', async () => {
    const { child, out, exited } = await runAsUser(['src/main.ts'], { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, INDEX_DIR: readOnlyIndex, LOG_LEVEL: 'info' });
    try {
      await expect.poll(() => out.stdout.includes('"msg":"ready as'), { timeout: 15_000, interval: 50 }).toBe(true);
      const logs = out.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
      const warnings = logs.filter((l) => l.level === 40);
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ setting: 'INDEX_DIR', msg: expect.stringMatching(/Could not save the index.*EACCES/) }),
          expect.objectContaining({ file: 'sources.json', msg: expect.stringMatching(/cannot be read \(EACCES\)/) }),
        ]),
      );
      expect((await fake.waitForCallback(fake.sendSlashCommand('sources'))).status).toBe(204);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    expect(code).toBe(0);
    expect(out.stderr).toBe('');
  }, 25_000);
});
