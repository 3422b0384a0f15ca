import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { takeByline } from './byline.js';
import { removeFurniture, type Block } from './clean.js';
import { HTML_EXTENSIONS, htmlMeta, htmlText, isHtmlFile } from './html.js';
import { expandJsonl, JSONL_EXTENSION } from './jsonl.js';
import { MANIFEST_FILE, parseManifest, type SourceEntry } from './manifest.js';
import { normaliseField, normaliseText } from './normalise.js';
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

/** Article files are plain text, Markdown or saved web pages, one article a file, or JSON Lines archives of many. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', JSONL_EXTENSION, ...HTML_EXTENSIONS];

/** A saved page's markup, for its metadata; null when it is not UTF-8 (decodeArticle reports that). */
function pageString(content: string | Uint8Array): string | null {
  try {
    return typeof content === 'string' ? content : utf8.decode(content);
  } catch {
    return null;
  }
}

/** The files with every archive replaced by its articles (`archive.jsonl:3`), their manifest entries, and each bad line. */
function expandArchives(files: readonly CorpusFile[]): { files: CorpusFile[]; entries: SourceEntry[]; problems: CorpusProblem[] } {
  const out = { files: [] as CorpusFile[], entries: [] as SourceEntry[], problems: [] as CorpusProblem[] };
  for (const f of files) {
    if (path.extname(f.file).toLowerCase() !== JSONL_EXTENSION) {
      out.files.push(f);
      const page = isHtmlFile(f.file) ? pageString(f.content) : null;
      if (page !== null) out.entries.push(htmlMeta(f.file, page));
      continue;
    }
    const archive = expandJsonl(f.file, f.content);
    out.files.push(...archive.files);
    out.entries.push(...archive.entries);
    out.problems.push(...archive.problems);
  }
  return out;
}

/**
 * Passages one article may contribute. A long feature runs to a few hundred; a file with more is
 * a dump or a log, and indexing all of it would crowd out every other article (or exhaust memory).
 */
export const MAX_PASSAGES_PER_ARTICLE = 5000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An article file's text as indexed: decoded strictly, so mojibake is reported instead of
 * indexed, then normalised (see normaliseText). Whoever reads article bytes back (the persisted
 * index) must use this, so that passage offsets keep pointing at the same characters.
 */
export function decodeArticle(content: string | Uint8Array, file = ''): { text: string } | { error: string } {
  // A saved web page is indexed as the article text extracted from it.
  const text = isHtmlFile(file) ? htmlText : (s: string) => s;
  if (typeof content === 'string') return { text: normaliseText(text(content)) };
  if (content.includes(0)) return { error: 'looks binary (it holds NUL bytes); save the article as UTF-8 text' };
  try {
    return { text: normaliseText(text(utf8.decode(content))) };
  } catch {
    return { error: 'is not valid UTF-8; re-save it as UTF-8 text' };
  }
}

/** The manifest's text, decoded strictly like an article; a problem naming it when it is not UTF-8. */
function decodeManifest(content: string | Uint8Array): { text: string } | { problem: CorpusProblem } {
  if (typeof content === 'string') return { text: content };
  try {
    return { text: utf8.decode(content) };
  } catch {
    return { problem: { file: MANIFEST_FILE, message: `${MANIFEST_FILE} is not valid UTF-8 (saved as Latin-1 or Windows-1252?); re-save it as UTF-8. Until then the articles are indexed without its metadata` } };
  }
}

/** An id from a file name: '003 Budget Vote.txt' → '003-budget-vote'. */
function idFromFile(file: string): string {
  const base = path.basename(file, path.extname(file));
  const slug = (s: string, keep: RegExp) => s.replace(keep, '-').replace(/^-+|-+$/g, '');
  // A name in a script with no ASCII letters ('新闻.txt') keeps its own letters rather than every such file becoming 'article'.
  return slug(base.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), /[^\w.-]+/g) || slug(base.normalize('NFC').toLowerCase(), /[^\p{L}\p{N}_.-]+/gu) || 'article';
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

/** A manifest field as shown: normalised like article text; undefined when nothing is left of it. */
const field = (s: string | undefined) => (s === undefined ? undefined : normaliseField(s) || undefined);

