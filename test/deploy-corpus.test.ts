/**
 * Issue 11, the corpus rows a careless or hostile folder brings: a huge article (3), terminal
 * escapes (5, at load), unspaced scripts (6), long URLs (7), impossible dates (8), a Latin-1
 * sources.json (9), zero-width and bidi characters (16). Each problem names its file and field,
 * and every good article still loads.
 */
import { describe, expect, it } from 'vitest';
import { listSources } from '../src/answer/sources.js';
import { buildCorpus, MAX_PASSAGES_PER_ARTICLE } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { renderSources } from '../src/render/discord.js';
import { DISCORD_LIMITS as L } from '../src/render/limits.js';

const GOOD = { file: 'ferry.txt', content: 'Harbour Ferry Returns After Repairs\n\nThe harbour ferry resumed service on Monday after three weeks of engine repairs, the port authority said.\n' };
const manifest = (sources: unknown[]) => JSON.stringify({ sources });

describe('row 3: an article of half a million short paragraphs', () => {
  it('is capped with a warning naming it, and the other articles load', () => {
    const huge = Array.from({ length: 500_000 }, (_, i) => `Line ${i} of the log.`).join('\n\n');
    const c = buildCorpus([{ file: 'dump.txt', content: huge }, GOOD]);
    expect(c.articles.map((a) => a.file)).toEqual(['dump.txt', 'ferry.txt']);
    expect(c.passages.filter((p) => p.articleId === 'dump')).toHaveLength(MAX_PASSAGES_PER_ARTICLE);
    expect(c.passages.some((p) => p.articleId === 'ferry')).toBe(true);
    expect(c.problems).toEqual([{ file: 'dump.txt', message: expect.stringMatching(/^dump\.txt is far longer than a news article \(500,000 paragraphs\); only its first 5,000 passages/) }]);
  });
});

describe('rows 5 and 16: characters a terminal obeys, that reorder text, or that hide inside a word', () => {
  const hostile = {
    file: 'hostile.txt',
    content:
      'Harbour \x1b]0;pwned\x07Council Cuts The Levy\n\n\x1b[2J\x1b[31mThe har\u200bbour levy was cut by half on Monday, the council said.\u202e\x07\n\nIts tre\u00adasurer called it over\u2060due.\n',
  };
  const c = buildCorpus([hostile], manifest([{ file: 'hostile.txt', publisher: 'Harbour\u202e Herald\x1b[5m', title: 'Levy \u200bcut\x1b]8;;https://evil.example\x07' }]));
  const text = [c.articles[0]!.raw, c.articles[0]!.title, c.articles[0]!.publisher, ...c.passages.map((p) => p.text)].join('\n');

  it('strips escape sequences and control characters at load', () => {
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(text).not.toContain('pwned');
    expect(c.passages.map((p) => p.text)).toEqual(['Harbour Council Cuts The Levy', 'The harbour levy was cut by half on Monday, the council said.', 'Its treasurer called it overdue.']);
  });

  it('removes zero-width and bidi characters, so the word is whole and searchable', () => {
    expect(text).not.toMatch(/[\u200b\u2060\u00ad\u202a-\u202e\u2066-\u2069]/);
    expect(c.passages.map((p) => p.text)).toContain('Its treasurer called it overdue.');
    expect(c.articles[0]).toMatchObject({ publisher: 'Harbour Herald', title: 'Levy cut' });
    const engine = createEngine(c);
    // Both the headline and the body now hold the word 'harbour', and 'treasurer' is one word again.
    expect(engine.search.df.get('harbour')).toBe(2);
    expect(engine.search.df.has('treasur')).toBe(true);
  });

  it('keeps passage offsets pointing at the text they quote', () => {
    for (const p of c.passages) expect(c.articles[0]!.raw.slice(p.start, p.end).replace(/\s+/g, ' ')).toBe(p.text);
  });
});

