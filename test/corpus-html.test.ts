import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { buildCorpus, loadCorpus } from '../src/corpus/load.js';
import { decodeEntities } from '../src/corpus/html.js';
import { createEngine } from '../src/engine.js';
import { openEngine } from '../src/store/open.js';

const PAGE = `<!doctype html>
<html><head>
<title>Ferry back | Harbour Times</title>
<meta property="og:title" content="Ferry back in service after repairs">
<meta content="Harbour Times" property="og:site_name">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-10-20T08:00:00+01:00">
<link rel="canonical" href="https://times.example/ferry">
<script>var tracking = "The ferry never ran.";</script>
</head><body>
<nav><ul><li>Home</li><li>Sport</li></ul></nav>
<article>
<h1>Ferry back in service after repairs</h1>
<p>The harbour ferry returned to service on Monday after eleven weeks of <b>repairs</b> &amp; tests.</p>
<p>&ldquo;It&rsquo;s a relief,&rdquo; said one commuter&#8212;a nurse.</p>
<aside><p>Read more: other stories</p></aside>
</article>
<footer><p>Copyright Harbour Times</p></footer>
</body></html>`;

describe('saved web pages', () => {
  it("index the article's paragraphs only, with the page's own title, outlet, author, date and URL", () => {
    const c = buildCorpus([{ file: 'ferry.html', content: new TextEncoder().encode(PAGE) }]);
    expect(c.problems).toEqual([]);
    expect(c.articles[0]).toMatchObject({ title: 'Ferry back in service after repairs', publisher: 'Harbour Times', author: 'Ana Ruiz', published: '2025-10-20', url: 'https://times.example/ferry' });
    const texts = c.passages.map((p) => p.text);
    expect(texts).toContain('The harbour ferry returned to service on Monday after eleven weeks of repairs & tests.');
    expect(texts).toContain('“It’s a relief,” said one commuter—a nurse.');
    expect(texts.join(' ')).not.toMatch(/tracking|Home|Read more|Copyright/);
  });

  it('let sources.json override what the page says', () => {
    const c = buildCorpus([{ file: 'ferry.html', content: PAGE }], JSON.stringify({ sources: [{ file: 'ferry.html', publisher: 'The Times (Harbour)' }] }));
    expect(c.articles[0]).toMatchObject({ publisher: 'The Times (Harbour)', author: 'Ana Ruiz' });
  });

  it('decode character references', () => {
    expect(decodeEntities('a &amp; b &#x2014; &#233; &bogus; &nbsp;')).toBe('a & b — é &bogus;  ');
    expect(decodeEntities('&constructor; &toString;')).toBe('&constructor; &toString;');
  });

  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('are read from the corpus folder and restored from the persisted index', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-html-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'ferry.html'), PAGE);
    const Q = 'when did the harbour ferry return to service?';
    const fresh = ask(createEngine(await loadCorpus(dir)), Q);
    expect(fresh.hits[0]?.snippet).toContain('returned to service on Monday');
    expect((await openEngine(dir)).from).toBe('rebuilt');
    const second = await openEngine(dir);
    expect(second.from).toBe('persisted');
    expect(ask(second.engine, Q)).toEqual(fresh);
  });
});
