import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { buildCorpus, loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { openEngine } from '../src/store/open.js';

const line = (o: unknown) => JSON.stringify(o);
const ARCHIVE = [
  line({ title: 'Ferry back in service', text: 'The harbour ferry returned to service on Monday after eleven weeks of repairs.\n\nThe council paid for new engines.', url: 'https://times.example/ferry', published: '2025-10-20', publisher: 'Harbour Times', author: 'Ana Ruiz', id: 'ferry-return' }),
  '{"title": "Broken", "text": ',
  line({ title: '', text: 'No title here.' }),
  line({ title: 'Bad link', text: 'The library opened a new wing.', url: 'ftp://x' }),
  line({ title: 'Library vote', text: 'The council voted to keep the eastside library open until 2030.', publisher: 'Bay News' }),
  '',
].join('\n');

describe('JSON Lines archives', () => {
  it('load one article a line with its metadata, reporting each bad line by file and line number', () => {
    const c = buildCorpus([{ file: 'archive.jsonl', content: new TextEncoder().encode(ARCHIVE) }, { file: 'other.txt', content: 'Other story headline for the test\nA plain article sits beside the archive.' }]);
    expect(c.articles.map((a) => a.id).sort()).toEqual(['archive-5', 'ferry-return', 'other']);
    expect(c.articles.find((a) => a.id === 'ferry-return')).toMatchObject({ file: 'archive.jsonl:1', title: 'Ferry back in service', publisher: 'Harbour Times', author: 'Ana Ruiz', url: 'https://times.example/ferry', published: '2025-10-20' });
    expect(c.passages.filter((p) => p.articleId === 'ferry-return').map((p) => p.text)).toEqual([
      'The harbour ferry returned to service on Monday after eleven weeks of repairs.',
      'The council paid for new engines.',
    ]);
    expect(c.problems).toEqual([
      { file: 'archive.jsonl', field: 'line 2', message: expect.stringMatching(/^archive\.jsonl line 2 is not valid JSON/) },
      { file: 'archive.jsonl', field: 'line 3', message: expect.stringMatching(/^archive\.jsonl line 3: title must not be empty/) },
      { file: 'archive.jsonl', field: 'line 4', message: expect.stringMatching(/^archive\.jsonl line 4: url must be an http\(s\) URL/) },
    ]);
  });

  it('reports a line that is not an object, or lacks its text', () => {
    const c = buildCorpus([{ file: 'a.jsonl', content: `${line([1, 2])}\n${line({ title: 'No text' })}\n${line({ title: 'Fine', text: 'The ferry runs again today.' })}` }]);
    expect(c.articles).toHaveLength(1);
    expect(c.problems.map((p) => p.field)).toEqual(['line 1', 'line 2']);
    expect(c.problems[1]!.message).toContain('text');
  });

  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('are read from the corpus folder, answered from, and restored from the persisted index', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-jsonl-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'archive.jsonl'), ARCHIVE);
    const loaded = await loadCorpus(dir);
    expect(loaded.articles).toHaveLength(2);
    const Q = 'when did the harbour ferry return to service?';
    const fresh = ask(createEngine(loaded), Q);
    expect(fresh.hits[0]).toMatchObject({ source: { id: 'ferry-return', publisher: 'Harbour Times' } });
    expect((await openEngine(dir)).from).toBe('rebuilt');
    const second = await openEngine(dir);
    expect(second.from).toBe('persisted');
    expect(ask(second.engine, Q)).toEqual(fresh);
  });
});