describe('row 6: articles in scripts written without spaces', () => {
  const articles = [
    { file: 'zh.txt', content: '中美贸易谈判取得进展\n\n中国副总理何立峰与美国财政部长贝森特在吉隆坡举行了两天的会谈，双方就稀土出口管制达成初步共识。\n\n会谈结束后，双方表示将向各自领导人汇报。\n' },
    { file: 'ja.txt', content: '港のフェリーが運航再開\n\n港のフェリーは三週間のエンジン修理を終え、月曜日に運航を再開したと港湾局が発表した。\n' },
    { file: 'th.txt', content: 'เรือข้ามฟากกลับมาให้บริการ\n\nเรือข้ามฟากของท่าเรือกลับมาให้บริการอีกครั้งในวันจันทร์หลังจากซ่อมเครื่องยนต์นานสามสัปดาห์\n' },
  ];
  it('indexes each of them instead of dropping it as page furniture', () => {
    const c = buildCorpus(articles);
    expect(c.problems).toEqual([]);
    expect(c.articles.map((a) => a.file).sort()).toEqual(['ja.txt', 'th.txt', 'zh.txt']);
    const texts = c.passages.map((p) => p.text).join('\n');
    expect(texts).toContain('双方就稀土出口管制达成初步共识');
    expect(texts).toContain('月曜日に運航を再開した');
    expect(texts).toContain('ซ่อมเครื่องยนต์นานสามสัปดาห์');
  });
  it('gives files named in those scripts ids of their own', () => {
    const c = buildCorpus(articles.map((a, i) => ({ ...a, file: ['新闻.txt', 'ニュース.txt', 'ข่าว.txt'][i]! })));
    expect(c.problems).toEqual([]);
    expect(new Set(c.articles.map((a) => a.id)).size).toBe(3);
  });

  it('still drops a long token of scraper residue', () => {
    const c = buildCorpus([{ file: 'a.txt', content: `${GOOD.content}\nutm_source=abcdef0123456789xyzQWERTY\n` }]);
    expect(c.passages.map((p) => p.text).join(' ')).not.toContain('utm_source');
  });
});

describe('row 7: long tracking URLs on /sources', () => {
  const files = Array.from({ length: 11 }, (_, i) => ({ file: `s${String(i).padStart(2, '0')}.txt`, content: `Story ${i} About The Harbour Levy\n\nThe harbour levy story number ${i} was reported on Monday.\n` }));
  const tracking = (i: number) => `https://news.example/2025/10/harbour-levy-${i}?${'utm_source=newsletter&utm_medium=email&utm_campaign=x&'.repeat(7).slice(0, 330)}`;
  const sources = files.map((f, i) => ({ file: f.file, publisher: `Outlet ${i}`, published: `2025-10-${String(10 + i).padStart(2, '0')}`, url: i === 10 ? `https://news.example/${'a'.repeat(5000)}` : tracking(i) }));
  const c = buildCorpus(files, manifest(sources));

  it('reports a URL over 2,048 characters by field, without quoting all of it', () => {
    const p = c.problems.find((x) => x.field === 'sources[10].url');
    expect(p?.message).toMatch(/longer than 2,048 characters/);
    expect(p!.message.length).toBeLessThan(400);
    expect(c.articles.find((a) => a.file === 's10.txt')!.url).toBeNull();
  });

  it('lists every entry whole, each long URL shortened to a working link', () => {
    const list = listSources(createEngine(c));
    const pages = [0, 1].map((page) => renderSources(list, { page }).embeds[0]!.description!);
    for (const d of pages) expect(d.length).toBeLessThanOrEqual(L.embedDescription);
    const all = pages.join('\n\n');
    for (let i = 0; i < 11; i++) expect(all).toContain(`Story ${i} About The Harbour Levy`);
    const links = [...all.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(10);
    for (const url of links) expect(url).toMatch(/^https:\/\/news\.example\/2025\/10\/harbour-levy-\d+$/);
    // Every entry is one bold title line and one byline: nothing cut in the middle.
    for (const d of pages) for (const entry of d.split('\n\n')) expect(entry).toMatch(/^\*\*.+\*\*\n.+ · \d+ passages?$/);
  });
});

describe('row 8: a date that does not exist', () => {
  it('is reported by field as no real date, and not shown', () => {
    const c = buildCorpus([GOOD], manifest([{ file: 'ferry.txt', published: '2025-02-30' }, { file: 'x.txt', published: '2024-02-29' }]));
    expect(c.problems.find((p) => p.field === 'sources[0].published')?.message).toMatch(/not a real calendar date.*"2025-02-30"/);
    expect(c.articles[0]!.published).toBeNull();
    expect(c.problems.some((p) => p.field === 'sources[1].published')).toBe(false);
  });
});

describe('row 9: sources.json saved as Latin-1', () => {
  it('is reported as not UTF-8, and the articles load without its metadata', () => {
    const latin1 = Buffer.from(manifest([{ file: 'ferry.txt', publisher: 'Le Café du Port' }]), 'latin1');
    const c = buildCorpus([GOOD], new Uint8Array(latin1));
    expect(c.problems).toEqual([{ file: 'sources.json', message: expect.stringMatching(/not valid UTF-8.*re-save it as UTF-8/) }]);
    expect(c.articles[0]!.publisher).toBeNull();
    expect(JSON.stringify(c.articles)).not.toContain('\ufffd');
  });
});
