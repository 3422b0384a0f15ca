/**
 * Start-up trusting article files by size and modification time (src/store/trusted.ts): the
 * engine it loads answers as the hashing start does; a file whose size or time changed, or one
 * written too recently to be trusted, sends the start back to hashing; and an edit that kept the
 * size and time is found by the watcher's hash of the folder right after ready, and applied.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { findQuotes, listSpeakers } from '../src/quotes/index.js';
import { engineSettled } from '../src/engine.js';
import { openEngine } from '../src/store/open.js';
import { watchCorpus } from '../src/store/watch.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
/** Modification times an hour back: older than STAMP_DEFAULTS.racyMs, so the build stamps every file. */
const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);
let dir: string;

async function articleFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((n) => /\.(txt|md|html?|jsonl)$/.test(n)).sort();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-trusted-'));
  await cp(SEEDS, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  for (const f of await articleFiles()) await utimes(path.join(dir, f), AN_HOUR_AGO, AN_HOUR_AGO);
  expect((await openEngine(dir, { build: 'main' })).from).toBe('rebuilt');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('trusting files by size and modification time', () => {
  it('loads without hashing and answers as the hashing start does, also before what it builds after ready is in', async () => {
    const trusted = await openEngine(dir, { build: 'main', trustStamps: true });
    const hashed = await openEngine(dir, { build: 'main' });
    expect(trusted.from).toBe('persisted');
    expect(trusted.fingerprint.unverified).toBe(true);
    expect(hashed.fingerprint.unverified).toBeUndefined();
    expect(trusted.fingerprint.hash).toBe(hashed.fingerprint.hash);
    const questions = hashed.engine.corpus.passages.filter((_, i) => i % 9 === 0).map((p) => p.text.split(/\s+/).slice(0, 7).join(' '));
    for (const q of questions) expect(ask(trusted.engine, q), q).toEqual(ask(hashed.engine, q));
    for (const s of listSpeakers(hashed.engine.quotes).slice(0, 10)) expect(findQuotes(trusted.engine.quotes, s.name)).toEqual(findQuotes(hashed.engine.quotes, s.name));
    expect(trusted.engine.corpus).toEqual(hashed.engine.corpus);
    await engineSettled(trusted.engine);
    expect(new Map(trusted.engine.passages)).toEqual(new Map(hashed.engine.passages));
  });

  it('hashes the files when one has a new modification time, or was written too recently to be trusted', async () => {
    const file = path.join(dir, (await articleFiles())[0]!);
    await utimes(file, new Date(AN_HOUR_AGO.getTime() + 1000), new Date(AN_HOUR_AGO.getTime() + 1000));
    const touched = await openEngine(dir, { build: 'main', trustStamps: true });
    expect(touched.from).toBe('persisted');
    expect(touched.fingerprint.unverified).toBeUndefined();
    // That start hashed the file but did not rewrite the index: it still holds the old time.
    await utimes(file, AN_HOUR_AGO, AN_HOUR_AGO);
    expect((await openEngine(dir, { build: 'main', trustStamps: true })).fingerprint.unverified).toBe(true);
    // Rewritten, with a time just ahead of the clock (as good as just now, whatever the machine's
    // speed): the update saves it without a stamp, so the next start hashes it.
    await writeFile(file, `${await readFile(file, 'utf8')}\n\nA late paragraph about the Qelvorian ferry.\n`);
    const soon = new Date(Date.now() + 60_000);
    await utimes(file, soon, soon);
    expect((await openEngine(dir, { build: 'main', trustStamps: true })).from).toBe('updated');
    const next = await openEngine(dir, { build: 'main', trustStamps: true });
    expect(next.from).toBe('persisted');
    expect(next.fingerprint.unverified).toBeUndefined();
    await utimes(file, AN_HOUR_AGO, AN_HOUR_AGO);
    expect((await openEngine(dir, { build: 'main' })).from).toBe('persisted');
  });

  it('applies, right after ready, an edit that kept the size and modification time', async () => {
    // Stamp every file again (the last test left one rewritten): a rebuild reads them all.
    expect((await openEngine(dir, { build: 'main', rebuild: true })).from).toBe('rebuilt');
    const name = (await articleFiles()).find((f) => f.endsWith('.txt'))!;
    const file = path.join(dir, name);
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    // Same length in bytes: one ASCII word swapped for a made-up one of the same length.
    const word = text.match(/\b[a-z]{7}\b/)![0];
    const edited = text.replace(word, 'qelvori');
    expect(Buffer.byteLength(edited)).toBe(before.size);
    await writeFile(file, edited);
    await utimes(file, before.atime, before.mtime);
    const opened = await openEngine(dir, { build: 'main', trustStamps: true });
    expect(opened.fingerprint.unverified).toBe(true);
    expect(ask(opened.engine, 'qelvori').noAnswer).toBe(true);
    let engine = opened.engine;
    const changed: string[] = [];
    const watcher = watchCorpus(dir, {
      fingerprint: opened.fingerprint,
      engine,
      problems: engine.corpus.problems,
      build: 'main',
      save: false,
      debounceMs: 10,
      onUpdate: (next, changes) => {
        engine = next;
        changed.push(...changes.changed);
      },
    });
    try {
      const deadline = Date.now() + 10_000;
      while (changed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(changed).toEqual([name]);
      expect(ask(engine, 'qelvori').noAnswer).toBe(false);
    } finally {
      await watcher.close();
    }
  });

  it('trusts, at the next start, a file a live update applied (the watcher reads it after its quiet time)', async () => {
    // The last test left an edit its watcher did not save: start from an index of the files as they are.
    expect((await openEngine(dir, { build: 'main', rebuild: true })).from).toBe('rebuilt');
    const opened = await openEngine(dir, { build: 'main', trustStamps: true });
    let updated = false;
    // The default quiet time: the changed file is read well after it was written, so it is stamped.
    const watcher = watchCorpus(dir, {
      fingerprint: opened.fingerprint,
      engine: opened.engine,
      problems: opened.engine.corpus.problems,
      build: 'main',
      onUpdate: (_, changes) => (updated ||= changes.added.includes('zz-late.txt')),
    });
    try {
      await new Promise((r) => setTimeout(r, 1000));
      await writeFile(path.join(dir, 'zz-late.txt'), 'Late Ferry News\n\nThe Qelvorian ferry added a night crossing on Sunday.\n');
      const deadline = Date.now() + 10_000;
      while (!updated && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(updated).toBe(true);
    } finally {
      await watcher.close();
    }
    const next = await openEngine(dir, { build: 'main', trustStamps: true });
    expect(next.from).toBe('persisted');
    expect(next.fingerprint.unverified).toBe(true);
    expect(ask(next.engine, 'When did the Qelvorian ferry add a night crossing?').noAnswer).toBe(false);
  });
});
