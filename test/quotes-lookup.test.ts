/**
 * Speaker lookup as a user meets it: every way of typing a name gives the same answer, ambiguous
 * and unknown names are explained, the topic filter narrows, autocomplete is quick and ranked,
 * and lookups stay fast on a corpus of thousands of articles.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, loadCorpus } from '../src/corpus/load.js';
import { buildQuoteIndex, findQuotes, listSpeakers, suggestSpeakers, type QuoteIndex, type QuoteResult } from '../src/quotes/index.js';

const ids = (r: QuoteResult) => r.quotes.map((q) => q.id);

describe('speaker lookup on the seeds', () => {
  let qi: QuoteIndex;
  beforeAll(async () => {
    qi = buildQuoteIndex(await loadCorpus(fileURLToPath(new URL('../seeds/', import.meta.url))));
  });

  it.each([
    ['Scott Bessent', ['bessent', 'Treasury Secretary Scott Bessent', 'U.S. Treasury Secretary Scott Bessent', 'Bessant', 'BESSENT', 'scott bessent', 'Mr Bessent', 'Scot Besent', '  Bessent  ']],
    ['Jamieson Greer', ['jameson greer', 'Greer', 'Trade Representative Jamieson Greer', 'jamieson  greer']],
    ['Li Chenggang', ['Li', 'li chenggang', 'Chenggang']],
    ['Donald Trump', ['Trump', 'President Donald Trump', 'donald trump', 'Tromp', 'President Trump']],
  ])('every variant of %s gives the same answer', (name, variants) => {
    const base = findQuotes(qi, name);
    expect(base.speaker?.name).toBe(name);
    expect(base.quotes.length).toBeGreaterThan(0);
    for (const v of variants) {
      const r = findQuotes(qi, v);
      expect(r.speaker?.id, v).toBe(base.speaker!.id);
      expect(ids(r), v).toEqual(ids(base));
    }
  });

  it('lists full quotations before partial ones, each once with every source carrying it', () => {
    const r = findQuotes(qi, 'Bessent');
    const firstPartial = r.quotes.findIndex((q) => q.partial);
    expect(firstPartial).toBeGreaterThan(0);
    expect(r.quotes.slice(firstPartial).every((q) => q.partial)).toBe(true);
    // "… I'm also anticipating … deferral …" is carried by four outlets, two of which print only its second half.
    const deferral = r.quotes.filter((q) => /some kind of a deferral/.test(q.text));
    expect(deferral).toHaveLength(1);
    expect(deferral[0]!.text).toMatch(/^No, I.m not, and/);
    expect(deferral[0]!.citations).toHaveLength(4);
    expect(new Set(deferral[0]!.citations.map((c) => c.sourceId)).size).toBe(4);
    // '100%' and 'one hundred per cent', 'a great deal of' and 'tremendous': one quotation.
    const leverage = r.quotes.filter((q) => /negotiating leverage/.test(q.text));
    expect(leverage).toHaveLength(1);
    expect(leverage[0]!.citations.map((c) => c.publisher).sort()).toEqual(['Anadolu Agency', 'tottanews.com']);
    for (const q of r.quotes) for (const c of q.citations) expect(c.passageId.startsWith(`${c.sourceId}#`)).toBe(true);
  });

  it('says plainly when a person in the corpus has no direct quotation', () => {
    const r = findQuotes(qi, 'Xi Jinping');
    expect(r.speaker?.name).toBe('Xi Jinping');
    expect(r.quotes).toEqual([]);
    expect(r.note).toMatch(/^No direct quotations of Xi Jinping; mentioned in \d+ passages\.$/);
    expect(r.speaker!.mentions).toBeGreaterThan(5);
  });

  it('offers the closest known speakers for an unknown name', () => {
    const r = findQuotes(qi, 'Donald Duck');
    expect(r.speaker).toBeNull();
    expect(r.quotes).toEqual([]);
    expect(r.note).toMatch(/Donald Duck/);
    expect(r.suggestions[0]?.name).toBe('Donald Trump');
    expect(findQuotes(qi, 'Angela Merkel').speaker).toBeNull();
  });

  it('keeps only quotations whose words or passage match the topic, using the search pipeline', () => {
    const all = findQuotes(qi, 'Bessent');
    const rare = findQuotes(qi, 'Bessent', 'rare earths');
    expect(rare.about).toBe('rare earths');
    expect(rare.quotes.length).toBeGreaterThan(0);
    expect(rare.quotes.length).toBeLessThan(all.quotes.length);
    expect(rare.quotes.some((q) => /rare earth export controls/.test(q.text))).toBe(true);
    expect(rare.quotes.every((q) => all.quotes.some((a) => a.id === q.id))).toBe(true);
    const none = findQuotes(qi, 'Greer', 'soybean prices in Brazil');
    expect(none.quotes).toEqual([]);
    expect(none.note).toMatch(/No quotations of Jamieson Greer about "soybean prices in Brazil"/);
  });

  it('lists everyone quoted or mentioned, most quoted first, with titles as descriptions', () => {
    const list = listSpeakers(qi);
    expect(list[0]!.quotes).toBeGreaterThanOrEqual(list[1]!.quotes);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.quotes).toBeGreaterThanOrEqual(list[i]!.quotes);
    expect(list.every((s) => s.quotes > 0 || s.mentions > 0)).toBe(true);
    const bessent = list.find((s) => s.name === 'Scott Bessent')!;
    expect(bessent.description).toMatch(/Treasury Secretary/);
    expect(bessent.aliases).toContain('Bessent');
    const greer = list.find((s) => s.name === 'Jamieson Greer')!;
    expect(greer.aliases).toContain('Jameson Greer');
    expect(list.some((s) => s.name === 'Xi Jinping' && s.quotes === 0)).toBe(true);
    // Nicknames, titles of shows and placard slogans are nobody's name.
    expect(list.some((s) => /Beast|Press|Dump/.test(s.name))).toBe(false);
  });

  it('autocompletes names by prefix, word, substring and typo; an empty box shows the most quoted', () => {
    const top = suggestSpeakers(qi, '');
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThanOrEqual(25);
    expect(top[0]!.id).toBe(listSpeakers(qi)[0]!.id);
    expect(suggestSpeakers(qi, 'bes')[0]?.name).toBe('Scott Bessent');
    expect(suggestSpeakers(qi, 'GREER')[0]?.name).toBe('Jamieson Greer');
    expect(suggestSpeakers(qi, 'chengg')[0]?.name).toBe('Li Chenggang');
    expect(suggestSpeakers(qi, 'Bessant')[0]?.name).toBe('Scott Bessent');
    expect(suggestSpeakers(qi, 'zzzz')).toEqual([]);
    expect(suggestSpeakers(qi, '', 2)).toHaveLength(2);
    expect(suggestSpeakers(qi, '', 500).length).toBeLessThanOrEqual(25);
  });
});

describe('ambiguous names', () => {
  const corpus = buildCorpus([
    {
      file: 'a.txt',
      content: `Campaigner David Chen said the waits were "a scandal".\n\n"Nobody should wait fourteen hours," Chen said.\n\nDr Sarah Chen, a GP in the town, declined to comment.\n`,
    },
  ]);
  const qi = buildQuoteIndex(corpus);

  it('picks the person with quotations and says which one it picked', () => {
    const r = findQuotes(qi, 'Chen');
    expect(r.speaker?.name).toBe('David Chen');
    expect(r.note).toBe('"Chen" matches 2 people; showing David Chen (2 quotes).');
  });

  it('resolves a full name to the person without quotations and says so', () => {
    const r = findQuotes(qi, 'sarah chen');
    expect(r.speaker?.name).toBe('Sarah Chen');
    expect(r.quotes).toEqual([]);
    expect(r.note).toBe('No direct quotations of Sarah Chen; mentioned in 1 passage.');
  });
});

const FIRST = ['Ana', 'Ben', 'Carla', 'Dev', 'Elif', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jon', 'Kofi', 'Lena', 'Marek', 'Nora', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sven', 'Tara'];
const LAST = ['Abbot', 'Barros', 'Castell', 'Dunmore', 'Ekwueme', 'Fairley', 'Gundersen', 'Haddad', 'Ivers', 'Jaramillo', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quaid', 'Rahman', 'Sato', 'Tremblay', 'Ueda', 'Varga', 'Whitlock', 'Xu', 'Yilmaz', 'Zeller'];

/** The given names above that are men's: 'she' never stands for them. */
const HE = new Set(['Ben', 'Dev', 'Femi', 'Hugo', 'Jon', 'Kofi', 'Marek', 'Omar', 'Quinn', 'Sven']);

