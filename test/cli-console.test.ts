/**
 * The command line as a user runs it: one-shot JSON and exit codes, and line mode on a pipe
 * following the corpus folder while it runs (an article added is answered, then gone once removed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/cli/bin.ts');
let dir: string;

const article = (headline: string, body: string) => `${headline}\n\n${body}\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-cli-'));
  await writeFile(path.join(dir, 'ferry.txt'), article('Harbour Ferry Returns After Repairs', 'The harbour ferry resumed service on Monday after three weeks of engine repairs, the port authority said.'));
  await writeFile(path.join(dir, 'sources.json'), JSON.stringify({ sources: [{ file: 'ferry.txt', publisher: 'Harbour Times', url: 'https://times.example/ferry' }] }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-index`, { recursive: true, force: true });
});

function cli(...args: string[]) {
  return spawnSync(TSX, [CLI, '--corpus', dir, ...args], { encoding: 'utf8', env: { ...process.env, DISCORD_TOKEN: '', INDEX_DIR: `${dir}-index` } });
}

describe('one-shot', () => {
  it('answers ask with the documented JSON and exits 0', () => {
    const r = cli('ask', 'when did the ferry resume service?', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ command: 'ask', noAnswer: false });
    expect(out.results[0].snippet).toContain('Monday');
    expect(out.results[0].source).toEqual({ id: 'ferry', title: 'Harbour Ferry Returns After Repairs', publisher: 'Harbour Times', author: null, url: 'https://times.example/ferry', published: null });
  });

  it('reports a failed command as JSON and exits non-zero', () => {
    const r = cli('quote', '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ command: 'quote', error: expect.stringMatching(/needs a speaker/) });
  });

  it('names a bad option', () => {
    const r = cli('ask', 'x', '--colour');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --colour');
  });
});

describe('line mode on a pipe', () => {
  it('answers one JSON object a line and follows articles added and removed while it runs', async () => {
    const child = spawn(TSX, [CLI, '--corpus', dir, '--json'], { env: { ...process.env, DISCORD_TOKEN: '', INDEX_DIR: `${dir}-index` } });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const askLine = async (q: string) => {
      child.stdin.write(`/ask ${q}\n`);
      return JSON.parse(((await lines.next()).value as string) ?? 'null');
    };
    const question = 'how many lanes does the new bridge have?';
    const untilNoAnswerIs = async (noAnswer: boolean) => {
      for (let i = 0; i < 50; i++) {
        const r = await askLine(question);
        if (r.noAnswer === noAnswer) return r;
        await new Promise((res) => setTimeout(res, 200));
      }
      throw new Error('the console never saw the corpus change');
    };
    try {
      expect((await askLine(question)).noAnswer).toBe(true);
      const bridge = path.join(dir, 'bridge.txt');
      await writeFile(bridge, article('New Bridge Opens To Traffic', 'The new river bridge opened on Friday with four lanes for cars and a separate cycle path.'));
      const found = await untilNoAnswerIs(false);
      expect(found.results[0].snippet).toContain('four lanes');
      child.stdin.write('sources\n');
      expect(JSON.parse((await lines.next()).value as string).sources).toHaveLength(2);
      await unlink(bridge);
      expect((await untilNoAnswerIs(true)).noAnswer).toBe(true);
    } finally {
      child.stdin.end();
      await new Promise((res) => child.once('exit', res));
    }
    expect(child.exitCode).toBe(0);
  }, 30_000);
});
