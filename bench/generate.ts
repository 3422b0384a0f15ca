/**
 * A seeded generator of news-like articles for the benchmark: stories covered by several outlets,
 * each article a headline and 10-25 paragraphs with named people quoted in varied attribution
 * styles, numbers, dates and places, and wire paragraphs repeated verbatim across outlets. The
 * same seed always writes the same corpus. Nothing here is read by the engine; it only writes files.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A deterministic PRNG (mulberry32): the benchmark must build the same corpus every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
/** Zipf-like pick: early items far more often, as common words are in real text. */
const zipf = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(xs.length * r() ** 2.2)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SYLLABLES = 'ka lo mi ra ten vu sel dor an bri cha fen gor hal is jor kev lin mar nor os pel quin ros sta tor ul ver wen yor zel bar cas del eb fal gri hon ith jul kor lan mos nev ort pra rud sil tam ur vos wil'.split(' ');
const FIRST = 'Ana Ben Carla David Elena Farid Grace Hiro Ines Jamal Kofi Lena Marco Nadia Omar Priya Quentin Rosa Samir Tomas Uma Victor Wen Ximena Yusuf Zoe Aisha Bruno Chen Dmitri Esther Felipe Gita Hans Ivan Julia Kenji Lucia Mateo Noor Oscar Paula Rahul Sofia Tariq Ursula Vera Walter Yara Zain'.split(' ');
const TITLES = ['Finance Minister', 'Trade Minister', 'central bank governor', 'chief economist', 'Foreign Minister', 'union leader', 'port director', 'company spokeswoman', 'company spokesman', 'senior analyst', 'Agriculture Minister', 'mayor', 'energy regulator', 'Deputy Prime Minister', 'industry association president'];
const OUTLETS = ['Daily Ledger', 'Morning Courier', 'Global Wire', 'The Harbour Times', 'Capital Post', 'Northern Star', 'Evening Standard-Tribune', 'Asia Monitor', 'Continental Review', 'Market Herald', 'The Observer Weekly', 'Coastal Gazette'];
const COMMODITIES = ['steel', 'soybeans', 'rare earth metals', 'semiconductors', 'natural gas', 'copper', 'wheat', 'electric vehicles', 'solar panels', 'rice', 'coffee', 'lithium', 'timber', 'fertiliser', 'crude oil', 'aluminium', 'cotton', 'pharmaceuticals'];
const TOPICS = ['tariffs', 'export controls', 'a port strike', 'grain prices', 'the budget deficit', 'interest rates', 'a shipping backlog', 'energy subsidies', 'a fishing dispute', 'currency swings', 'a factory closure', 'flood relief', 'public transport fares', 'a data centre project', 'housing costs', 'a border crossing'];
const ORGS = ['the finance ministry', 'the central bank', 'the trade commission', 'the dock workers union', 'the energy regulator', 'the statistics office', 'the chamber of commerce', 'the port authority', 'the farmers federation', 'the consumer council'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = ['rose', 'fell', 'jumped', 'slipped', 'climbed', 'dropped', 'edged up', 'plunged'];
const NOUNS = 'market price deal talks agreement economy growth forecast demand supply shipment contract investment plan report survey inflation wage budget debt policy proposal reform tax subsidy quota license factory port warehouse harbour bridge railway airport refinery mine farm harvest crop drought storm election parliament committee court lawsuit ruling regulator inspector audit'.split(' ');
const ADJ = 'sharp modest steady unexpected record weak strong cautious hopeful fragile broad narrow temporary permanent regional national foreign domestic quarterly annual preliminary final'.split(' ');
const FILLER_VERBS = 'warned argued expected estimated suggested noted insisted predicted questioned welcomed criticised confirmed denied announced'.split(' ');
const HOPES = [
  'We will not accept a deal that leaves our workers behind',
  'The numbers tell a clear story and we intend to act on them',
  'This is a difficult moment but the fundamentals remain sound',
  'Nobody wins if shipments stay stuck in the harbour for another month',
  'We are ready to talk, but not under pressure',
  'Prices will stay high until the supply problem is solved',
  'Our door remains open and the next round could come soon',
  'The agreement protects families who depend on these exports',
  'It would be a mistake to read too much into one quarter',
  'We expect the first shipments to move within weeks',
];

/** A fact an article states, recorded so the benchmark can ask realistic questions about it. */
export interface Fact {
  question: string;
  /** A word the answering passage must hold (for a quick sanity check of hit rate). */
  expect: string;
}

/** A speaker query the benchmark can run against `/quote`, optionally with a topic. */
export interface SpeakerQuery {
  speaker: string;
  about?: string;
}

/** What the generator wrote, and the questions its articles answer. */
export interface GeneratedCorpus {
  dir: string;
  articles: number;
  facts: Fact[];
  speakers: SpeakerQuery[];
}

interface Person {
  first: string;
  last: string;
  title: string;
  org: string;
  she: boolean;
}

function pseudoWord(r: Rand, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, SYLLABLES);
  return w;
}

