/**
 * Live corpus updates (issue 6): while the engine is in service, adding, removing or breaking an
 * article file updates the answers within seconds, built aside and swapped in whole.
 */
import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { listSources } from '../src/answer/sources.js';
import type { CorpusProblem } from '../src/corpus/types.js';
import { watchCorpus, type CorpusChanges, type CorpusWatcher } from '../src/store/watch.js';
import type { Engine } from '../src/engine.js';
import { openEngine } from '../src/store/open.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const QUESTION = 'When did the Qelvorian lighthouse reopen?';
const ARTICLE = `Qelvorian Lighthouse Reopens After Repairs

The Qelvorian lighthouse reopened on 3 May after repairs costing 40,000 euros, the harbour board said.

“It has guided ships for a century and it will again,” said harbour master Ilse Varnhagen.
`;

let dir: string;
let watcher: CorpusWatcher;
/** The engine in service: what a bot or console answers from, swapped by onUpdate. */
let engine: Engine;
const updates: CorpusChanges[] = [];
const problems: CorpusProblem[][] = [];
let wake: (() => void) | null = null;

/** Waits until `ready()` holds, checking after each watcher callback; fails after 8 s. */
async function until(ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 8000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error('the watcher did not update in time');
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, 200);
    });
  }
}

const answeredFromNew = () => ask(engine, QUESTION).hits.some((h) => h.source.id === 'zz-lighthouse');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-watch-'));
  await cp(SEEDS, dir, { recursive: true });
  const opened = await openEngine(dir);
  engine = opened.engine;
  watcher = watchCorpus(dir, {
    fingerprint: opened.fingerprint,
    problems: opened.engine.corpus.problems,
    debounceMs: 50,
    onUpdate(next, changes) {
      engine = next;
      updates.push(changes);
      wake?.();
    },
    onProblem(p) {
      problems.push(p);
      wake?.();
    },
  });
});

afterAll(async () => {
  await watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('live corpus updates', () => {
  it('answers from an article added while running, and forgets it once removed', async () => {
    const before = listSources(engine).length;
    expect(answeredFromNew()).toBe(false);

    await writeFile(path.join(dir, 'zz-lighthouse.txt'), ARTICLE);
    await until(answeredFromNew);
    expect(ask(engine, QUESTION).hits[0]!.snippet).toContain('3 May');
    expect(listSources(engine)).toHaveLength(before + 1);
    expect(updates.at(-1)!.added).toEqual(['zz-lighthouse.txt']);

    await unlink(path.join(dir, 'zz-lighthouse.txt'));
    await until(() => !answeredFromNew());
    expect(listSources(engine)).toHaveLength(before);
    expect(updates.at(-1)!.removed).toEqual(['zz-lighthouse.txt']);
  });

  it('reports a broken new file and keeps answering from the rest', async () => {
    const question = `what about ${engine.corpus.passages[0]!.text.split(/\s+/).slice(0, 8).join(' ')}`;
    const expected = ask(engine, question);
    expect(expected.noAnswer).toBe(false);
    const articles = engine.corpus.articles.length;

    await writeFile(path.join(dir, 'zz-broken.txt'), Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x00, 0x41]));
    await writeFile(path.join(dir, 'zz-lighthouse.txt'), ARTICLE);
    await until(() => problems.flat().some((p) => p.file === 'zz-broken.txt') && answeredFromNew());
    expect(problems.flat().find((p) => p.file === 'zz-broken.txt')!.message).toMatch(/binary|UTF-8/);
    expect(engine.corpus.articles).toHaveLength(articles + 1);
    // Scores shift a little (the new article changes term statistics); the answer itself does not.
    const top = ask(engine, question).hits[0]!;
    expect({ passage: top.passageId, snippet: top.snippet }).toEqual({ passage: expected.hits[0]!.passageId, snippet: expected.hits[0]!.snippet });
  });
});
