/**
 * Issue 11, row 10: the watcher follows the corpus folder itself. Deleting every article stops
 * them being served; a folder deleted and recreated is watched again.
 */
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import type { CorpusProblem } from '../src/corpus/types.js';
import type { Engine } from '../src/engine.js';
import { openEngine } from '../src/store/open.js';
import { indexFileFor } from '../src/store/persist.js';
import { watchCorpus, type CorpusWatcher } from '../src/store/watch.js';

const FERRY = 'Harbour Ferry Returns\n\nThe Qelvorian harbour ferry resumed service on Monday after engine repairs, the port said.\n';
const BRIDGE = 'Bridge Opens\n\nThe Qelvorian river bridge opened on Friday with four lanes for cars.\n';
const FERRY_Q = 'When did the Qelvorian ferry resume service?';
const BRIDGE_Q = 'How many lanes does the Qelvorian bridge have?';

let root: string;
let dir: string;
let engine: Engine;
let watcher: CorpusWatcher;
const problems: CorpusProblem[] = [];

/** Waits until `ready()` holds; the watcher polls every 50 ms, so this fails only if it never updates. */
async function until(ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`the watcher never got there: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const answers = (q: string) => !ask(engine, q).noAnswer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsdesk-follow-'));
  dir = path.join(root, 'corpus');
  await mkdir(dir);
  await writeFile(path.join(dir, 'ferry.txt'), FERRY);
  const indexFile = indexFileFor(dir, path.join(root, 'cache'));
  const opened = await openEngine(dir, { indexFile, build: 'main' });
  engine = opened.engine;
  watcher = watchCorpus(dir, {
    fingerprint: opened.fingerprint,
    problems: opened.engine.corpus.problems,
    indexFile,
    build: 'main',
    debounceMs: 30,
    pollMs: 50,
    onUpdate: (next) => (engine = next),
    onProblem: (ps) => problems.push(...ps),
  });
});
afterAll(async () => {
  await watcher.close();
  await rm(root, { recursive: true, force: true });
});

describe('following the corpus folder', () => {
  it('stops serving an article once every article is deleted, and says so', async () => {
    expect(answers(FERRY_Q)).toBe(true);
    await unlink(path.join(dir, 'ferry.txt'));
    await until(() => engine.corpus.articles.length === 0, 'no article served');
    expect(answers(FERRY_Q)).toBe(false);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/no usable article[\s\S]*no article is served/);
  });

  it('resumes watching a folder deleted and recreated while running', async () => {
    await writeFile(path.join(dir, 'ferry.txt'), FERRY);
    await until(() => answers(FERRY_Q), 'ferry served again');

    await rm(dir, { recursive: true });
    await until(() => engine.corpus.articles.length === 0, 'folder gone');
    expect(problems.at(-1)!.message).toMatch(/Cannot read the corpus folder[\s\S]*watched for/);

    await mkdir(dir);
    await writeFile(path.join(dir, 'bridge.txt'), BRIDGE);
    await until(() => answers(BRIDGE_Q), 'article in the recreated folder served');
    // Still watching the new folder, not just re-read once: a later file arrives too.
    await writeFile(path.join(dir, 'ferry.txt'), FERRY);
    await until(() => answers(FERRY_Q), 'second article in the recreated folder served');
    expect(answers(BRIDGE_Q)).toBe(true);
  });
});