function fillerSentence(r: Rand, place: string, lexicon: readonly string[]): string {
  // One word of a large, Zipf-used lexicon per sentence gives the vocabulary a real archive's long tail.
  const n1 = r() < 0.5 ? zipf(r, NOUNS) : `${zipf(r, lexicon)} ${pick(r, NOUNS)}`;
  const n2 = r() < 0.7 ? zipf(r, NOUNS) : zipf(r, lexicon);
  const shapes = [
    () => `Officials ${pick(r, FILLER_VERBS)} that the ${pick(r, ADJ)} ${n1} could weigh on the ${n2} in ${place} for the rest of the year.`,
    () => `The ${n1} has been a source of ${pick(r, ADJ)} debate since ${pick(r, MONTHS)}, when the ${n2} first came under review.`,
    () => `Analysts said a ${pick(r, ADJ)} ${n1} would matter more to ${place} than any single ${n2}.`,
    () => `Local businesses in ${place} ${pick(r, FILLER_VERBS)} that the ${n1} had already changed how they plan the ${n2}.`,
    () => `Figures released on ${pick(r, DAYS)} showed the ${n1} ${pick(r, VERBS)} ${int(r, 1, 40)} percent from a year earlier.`,
    () => `The ${n1} is expected to cost about ${int(r, 2, 900)} million dollars over ${int(r, 2, 10)} years, according to the latest ${n2}.`,
  ];
  return pick(r, shapes)();
}

/** The archive's cast: people, places, companies and filler words, growing with its size as a real archive's do. */
function castOf(r: Rand, n: number) {
  const people: Person[] = Array.from({ length: Math.max(40, Math.floor(n / 4)) }, () => ({
    first: pick(r, FIRST),
    last: cap(pseudoWord(r, int(r, 2, 3))),
    title: pick(r, TITLES),
    org: pick(r, ORGS),
    she: r() < 0.5,
  }));
  const places = Array.from({ length: Math.max(30, Math.floor(n / 10)) }, () => cap(pseudoWord(r, int(r, 2, 3))) + pick(r, ['', ' City', ' Bay', 'burg', 'ville', ' Port', '']));
  const companies = Array.from({ length: Math.max(20, Math.floor(n / 8)) }, () => `${cap(pseudoWord(r, 2))} ${pick(r, ['Holdings', 'Group', 'Shipping', 'Metals', 'Foods', 'Energy', 'Motors', 'Logistics'])}`);
  const lexicon = Array.from({ length: 500 + n * 3 }, () => pseudoWord(r, int(r, 2, 4)));
  return { people, places, companies, lexicon };
}
type Cast = ReturnType<typeof castOf>;

/** One story's facts and the wire paragraphs every outlet covering it shares word for word. */
function storyOf(r: Rand, cast: Cast, story: number) {
  const place = pick(r, cast.places);
  const commodity = pick(r, COMMODITIES);
  const topic = pick(r, TOPICS);
  const company = pick(r, cast.companies);
  const [a, b, c] = [pick(r, cast.people), pick(r, cast.people), pick(r, cast.people)];
  const month = pick(r, MONTHS);
  const day = int(r, 1, 28);
  const year = int(r, 2019, 2025);
  const pct = int(r, 2, 60);
  const value = int(r, 1, 95);
  const meetDay = pick(r, DAYS);
  const hope = pick(r, HOPES);
  const quote2 = pick(r, HOPES);
  const jobs = int(r, 120, 9000);
  const wire = [
    `${place} — Exports of ${commodity} from ${place} ${pick(r, VERBS)} ${pct} percent to ${value} billion dollars in ${month}, ${ORGS[story % ORGS.length]} said on ${meetDay}, as ${topic} weighed on trade.`,
    `“${hope},” said ${a.first} ${a.last}, the ${a.title}, after talks with ${company} in ${place}.`,
    `${b.first} ${b.last} said: “${quote2}.” The ${b.title} added that a decision was due by ${month} ${day}, ${year}.`,
    `${company} said it would cut ${jobs} jobs at its ${place} plant, blaming ${topic} and weaker demand for ${commodity}.`,
  ];
  return { place, commodity, topic, company, a, b, c, month, day, year, pct, jobs, wire };
}
type Story = ReturnType<typeof storyOf>;

