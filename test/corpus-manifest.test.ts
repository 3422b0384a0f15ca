import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, loadCorpus } from '../src/corpus/load.js';

const story = (n: number) => ({ file: `story${n}.txt`, content: `Story ${n} headline about the harbour\nThe harbour board met on Friday number ${n}.` });
const manifest = (sources: unknown[]) => JSON.stringify({ sources });

describe('manifest validation', () => {
  it('uses manifest metadata and derives what is missing', () => {
    const c = buildCorpus([story(1), story(2)], manifest([{ file: 'story1.txt', id: 'harbour-1', publisher: 'Harbour Herald', url: 'https://herald.example/1', published: '2024-04-03' }]));
    expect(c.problems).toEqual([]);
    expect(c.articles.map((a) => a.id)).toEqual(['harbour-1', 'story2']);
    expect(c.articles[0]).toMatchObject({ publisher: 'Harbour Herald', url: 'https://herald.example/1', published: '2024-04-03' });
    expect(c.articles[1]).toMatchObject({ publisher: null, url: null, published: null, title: 'Story 2 headline about the harbour' });
  });

  it('reports a bad url or date by field and keeps the article and its other fields', () => {
    const c = buildCorpus([story(1)], manifest([{ file: 'story1.txt', publisher: 'Herald', url: 'ftp://x', published: '3 April' }]));
    expect(c.articles).toHaveLength(1);
    expect(c.articles[0]!.publisher).toBe('Herald');
    const fields = c.problems.map((p) => p.field);
    expect(fields).toContain('sources[0].url');
    expect(fields).toContain('sources[0].published');
    expect(c.problems.every((p) => p.file === 'sources.json')).toBe(true);
    expect(c.problems.find((p) => p.field === 'sources[0].url')!.message).toMatch(/http\(s\) URL/);
  });

  it('reports an entry whose file is missing, naming the file', () => {
    const c = buildCorpus([story(1)], manifest([{ file: 'gone.txt' }]));
    expect(c.articles).toHaveLength(1);
    expect(c.problems[0]!.message).toMatch(/gone\.txt.*not in the corpus folder/);
  });

  it('reports a duplicate id and still indexes both articles', () => {
    const c = buildCorpus([story(1), story(2)], manifest([{ file: 'story1.txt', id: 'same' }, { file: 'story2.txt', id: 'same' }]));
    expect(c.articles.map((a) => a.id)).toEqual(['same', 'story2']);
    expect(c.problems[0]).toMatchObject({ file: 'sources.json', field: 'sources[file=story2.txt].id' });
  });

  it('reports invalid JSON and still loads every article', () => {
    const c = buildCorpus([story(1), story(2)], '{ "sources": [');
    expect(c.articles).toHaveLength(2);
    expect(c.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('reports empty, binary and non-UTF-8 files by name and keeps the good ones', () => {
    const c = buildCorpus([story(1), { file: 'empty.txt', content: '   \n' }, { file: 'bin.txt', content: new Uint8Array([0x50, 0, 0x4b]) }, { file: 'latin1.txt', content: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]) }]);
    expect(c.articles.map((a) => a.file)).toEqual(['story1.txt']);
    const byFile = Object.fromEntries(c.problems.map((p) => [p.file, p.message]));
    expect(byFile['empty.txt']).toMatch(/no article text/);
    expect(byFile['bin.txt']).toMatch(/binary/);
    expect(byFile['latin1.txt']).toMatch(/UTF-8/);
  });
});

describe('loadCorpus', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stops only when the folder is unreadable or holds no article, saying what to put where', async () => {
    await expect(loadCorpus('/nonexistent/corpus')).rejects.toThrow(CorpusError);
    await expect(loadCorpus('/nonexistent/corpus')).rejects.toThrow(/CORPUS_DIR/);
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-'));
    await writeFile(path.join(dir, 'notes.csv'), 'a,b');
    await expect(loadCorpus(dir)).rejects.toThrow(/\*\.txt or \*\.md/);
  });

  it('reads .txt and .md articles and the manifest from a folder', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-'));
    await writeFile(path.join(dir, 'a.txt'), 'The ferry sailed at dawn on Monday.');
    await writeFile(path.join(dir, 'b.md'), 'The bridge reopened after repairs on Tuesday.');
    await writeFile(path.join(dir, 'sources.json'), manifest([{ file: 'b.md', publisher: 'Bridge Post' }]));
    const c = await loadCorpus(dir);
    expect(c.articles.map((a) => [a.file, a.publisher])).toEqual([['a.txt', null], ['b.md', 'Bridge Post']]);
  });
});