function makeArticle(file: string, raw: string, blocks: Block[], entry: SourceEntry | undefined, id: string, byline: string | null): Article {
  return {
    id,
    file,
    title: field(entry?.title) ?? deriveTitle(blocks),
    publisher: field(entry?.publisher) ?? null,
    // The manifest's author wins over a byline line found in the text.
    author: field(entry?.author) ?? byline,
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

/** The manifest's entries, with every problem of reading or parsing it. */
function manifestEntries(manifest: string | Uint8Array | undefined): { entries: Map<string, SourceEntry>; problems: CorpusProblem[] } {
  if (manifest === undefined) return { entries: new Map(), problems: [] };
  const decoded = decodeManifest(manifest);
  return 'problem' in decoded ? { entries: new Map(), problems: [decoded.problem] } : parseManifest(decoded.text);
}

/** An article's paragraphs without furniture; a file far longer than any article is cut first, as cleaning it whole takes seconds. */
function articleBlocks(text: string): { blocks: Block[]; paragraphs: number } {
  const all = paragraphs(text);
  return { blocks: removeFurniture(all.length > MAX_PASSAGES_PER_ARTICLE * 2 ? all.slice(0, MAX_PASSAGES_PER_ARTICLE * 2) : all), paragraphs: all.length };
}

/** An article's passages, at most MAX_PASSAGES_PER_ARTICLE of them; a problem naming the file when it had more. */
function cappedPassages(article: Article, blocks: Block[], paragraphCount: number): { passages: Passage[]; problem?: CorpusProblem } {
  const all = makePassages(article, blocks);
  if (all.length <= MAX_PASSAGES_PER_ARTICLE && paragraphCount <= MAX_PASSAGES_PER_ARTICLE * 2) return { passages: all };
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    passages: all.slice(0, MAX_PASSAGES_PER_ARTICLE),
    problem: {
      file: article.file,
      message: `${article.file} is far longer than a news article (${n(Math.max(paragraphCount, all.length))} paragraphs); only its first ${n(Math.min(all.length, MAX_PASSAGES_PER_ARTICLE))} passages are indexed. Split it into one file per article`,
    },
  };
}

/**
 * Builds a corpus from files in memory: validates the manifest, decodes, cleans and splits each
 * article. Pure: every problem is returned as a value naming its file and field, and every good
 * article is kept.
 */
export function buildCorpus(given: readonly CorpusFile[], manifest?: string | Uint8Array, dir = '.'): Corpus {
  const { entries, problems } = manifestEntries(manifest);
  const names = new Set(given.map((f) => f.file));
  for (const [file] of entries) {
    if (!names.has(file)) problems.push({ file: MANIFEST_FILE, field: `sources[file=${file}]`, message: `names "${file}", which is not in the corpus folder; add the file or remove the entry` });
  }
  const archives = expandArchives(given);
  const files = archives.files;
  problems.push(...archives.problems);
  // An archive's own metadata stands for its lines (sources.json cannot name a line); a page's
  // own metadata fills in what sources.json does not say about it.
  for (const e of archives.entries) entries.set(e.file, { ...e, ...entries.get(e.file) });
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const ids = new Map<string, string>();
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const decoded = decodeArticle(f.content, f.file);
    if ('error' in decoded) {
      problems.push({ file: f.file, message: `${f.file} ${decoded.error}` });
      continue;
    }
    const { blocks: cleaned, paragraphs: paragraphCount } = articleBlocks(decoded.text);
    const { author, blocks } = takeByline(cleaned);
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
    const article = makeArticle(f.file, decoded.text, blocks, entry, id, author);
    articles.push(article);
    const capped = cappedPassages(article, blocks, paragraphCount);
    if (capped.problem) problems.push(capped.problem);
    // One push per passage: spreading hundreds of thousands of arguments overflows the stack.
    for (const p of capped.passages) passages.push(p);
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
  const manifest = names.includes(MANIFEST_FILE) ? await readManifest(dir) : {};
  const corpus = buildCorpus(files, manifest.bytes, dir);
  corpus.problems.unshift(...unreadable, ...(manifest.problem ? [manifest.problem] : []));
  return requireArticles(corpus);
}

/**
 * Reads a folder's sources.json as bytes. One that cannot be read is a problem naming it, never
 * a reason not to start: the articles are then indexed without its metadata.
 */
export async function readManifest(dir: string): Promise<{ bytes?: Uint8Array; problem?: CorpusProblem; code?: string }> {
  try {
    return { bytes: new Uint8Array(await readFile(path.join(dir, MANIFEST_FILE))) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { code, problem: { file: MANIFEST_FILE, message: `${MANIFEST_FILE} cannot be read (${code}); check its permissions. Until then the articles are indexed without its metadata` } };
  }
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
  throw new CorpusError(`The corpus folder "${corpus.dir}" has no usable article. Put news articles in it as UTF-8 *.txt or *.md files or saved *.html pages (one article a file) or *.jsonl archives (one article a line), optionally with a sources.json giving each file's publisher, url and date.${why ? `\n${why}` : ''}`);
}
