import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import { lineText, splitLineFile } from '../corpus/jsonl.js';
import { decodeArticle } from '../corpus/load.js';
import type { Article, Corpus, CorpusProblem, Passage } from '../corpus/types.js';
import { isCount, isString, tupleOf } from './checks.js';
import { decodeInBlocks, isWide } from './article-texts.js';
import { VarintWriter, readVarints } from './postings.js';

/**
 * The corpus section of the persisted index: the articles without their text (it is in the
 * article files, read and hashed anyway), and the passages as numbers. Loading it allocates one
 * object per passage and decodes each file once, instead of parsing a JSON tuple per passage and
 * normalising every article's text again.
 *
 *  - `plain`: the articles whose text is exactly their file's UTF-8 (most): loading decodes them
 *    without the normalisation pass, many files to a string (src/store/article-texts.ts), with
 *    `chars` (each one's text length, in the order of `plain`) to cut the blocks apart and `wide`
 *    (those with a character above U+00FF, decoded in blocks of their own). Any other article
 *    (HTML, a BOM, curly quotes folded, a JSON Lines record) is decoded as the corpus loader does.
 *  - `rows`: per passage, varints of article number, n, start, end (in corpus order).
 *  - `texts`, `ids`: the few passages whose text is not its article's raw text at its offsets, or
 *    whose id is not `<article id>#<n>`.
 */

type StoredArticle = Omit<Article, 'raw'>;

const ArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
});

const CorpusSectionSchema = z.object({
  articles: z.array(ArticleSchema),
  problems: z.array(z.object({ file: z.string(), field: z.string().optional(), message: z.string() })),
  plain: z.array(z.number().int().nonnegative()),
  chars: z.array(z.number().int().nonnegative()),
  wide: z.array(z.number().int().nonnegative()),
  rows: z.instanceof(Uint8Array),
  texts: z.array(tupleOf<[number, string]>('[passage, text]', isCount, isString)),
  ids: z.array(tupleOf<[number, string]>('[passage, id]', isCount, isString)),
});

/** A file's bytes as text, without the loader's checks and normalisation (for articles known to need neither). */
const utf8 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');

/** The corpus section for an engine's corpus; `bytesOf` gives each article file's bytes as indexed. */
export function packCorpus(corpus: Corpus, bytesOf: (file: string) => Uint8Array | null | undefined): Record<string, unknown> {
  const number = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const plain: number[] = [];
  corpus.articles.forEach((a, i) => {
    const bytes = splitLineFile(a.file) ? null : bytesOf(a.file);
    if (bytes && utf8(bytes) === a.raw) plain.push(i);
  });
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
  const chars = plain.map((i) => corpus.articles[i]!.raw.length);
  const wide = plain.filter((i) => isWide(corpus.articles[i]!.raw));
  return { articles, problems: corpus.problems, plain, chars, wide, rows: rows.bytes(), texts, ids };
}

/** The bytes of a stored article's file; throws naming the file when it is missing. */
function fileBytes(a: StoredArticle, bytesOf: (file: string) => Uint8Array | null | undefined): Uint8Array {
  // An article from a JSON Lines archive ('archive.jsonl:3') is restored from its line.
  const bytes = bytesOf(splitLineFile(a.file)?.file ?? a.file);
  if (!bytes) throw new Error(`article file ${a.file} is missing`);
  return bytes;
}

/** The texts of the plain articles (numbers into `articles`), decoded in blocks: Latin-1 texts apart from wider ones. */
function plainTexts(articles: readonly StoredArticle[], c: z.infer<typeof CorpusSectionSchema>, bytesOf: (file: string) => Uint8Array | null | undefined): Map<number, string> {
  if (c.chars.length !== c.plain.length) throw new Error('the stored article lengths do not fit the article list');
  const wide = new Set(c.wide);
  const out = new Map<number, string>();
  for (const wanted of [false, true]) {
    const which = c.plain.map((k, i) => [k, c.chars[i]!] as const).filter(([k]) => wide.has(k) === wanted);
    for (const [k] of which) if (!articles[k] || splitLineFile(articles[k].file)) throw new Error(`plain article ${k} is not a file of its own`);
    const texts = decodeInBlocks(which.map(([k, chars]) => ({ bytes: fileBytes(articles[k]!, bytesOf), chars })));
    which.forEach(([k], i) => out.set(k, texts[i]!));
  }
  return out;
}

/** A stored article's text as the corpus loader makes it from its file's bytes (normalised); throws naming the file when it no longer fits. */
function articleText(a: StoredArticle, bytesOf: (file: string) => Uint8Array | null | undefined): string {
  const inArchive = splitLineFile(a.file);
  const bytes = fileBytes(a, bytesOf);
  const text = inArchive ? lineText(bytes, inArchive.line) : bytes;
  if (text === null) throw new Error(`${a.file} no longer holds an article`);
  const decoded = decodeArticle(text, a.file);
  if ('error' in decoded) throw new Error(`article file ${a.file} ${decoded.error}`);
  return decoded.text;
}

/** The corpus as packCorpus stored it, each article's text read from `bytesOf`; throws when the section is damaged. */
export async function unpackCorpus(section: unknown, dir: string, bytesOf: (file: string) => Uint8Array | null | undefined): Promise<Corpus> {
  const c = CorpusSectionSchema.parse(section);
  const plain = plainTexts(c.articles, c, bytesOf);
  const articles: Article[] = c.articles.map((a, i) => ({ ...a, raw: plain.get(i) ?? articleText(a, bytesOf) }));
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