/** Who generated article i quotes: a (by title, then surname) and b (by 'she said' or 'he said'). */
function expected(i: number) {
  return { a: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`, b: `${FIRST[(i * 3 + 5) % FIRST.length]} ${LAST[(i * 11 + 3) % LAST.length]}` };
}

/** A corpus of n generated articles: many people, quotes, pronouns and shared surnames. */
function bigCorpus(n: number) {
  const titles = ['Finance Minister', 'Mayor', 'Senator', 'chief executive', 'Councillor', 'Governor'];
  const files = [];
  for (let i = 0; i < n; i++) {
    const { a, b } = expected(i);
    const t = titles[i % titles.length];
    files.push({
      file: `${i}.txt`,
      content: `${t} ${a} said on Monday that the plan for item ${i} was "a costly mistake".\n\n"We will review every contract, line by line, before the vote on budget ${i % 50}," ${a.split(' ')[1]} told reporters.\n\nThe decision was welcomed by ${b}, who has campaigned on the issue. "This is a good day for the district," ${HE.has(b.split(' ')[0]!) ? 'he' : 'she'} said.\n\nA spokesperson for the council said it "does not comment on leaks".\n`,
    });
  }
  return buildCorpus(files);
}

describe('at scale', () => {
  it('answers lookups without rescanning the corpus (thousands of articles)', () => {
    const corpus = bigCorpus(3000);
    const t0 = performance.now();
    const qi = buildQuoteIndex(corpus);
    const build = performance.now() - t0;
    const names = listSpeakers(qi).map((s) => s.name);
    expect(names.length).toBeGreaterThan(100);
    const queries = [...names.slice(0, 100), ...names.slice(0, 50).map((x) => x.split(' ')[1]!), 'Zeler', 'nobody at all'];
    const t1 = performance.now();
    for (const q of queries) findQuotes(qi, q, q.length % 2 ? 'contract' : undefined);
    const lookup = (performance.now() - t1) / queries.length;
    const t2 = performance.now();
    for (const p of ['', 'a', 'ko', 'novak', 'Gunder', 'tremblay', 'xu']) suggestSpeakers(qi, p);
    const suggest = (performance.now() - t2) / 7;
    console.log(`quotes at scale: ${corpus.articles.length} articles, ${qi.quotes.length} quotations, ${names.length} speakers; build ${build.toFixed(0)} ms, findQuotes ${lookup.toFixed(2)} ms/query, suggestSpeakers ${suggest.toFixed(2)} ms/call`);
    expect(lookup).toBeLessThan(20);
    expect(suggest).toBeLessThan(20);
    // Every generated quotation goes to the person the article gives it to, even with shared surnames.
    let right = 0;
    let total = 0;
    for (const q of qi.quotes) {
      for (const c of q.citations) {
        const i = Number(c.sourceId);
        const want = /costly|review every contract/.test(c.text) ? expected(i).a : /good day/.test(c.text) ? expected(i).b : null;
        total++;
        if ((q.speakerId ? qi.speakerById[q.speakerId]!.name : null) === want) right++;
      }
    }
    console.log(`quotes at scale: ${right}/${total} citations attributed as generated`);
    expect(total).toBe(corpus.articles.length * 4);
    expect(new Set(qi.quotes.map((q) => q.id)).size).toBe(qi.quotes.length);
    expect(right / total).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

describe("a party by its nickname", () => {
  it("finds the party's quotations for 'Tories' and 'the Conservatives', not a Torres", () => {
    const articles = [
      'Tax\n\n"We will cut taxes," the Conservative Party said in a statement. A Tory spokesman added: "Labour has failed."\n',
      'Derby\n\n"We played well," said striker Fernando Torres.\n',
    ];
    const qi = buildQuoteIndex(buildCorpus(articles.map((content, n) => ({ file: `a${n}.txt`, content }))));
    for (const q of ['Tories', 'the Tories', 'Conservatives', 'tory']) expect(findQuotes(qi, q).speaker?.name, q).toBe('Conservative Party');
  });
});

describe('a post for a name', () => {
  it("finds the person the articles give the post to for 'the prime minister', not a body with those words in its name", () => {
    const articles = [
      'Tax\n\n"We will cut taxes," said Prime Minister Tom Varrow. "It is time," Prime Minister Tom Varrow added.\n',
      'Homes\n\n"Building is up," the Office of the Deputy Prime Minister said in a statement.\n',
      'Budget\n\n"Growth is strong," said Chancellor Ann Pellow.\n',
    ];
    const qi = buildQuoteIndex(buildCorpus(articles.map((content, n) => ({ file: `a${n}.txt`, content }))));
    for (const q of ['the prime minister', 'Prime Minister', 'prime minister']) expect(findQuotes(qi, q).speaker?.name, q).toBe('Tom Varrow');
    expect(findQuotes(qi, 'the chancellor').speaker?.name).toBe('Ann Pellow');
  });
});
