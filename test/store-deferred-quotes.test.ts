/**
 * The quotation registry of a persisted index is parsed after the engine is ready
 * (src/store/deferred-quotes.ts): a command right after opening, before the background parse is
 * done, answers exactly as a freshly built engine, and damaged registry lines are rebuilt from the
 * corpus rather than served.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine, type Engine } from '../src/engine.js';
import { findQuotes, listSpeakers } from '../src/quotes/index.js';
import { quotesSettled } from '../src/store/deferred-quotes.js';
import { openEngine } from '../src/store/open.js';
import { INDEX_FILE } from '../src/store/persist.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
let dir: string;
let fresh: Engine;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-quotes-'));
  await cp(SEEDS, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  fresh = createEngine(await loadCorpus(dir));
  await openEngine(dir, { build: 'main' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** /quote for the best-known speakers and 'what did X say' for each, on both engines. */
function expectSameQuotes(engine: Engine): void {
  const speakers = listSpeakers(fresh.quotes).slice(0, 5);
  expect(speakers.length).toBeGreaterThan(0);
  for (const s of speakers) {
    expect(findQuotes(engine.quotes, s.name), s.name).toEqual(findQuotes(fresh.quotes, s.name));
    const q = `what did ${s.name} say?`;
    expect(ask(engine, q), q).toEqual(ask(fresh, q));
  }
  expect(listSpeakers(engine.quotes)).toEqual(listSpeakers(fresh.quotes));
}

describe('quotation registry read after ready', () => {
  it('answers /quote and speech questions at once after opening, as a fresh build', async () => {
    const r = await openEngine(dir, { build: 'main' });
    expect(r.from).toBe('persisted');
    // No await between opening and asking: the background parse has not run its course.
    expectSameQuotes(r.engine);
    await quotesSettled(r.engine.quotes);
    expectSameQuotes(r.engine);
  });

  it('finishes in the background, and then answers the same', async () => {
    const r = await openEngine(dir, { build: 'main' });
    await quotesSettled(r.engine.quotes);
    expectSameQuotes(r.engine);
  });

  it('rebuilds a registry whose index lines are damaged, with the same answers', async () => {
    const file = path.join(dir, INDEX_FILE);
    const lines = (await readFile(file, 'latin1')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('["quotes","quotes"'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.slice(0, 40);
    await writeFile(file, lines.join('\n'), 'latin1');
    const r = await openEngine(dir, { build: 'main' });
    expect(r.from).toBe('persisted');
    expectSameQuotes(r.engine);
  });
});