/** One outlet's article about a story: shared wire copy, some paragraphs of its own, filler; the lead stays first. */
function paragraphsOf(r: Rand, s: Story, lexicon: readonly string[]): string[] {
  const paras: string[] = [];
  const count = int(r, 10, 25);
  const shared = s.wire.filter(() => r() < 0.8);
  const extraQuote = pick(r, HOPES);
  const own = [
    `According to ${s.c.first} ${s.c.last}, the ${s.c.title}, the dispute over ${s.topic} had been building for months — long before the ${s.month} figures were published.`,
    `“${extraQuote},” ${s.a.she ? 'she' : 'he'} added, declining to say when talks would resume.`,
    `${s.c.last} told reporters that ${s.company} had asked for ${int(r, 2, 30)} more days to answer.`,
    `“We have seen this before,” ${s.b.first} ${s.b.last} said. “It usually ends with a compromise in ${s.place}.”`,
  ];
  for (let i = 0; i < count; i++) {
    if (i < shared.length) paras.push(shared[i]!);
    else if (i - shared.length < own.length && r() < 0.7) paras.push(own[i - shared.length]!);
    else paras.push(Array.from({ length: int(r, 2, 4) }, () => fillerSentence(r, s.place, lexicon)).join(' '));
  }
  // Reorder a little, as outlets do, but keep the lead first.
  for (let i = paras.length - 1; i > 1; i--) {
    if (r() < 0.3) {
      const j = int(r, 1, i);
      [paras[i], paras[j]] = [paras[j]!, paras[i]!];
    }
  }
  return paras;
}

/** The questions and speaker lookups a story answers, for the bench's query mix. */
function queriesOf(s: Story): { facts: Fact[]; speakers: SpeakerQuery[] } {
  return {
    facts: [
      { question: `How much did ${s.commodity} exports from ${s.place} change in ${s.month}?`, expect: String(s.pct) },
      { question: `What did ${s.a.first} ${s.a.last} say after the talks with ${s.company}?`, expect: s.a.last },
      { question: `When is the decision due, according to the ${s.b.title}?`, expect: String(s.day) },
      { question: `How many jobs will ${s.company} cut at the ${s.place} plant?`, expect: String(s.jobs) },
      { question: `Why is ${s.company} cutting jobs in ${s.place}?`, expect: s.company.split(' ')[0]! },
    ],
    speakers: [{ speaker: `${s.a.first} ${s.a.last}` }, { speaker: s.b.last, about: s.topic.replace(/^(a|the) /, '') }, { speaker: `${s.c.first} ${s.c.last}`, about: s.commodity }],
  };
}

/** Writes N articles and a sources.json into `dir` (created if missing, must be empty). Seeded: same seed, same files. */
export async function generateCorpus(dir: string, n: number, seed = 42): Promise<GeneratedCorpus> {
  const r = prng(seed);
  await mkdir(dir, { recursive: true });
  // Never mix with old files: a leftover article would change every figure.
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty; generate into a fresh folder`);
  const cast = castOf(r, n);
  const facts: Fact[] = [];
  const speakers: SpeakerQuery[] = [];
  const manifest: object[] = [];
  let written = 0;
  let story = 0;
  const pending: Promise<void>[] = [];
  while (written < n) {
    story++;
    // One story, covered by 1-4 outlets that share its wire paragraphs word for word.
    const s = storyOf(r, cast, story);
    const outlets = Math.min(n - written, int(r, 1, 4));
    for (let o = 0; o < outlets; o++) {
      const publisher = OUTLETS[(story + o * 5) % OUTLETS.length]!;
      const paras = paragraphsOf(r, s, cast.lexicon);
      const headline = `${cap(s.commodity)} exports ${pick(r, VERBS)} in ${s.place} as ${s.topic} ${pick(r, ['bite', 'linger', 'ease', 'spread', 'return'])}`;
      written++;
      const file = `${String(written).padStart(6, '0')}-${s.place.toLowerCase().replace(/[^a-z]+/g, '-')}.txt`;
      const furniture = r() < 0.3 ? '\n\nShare this article\n\nRelated topics' : '';
      pending.push(writeFile(path.join(dir, file), `${headline}\n\n${paras.join('\n\n')}${furniture}\n`));
      if (pending.length >= 64) await Promise.all(pending.splice(0));
      const published = `${s.year}-${String(MONTHS.indexOf(s.month) + 1).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
      manifest.push({ file, title: headline, publisher, url: `https://news.example/${publisher.toLowerCase().replace(/[^a-z]+/g, '-')}/${story}-${o}`, published });
    }
    if (story % 3 === 0 || facts.length < 50) {
      const q = queriesOf(s);
      facts.push(...q.facts);
      speakers.push(...q.speakers);
    }
  }
  await Promise.all(pending);
  await writeFile(path.join(dir, 'sources.json'), JSON.stringify({ sources: manifest }, null, 1));
  return { dir, articles: written, facts, speakers };
}
