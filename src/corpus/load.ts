import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { removeFurniture, type Block } from './clean.js';
import { MANIFEST_FILE, parseManifest, type SourceEntry } from './manifest.js';
import { splitSentences } from '../text/sentences.js';
import { paragraphs, splitLong } from './split.js';
import type { Article, Corpus, CorpusProblem, Passage } from './types.js';

/** A file handed to buildCorpus: its name in the corpus folder and its bytes or text. */
export interface CorpusFile {
  file: string;
  content: string | Uint8Array;
}

/** Thrown only when the corpus as a whole cannot be used: the folder is unreadable or holds no article. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Article files are plain text or Markdown. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file strictly, so mojibake is reported instead of indexed. */
function decode(f: CorpusFile): { text: string } | { error: string } {
  if (typeof f.content === 'string') return { text: f.content.replace(/^\uFEFF/, '') };
  if (f.content.includes(0)) return { error: 'looks binary (it holds NUL bytes); save the article as UTF-8 text' };
  try {
    return { text: utf8.decode(f.content).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'is not valid UTF-8; re-save it as UTF-8 text' };
  }
}

/** An id from a file name: '003 Budget Vote.txt' → '003-budget-vote'. */
function idFromFile(file: string): string {
  const base = path.basename(file, path.extname(file));
  return base.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

/** A headline is a short first line that is not a sentence; failing that, the first sentence stands in. */
function deriveTitle(blocks: readonly Block[]): string {
  for (const b of blocks.slice(0, 3)) {
    const n = b.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (n >= 5 && n <= 25 && !/[.!?]$/.test(b.text)) return b.text;
  }
  const first = blocks[0]?.text ?? '';
  const sentence = splitSentences(first)[0]?.text ?? first;
  if (sentence.length <= 140) return sentence;
  const cut = sentence.slice(0, 140);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 140)}…`;
}

function makeArticle(file: string, raw: string, blocks: Block[], entry: SourceEntry | undefined, id: string): Article {
  return {
    id,
    file,
    title: entry?.title ?? deriveTitle(blocks),
    publisher: entry?.publisher ?? null,
    author: entry?.author ?? null,
    url: entry?.url ?? null,
    published: entry?.published?.slice(0, 10) ?? null,
    raw,
  };
}

function makePassages(article: Article, blocks: Block[]): Passage[] {
  return blocks
    .flatMap((b) => splitLong(b, article.raw))
    .map((b, i) => ({ id: `${article.id}#${i + 1}`, articleId: article.id, n: i + 1, text: b.text, start: b.start, end: b.end }));
}

/**
 * Builds a corpus from files in memory: validates the manifest, decodes, cleans and splits each
 * article. Pure: every problem is returned as a value naming its file and field, and every good
 * article is kept.
 */
export function buildCorpus(files: readonly CorpusFile[], manifestText?: string, dir = '.'): Corpus {
  const { entries, problems } = manifestText === undefined ? { entries: new Map<string, SourceEntry>(), problems: [] as CorpusProblem[] } : parseManifest(manifestText);
  const names = new Set(files.map((f) => f.file));
  for (const [file] of entries) {
    if (!names.has(file)) problems.push({ file: MANIFEST_FILE, field: `sources[file=${file}]`, message: `names "${file}", which is not in the corpus folder; add the file or remove the entry` });
  }
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const ids = new Map<string, string>();
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const decoded = decode(f);
    if ('error' in decoded) {
      problems.push({ file: f.file, message: `${f.file} ${decoded.error}` });
      continue;
    }
    const blocks = removeFurniture(paragraphs(decoded.text));
    if (blocks.length === 0) {
      problems.push({ file: f.file, message: `${f.file} has no article text (it is empty or holds only page furniture); add the article's text or remove the file` });
      continue;
    }
    const entry = entries.get(f.file);
    let id = entry?.id ?? idFromFile(f.file);
    const holder = ids.get(id);
    if (holder !== undefined) {
      const fallback = uniqueId(idFromFile(f.file), ids);
      problems.push({
        file: MANIFEST_FILE,
        ...(entry?.id ? { field: `sources[file=${f.file}].id` } : {}),
        message: `id "${id}" of ${f.file} is already used by ${holder}; ${f.file} is indexed as "${fallback}" — give each article its own id`,
      });
      id = fallback;
    }
    ids.set(id, f.file);
    const article = makeArticle(f.file, decoded.text, blocks, entry, id);
    articles.push(article);
    passages.push(...makePassages(article, blocks));
  }
  return { dir, articles, passages, problems };
}

function uniqueId(base: string, taken: Map<string, string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Reads a corpus folder: every *.txt / *.md article plus the optional sources.json. Throws
 * CorpusError only when the folder cannot be read or yields no article at all; anything less is
 * reported in `problems` and the rest still loads.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (err) {
    throw new CorpusError(`Cannot read the corpus folder "${dir}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Create it and put *.txt or *.md articles in it, or set CORPUS_DIR / --corpus to the folder that holds them.`);
  }
  const articleNames = names.filter((n) => ARTICLE_EXTENSIONS.includes(path.extname(n).toLowerCase()));
  const files: CorpusFile[] = [];
  const unreadable: CorpusProblem[] = [];
  for (const file of articleNames) {
    try {
      files.push({ file, content: new Uint8Array(await readFile(path.join(dir, file))) });
    } catch (err) {
      unreadable.push({ file, message: `${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); check its permissions` });
    }
  }
  let manifest: string | undefined;
  if (names.includes(MANIFEST_FILE)) manifest = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  const corpus = buildCorpus(files, manifest, dir);
  corpus.problems.unshift(...unreadable);
  return requireArticles(corpus);
}

/** A problem on one line: its file, the manifest field when there is one, and what to do. */
export function formatProblem(p: CorpusProblem): string {
  return `${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
}

/**
 * Returns the corpus when it holds at least one article; otherwise throws a CorpusError that
 * says how to fill the folder and lists every problem that kept a file out.
 */
export function requireArticles(corpus: Corpus): Corpus {
  if (corpus.articles.length > 0) return corpus;
  const why = corpus.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  throw new CorpusError(`The corpus folder "${corpus.dir}" has no usable article. Put news articles in it as UTF-8 *.txt or *.md files (one article a file), optionally with a sources.json giving each file's publisher, url and date.${why ? `\n${why}` : ''}`);
}
