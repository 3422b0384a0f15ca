/**
 * Issue 11, writing the persisted index: it lives outside the corpus folder, which is never
 * written (row 1); a write that fails is a warning and the engine still answers (row 1); planted
 * symbolic links are never followed (row 4); a write stopped by a shutdown leaves nothing (row 11).
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { loadConfig } from '../src/config.js';
import { createEngine, type Engine } from '../src/engine.js';
import { fingerprintCorpus, type CorpusFingerprint } from '../src/store/fingerprint.js';
import { corpusFromFingerprint, openEngine } from '../src/store/open.js';
import { INDEX_FILE, indexFileFor, saveIndex } from '../src/store/persist.js';

const QUESTION = 'When did the Qelvorian ferry resume service?';
let root: string;
let corpus: string;
let fp: CorpusFingerprint;
let engine: Engine;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsdesk-index-'));
  corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  await writeFile(path.join(corpus, 'ferry.txt'), 'Ferry Returns\n\nThe Qelvorian harbour ferry resumed service on Monday after engine repairs, the port said.\n');
  fp = await fingerprintCorpus(corpus);
  engine = createEngine(corpusFromFingerprint(fp));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('row 1: where the index goes', () => {
  it('writes it to the index folder under a name of its own, and never into the corpus folder', async () => {
    const indexDir = path.join(root, 'cache-1');
    const before = await readdir(corpus);
    const r = await openEngine(corpus, { indexFile: indexFileFor(corpus, indexDir), build: 'main' });
    expect(r.savedBytes).toBeGreaterThan(0);
    expect(await readdir(corpus)).toEqual(before);
    expect(await readdir(indexDir)).toEqual([path.basename(indexFileFor(corpus, indexDir))]);
    expect(indexFileFor(corpus, indexDir)).not.toBe(indexFileFor(path.join(root, 'other', 'corpus'), indexDir));
    expect((await openEngine(corpus, { indexFile: indexFileFor(corpus, indexDir) })).from).toBe('persisted');
  });

  it.each(['main', 'worker'] as const)('answers from memory with a warning when the index cannot be written (%s thread)', async (build) => {
    // A file where the index folder should be: as root no permission bit stops a write, but this does.
    const blocker = path.join(root, `not-a-folder-${build}`);
    await writeFile(blocker, 'x');
    const warnings: string[] = [];
    const r = await openEngine(corpus, { indexFile: path.join(blocker, 'cache', 'x.json'), build, warn: (m) => warnings.push(m) });
    expect(r.savedBytes).toBeUndefined();
    expect(ask(r.engine, QUESTION).noAnswer).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/^Could not save the index to .*not-a-folder.*\((ENOTDIR|EEXIST)\); answering from memory.*INDEX_DIR/)]);
  });
});

describe('row 1: INDEX_DIR', () => {
  it('defaults to the XDG cache folder, else ~/.cache, and resolves a relative INDEX_DIR', () => {
    expect(loadConfig({ HOME: '/home/ann' }).indexDir).toBe('/home/ann/.cache/newsdesk');
    expect(loadConfig({ HOME: '/home/ann', XDG_CACHE_HOME: '/var/cache/ann' }).indexDir).toBe('/var/cache/ann/newsdesk');
    // The XDG rule: a relative XDG_CACHE_HOME is ignored.
    expect(loadConfig({ HOME: '/home/ann', XDG_CACHE_HOME: 'cache' }).indexDir).toBe('/home/ann/.cache/newsdesk');
    expect(loadConfig({ INDEX_DIR: 'var/index', XDG_CACHE_HOME: '/x' }).indexDir).toBe(path.resolve('var/index'));
  });
});

describe('row 4: symbolic links planted where the index is written', () => {
  it('follows none of them: the file they point at is untouched', async () => {
    const indexDir = path.join(root, 'cache-4');
    await mkdir(indexDir);
    const file = indexFileFor(corpus, indexDir);
    const victim = path.join(root, 'victim.txt');
    await writeFile(victim, 'precious');
    // The temporary names older versions used, and the index's own name.
    for (const link of [`${file}.${process.pid}.tmp`, path.join(corpus, `${INDEX_FILE}.${process.pid}.tmp`), file]) await symlink(victim, link);

    const opened = await openEngine(corpus, { indexFile: file, build: 'main' });
    expect(opened.reason).toMatch(/not a regular file/);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(file)).isFile()).toBe(true);
    await saveIndex(engine, fp, file);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    // Nothing left of the private folder the write went through.
    expect((await readdir(indexDir)).filter((n) => !n.endsWith('.tmp'))).toEqual([path.basename(file)]);
  });
});

describe('row 11: a shutdown while the index is written', () => {
  it('stops the write and leaves nothing behind', async () => {
    const indexDir = path.join(root, 'cache-11');
    const file = indexFileFor(corpus, indexDir);
    const stop = new AbortController();
    let lines = 0;
    const save = saveIndex(engine, fp, file, () => {
      if (++lines === 1) stop.abort();
    }, stop.signal);
    await expect(save).rejects.toMatchObject({ name: 'AbortError' });
    expect(lines).toBeGreaterThan(0);
    expect(await readdir(indexDir)).toEqual([]);
  });

  it.each(['main', 'worker'] as const)('stops opening the corpus (%s thread) without leaving a file', async (build) => {
    const indexDir = path.join(root, `cache-11-${build}`);
    const stop = new AbortController();
    const opening = openEngine(corpus, { indexFile: indexFileFor(corpus, indexDir), build, signal: stop.signal, onProgress: (p) => p.phase === 'save' && stop.abort() });
    await expect(opening).rejects.toThrow();
    expect(stop.signal.aborted).toBe(true);
    expect(await readdir(indexDir).catch(() => [])).toEqual([]);
    expect(await readdir(tmpdir()).then((names) => names.filter((n) => n.startsWith('newsdesk-index-') && n.endsWith('.json')))).toEqual([]);
  });
});
