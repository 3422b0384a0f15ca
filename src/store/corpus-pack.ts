import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import type { Article, Corpus, CorpusProblem, Passage } from '../corpus/types.js';
import { isCount, isString, tableOf, tupleOf } from './checks.js';
import { decodeTexts, encodeTexts, isWide } from './article-texts.js';
import { VarintWriter, readVarints } from './postings.js';

/**
 * The corpus section of the persisted index: the articles, each with its text as indexed (in V8's
 * own encodings, src/store/article-texts.ts, so the load copies rather than decodes it, and needs
 * no article file read), and the passages as numbers. Loading it allocates one object per passage
 * instead of parsing a JSON tuple per passage or normalising any article's text again.
 *
 *  - `narrow`, `wide`: the texts of the articles whose characters are all at most U+00FF, end to
 *    end as Latin-1, and of the others as UTF-16; `chars` (each article's text length, in article
 *    order) cuts them apart, and `wideOnes` lists the articles stored in `wide`.
 *  - `rows`: per passage, varints of article number, n, start, end (in corpus order).
 *  - `texts`, `ids`: the few passages whose text is not its article's raw text at its offsets, or
 *    whose id is not `<article id>#<n>`.
 *
 * An article whose text changed since (a per-article update at the next start) is taken out with
 * the text it was indexed with, from here: the index needs no copy of the article files.
 */

type StoredArticle = Omit<Article, 'raw'>;

const isText = (v: unknown) => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';

/** One predicate a row (z.object per article was about 50 ms of a 10,000-article load; see src/store/checks.ts). */
const isArticle = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return isText(a.id) && isText(a.file) && isText(a.title) && isTextOrNull(a.publisher) && isTextOrNull(a.author) && isTextOrNull(a.url) && isTextOrNull(a.published);
};

const CorpusSectionSchema = z.object({
  articles: tableOf<StoredArticle>('articles', isArticle),
  problems: z.array(z.object({ file: z.string(), field: z.string().optional(), message: z.string() })),
  chars: tableOf<number>('lengths', isCount),
  wideOnes: tableOf<number>('article numbers', isCount),
  narrow: z.instanceof(Uint8Array),
  wide: z.instanceof(Uint8Array),
  rows: z.instanceof(Uint8Array),
  texts: tableOf<[number, string]>('[passage, text]', tupleOf(isCount, isString)),
  ids: tableOf<[number, string]>('[passage, id]', tupleOf(isCount, isString)),
});

/** The corpus section for an engine's corpus. */
export function packCorpus(corpus: Corpus): Record<string, unknown> {
  const number = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const rows = new VarintWriter();
  const texts: [number, string][] = [];
  const ids: [number, string][] = [];
  corpus.passages.forEach((p, i) => {
    const k = number.get(p.articleId);
    if (k === undefined) throw new Error(`passage ${p.id} belongs to no article`);
    for (const x of [k, p.n, p.start, p.end]) rows.push(x);
    if (corpus.articles[k]!.raw.slice(p.start, p.end) !== p.text) texts.push([i, p.text]);
    if (p.id !== `${p.articleId}#${p.n}`) ids.push([i, p.id]);
  });
  const articles = corpus.articles.map(({ raw: _raw, ...a }): StoredArticle => a);
  const wideOnes = corpus.articles.flatMap((a, i) => (isWide(a.raw) ? [i] : []));
  const isWideOne = new Set(wideOnes);
  const of = (wanted: boolean) => corpus.articles.filter((_, i) => isWideOne.has(i) === wanted).map((a) => a.raw);
  const chars = corpus.articles.map((a) => a.raw.length);
  return { articles, problems: corpus.problems, chars, wideOnes, narrow: encodeTexts(of(false), false), wide: encodeTexts(of(true), true), rows: rows.bytes(), texts, ids };
}

/** Every article's text, from the section's two runs of stored text. */
function articleTexts(c: z.infer<typeof CorpusSectionSchema>): string[] {
  if (c.chars.length !== c.articles.length) throw new Error('the stored article lengths do not fit the article list');
  const isWideOne = new Set(c.wideOnes);
  const out = new Array<string>(c.articles.length);
  for (const wanted of [false, true]) {
    const which = c.chars.flatMap((n, k) => (isWideOne.has(k) === wanted ? [k] : []));
    const texts = decodeTexts(wanted ? c.wide : c.narrow, wanted, which.map((k) => c.chars[k]!));
    which.forEach((k, i) => (out[k] = texts[i]!));
  }
  return out;
}

/** The corpus as packCorpus stored it; throws when the section is damaged. */
export async function unpackCorpus(section: unknown, dir: string): Promise<Corpus> {
  const c = CorpusSectionSchema.parse(section);
  const raw = articleTexts(c);
  const articles: Article[] = c.articles.map((a, i) => ({ ...a, raw: raw[i]! }));
  await yieldToLoop();
  const rows = readVarints(c.rows);
  if (rows.length % 4 !== 0) throw new Error('the passage table is cut short');
  const texts = new Map(c.texts);
  const ids = new Map(c.ids);
  const passages: Passage[] = new Array<Passage>(rows.length / 4);
  for (let i = 0; i < passages.length; i++) {
    const a = articles[rows[4 * i]!];
    const [n, start, end] = [rows[4 * i + 1]!, rows[4 * i + 2]!, rows[4 * i + 3]!];
    if (!a || start > end || end > a.raw.length) throw new Error(`passage ${i + 1} does not fit its article`);
    passages[i] = { id: ids.get(i) ?? `${a.id}#${n}`, articleId: a.id, n, text: texts.get(i) ?? a.raw.slice(start, end), start, end };
  }
  return { dir, articles, passages, problems: c.problems as CorpusProblem[] };
}
