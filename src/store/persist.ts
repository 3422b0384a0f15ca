import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import { splitLineFile, lineText } from '../corpus/jsonl.js';
import { decodeArticle } from '../corpus/load.js';
import type { Article, Corpus, CorpusProblem, Passage } from '../corpus/types.js';
import { restoreEngine, type Engine } from '../engine.js';
import type { Quote, QuoteIndex, Speaker } from '../quotes/index.js';
import { MINISEARCH_OPTIONS, type IndexedDoc, type SearchIndex } from '../search/index.js';
import { combineHash, INDEX_FORMAT_VERSION, type CorpusFingerprint } from './fingerprint.js';
import { BYTES_CHUNK, CHUNK, readHeaderLine, readSections, writeLines } from './lines.js';
import { packPostings, unpackPostings, type PackedPostings } from './postings.js';

/** The persisted index's name inside the corpus folder (gitignored as `.newsdesk-index*.json`). */
export const INDEX_FILE = '.newsdesk-index.json';

/**
 * Where the persisted index of a corpus folder lives: in `indexDir` (the shells pass INDEX_DIR,
 * by default the user's cache folder) under a name unique to the corpus folder's absolute path,
 * so several corpora share one cache and the corpus folder itself is never written. Without
 * `indexDir`, inside the corpus folder (library callers and tests).
 */
export function indexFileFor(dir: string, indexDir?: string): string {
  if (indexDir === undefined) return path.join(dir, INDEX_FILE);
  const abs = path.resolve(dir);
  const slug = path.basename(abs).replace(/[^\w.-]+/g, '-').slice(0, 40) || 'corpus';
  return path.join(path.resolve(indexDir), `${slug}-${createHash('sha256').update(abs).digest('hex').slice(0, 12)}${INDEX_FILE}`);
}

/** What a phase of loading, building or saving has done so far, for a progress bar. */
export interface Progress {
  phase: 'read' | 'load' | 'build' | 'save';
  done: number;
  total: number;
}

/** The first line of a persisted index: enough to decide whether it is stale without reading the rest. */
export const IndexHeaderSchema = z.object({
  format: z.literal('newsdesk-index'),
  version: z.number().int(),
  hash: z.string(),
  codeHash: z.string(),
  manifestSha1: z.string().nullable(),
  files: z.array(z.tuple([z.string(), z.string()])),
  createdAt: z.string(),
  counts: z.object({ articles: z.number(), passages: z.number(), terms: z.number(), quotes: z.number() }),
  /** Byte size of the index sections, so a progress bar knows the total. */
  bytes: z.number().optional(),
});
export type IndexHeader = z.infer<typeof IndexHeaderSchema>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function listSome(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** What changed between two states of a corpus folder. */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
  manifest: 'added' | 'removed' | 'changed' | null;
}

/** The files and manifest that differ between a recorded state and a fingerprint; null when none do. */
export function diffCorpus(before: { files: ReadonlyMap<string, string>; manifestSha1: string | null }, fp: CorpusFingerprint): CorpusDiff | null {
  const now = new Map(fp.files.map((f) => [f.file, f.sha1]));
  const diff: CorpusDiff = {
    added: [...now.keys()].filter((f) => !before.files.has(f)),
    removed: [...before.files.keys()].filter((f) => !now.has(f)),
    changed: [...now].filter(([f, s]) => before.files.has(f) && before.files.get(f) !== s).map(([f]) => f),
    manifest:
      before.manifestSha1 === fp.manifestSha1 ? null : fp.manifestSha1 === null ? 'removed' : before.manifestSha1 === null ? 'added' : 'changed',
  };
  return diff.added.length || diff.removed.length || diff.changed.length || diff.manifest ? diff : null;
}

/** A diff in words: '1 article file added (x.txt); sources.json changed'. */
export function describeDiff(d: CorpusDiff): string {
  const parts: string[] = [];
  if (d.added.length) parts.push(`${plural(d.added.length, 'article file')} added (${listSome(d.added)})`);
  if (d.removed.length) parts.push(`${plural(d.removed.length, 'article file')} removed (${listSome(d.removed)})`);
  if (d.changed.length) parts.push(`${plural(d.changed.length, 'article file')} changed (${listSome(d.changed)})`);
  if (d.manifest) parts.push(`sources.json ${d.manifest}`);
  return parts.join('; ');
}

/**
 * Why a persisted index cannot be used for this corpus, in words a user understands; null when
 * it matches. Checks, in order: format version, readable header, indexing code, manifest, files.
 */
export function staleReason(header: unknown, fp: CorpusFingerprint): string | null {
  if (header === null || header === undefined) return 'no persisted index yet';
  // The version first: another version's header may not parse as this one's, and that is the better reason.
  const version = (header as { version?: unknown }).version;
  if (typeof version === 'number' && version !== INDEX_FORMAT_VERSION) return `the persisted index has format version ${version}; this version of newsdesk reads version ${INDEX_FORMAT_VERSION}`;
  const parsed = IndexHeaderSchema.safeParse(header);
  if (!parsed.success) return 'the persisted index has an unreadable header';
  const h = parsed.data;
  if (h.codeHash !== fp.codeHash) return 'the indexing code (cleaning, analysis or quotation rules) changed since the index was built';
  const diff = diffCorpus({ files: new Map(h.files), manifestSha1: h.manifestSha1 }, fp);
  if (diff) return `the corpus changed since the index was built: ${describeDiff(diff)}`;
  if (h.hash !== fp.hash) return 'the persisted index does not match the corpus (content hash differs)';
  return null;
}

/** Reads a persisted index's header; null when there is none or it is not JSON. */
export function readIndexHeader(file: string): Promise<unknown> {
  return readHeaderLine(file);
}

// Passages travel as tuples: a fifth of the bytes of objects, and faster to parse.
// Text is null when it is exactly the article's raw text at its offsets (most passages): the
// article files are read anyway, so storing it again would double the file and its parse time.
type PassageRow = [id: string, articleId: string, n: number, start: number, end: number, text: string | null];
type StoredArticle = Omit<Article, 'raw'>;

/** The quote index without its shared references doubled: lookup tables hold ids, rebuilt on load. */
function packQuotes(qi: QuoteIndex): Record<string, unknown> {
  const { speakerById, quotesBySpeaker, ...rest } = qi;
  return {
    ...rest,
    speakerById: Object.fromEntries(Object.entries(speakerById).map(([k, s]) => [k, s.id])),
    quotesBySpeaker: Object.fromEntries(Object.entries(quotesBySpeaker).map(([k, qs]) => [k, qs.map((q) => q.id)])),
  };
}

const dict = <T>(from: Record<string, T> = {}): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, from);

function unpackQuotes(packed: Record<string, unknown>): QuoteIndex {
  const speakers = packed.speakers as Speaker[];
  const quotes = packed.quotes as Quote[];
  const speakerOf = new Map(speakers.map((s) => [s.id, s]));
  const quoteOf = new Map(quotes.map((q) => [q.id, q]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(packed)) {
    out[k] = typeof v === 'object' && v !== null && !Array.isArray(v) ? dict(v as Record<string, unknown>) : v;
  }
  out.speakerById = dict(Object.fromEntries(Object.entries(packed.speakerById as Record<string, string>).map(([k, id]) => [k, speakerOf.get(id)!])));
  out.quotesBySpeaker = dict(Object.fromEntries(Object.entries(packed.quotesBySpeaker as Record<string, string[]>).map(([k, ids]) => [k, ids.map((id) => quoteOf.get(id)!)])));
  return out as unknown as QuoteIndex;
}

/**
 * Writes an engine to `file` with the fingerprint it was built from. Returns the file's size in
 * bytes. The write goes to a temporary file renamed into place, so readers never see half of it.
 */
export async function saveIndex(engine: Engine, fp: CorpusFingerprint, file = indexFileFor(fp.dir), onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<number> {
  const header: IndexHeader = {
    format: 'newsdesk-index',
    version: INDEX_FORMAT_VERSION,
    hash: fp.hash,
    codeHash: fp.codeHash,
    manifestSha1: fp.manifestSha1,
    files: fp.files.map((f) => [f.file, f.sha1]),
    createdAt: new Date().toISOString(),
    counts: { articles: engine.corpus.articles.length, passages: engine.corpus.passages.length, terms: engine.search.df.size, quotes: engine.quotes.quotes.length },
  };
  const js = engine.search.mini.toJSON();
  const { bytes, ...tables } = packPostings(js, 'terms');
  const { index: _index, documentIds: _ids, fieldLength: _lengths, storedFields, ...meta } = js;
  if (Object.keys(storedFields).length > 0) throw new Error('the passage index stores fields; the persisted format does not carry them');
  const sections = {
    corpus: {
      articles: engine.corpus.articles.map(({ raw: _raw, ...a }): StoredArticle => a),
      problems: engine.corpus.problems,
      passages: engine.corpus.passages.map((p): PassageRow => {
        const raw = engine.articles.get(p.articleId)?.raw;
        return [p.id, p.articleId, p.n, p.start, p.end, raw !== undefined && raw.slice(p.start, p.end) === p.text ? null : p.text];
      }),
    },
    quotes: packQuotes(engine.quotes),
    search: packSearchExtras(engine.search),
    mini: { ...meta, ...tables },
    postings: { bytes },
  };
  // An estimate of the lines writeLines will write (the big arrays, chunked), for a progress bar.
  const total = Math.ceil(engine.corpus.passages.length / CHUNK) * 3 + Math.ceil(tables.terms.length / CHUNK) * 3 + Math.ceil(bytes.length / BYTES_CHUNK) + 20;
  return writeLines(file, header, sections, (n) => onProgress?.({ phase: 'save', done: Math.min(n, total), total }), signal);
}

/** The search index's other statistics (names, counts, whatever is added later), Maps and Sets made JSON. */
function packSearchExtras(search: SearchIndex): Record<string, unknown> {
  const { mini: _mini, termsOf: _termsOf, df: _df, ...rest } = search;
  const enc = (v: unknown): unknown =>
    v instanceof Map ? { $map: [...v].map(([k, x]) => [k, enc(x)]) } : v instanceof Set ? { $set: [...v] } : v;
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, enc(v)]));
}

function unpackSearchExtras(packed: Record<string, unknown>): Record<string, unknown> {
  const dec = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if ('$map' in v) return new Map((v.$map as [unknown, unknown][]).map(([k, x]) => [k, dec(x)]));
    if ('$set' in v) return new Set(v.$set as unknown[]);
    return v;
  };
  return Object.fromEntries(Object.entries(packed).map(([k, v]) => [k, dec(v)]));
}

/**
 * Loads a persisted index written by saveIndex for the corpus whose files were fingerprinted
 * (the caller has checked it is not stale). Article texts come from the fingerprinted bytes, so
 * the file never duplicates the corpus. Throws when the file is damaged; the caller rebuilds.
 */
export async function loadIndex(file: string, fp: CorpusFingerprint, onProgress?: (p: Progress) => void): Promise<Engine> {
  const header = IndexHeaderSchema.parse(await readHeaderLine(file));
  if (combineHash({ files: header.files.map(([f, s]) => ({ file: f, sha1: s })), manifestSha1: header.manifestSha1, codeHash: header.codeHash }) !== header.hash) {
    throw new Error('its header does not add up (the file was edited or damaged)');
  }
  const total = (await stat(file)).size;
  const s = await readSections(file, (bytes) => onProgress?.({ phase: 'load', done: Math.min(bytes, total), total }));
  const c = s.corpus;
  const q = s.quotes;
  const m = s.mini as unknown as (Omit<PackedPostings, 'bytes'> & Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>) | undefined;
  const bytes = s.postings?.bytes;
  if (!c || !q || !m || !s.search || !(bytes instanceof Uint8Array)) throw new Error('a section is missing (the file was cut short)');

  const bytesOf = new Map(fp.files.map((f) => [f.file, f.bytes]));
  const articles: Article[] = (c.articles as StoredArticle[]).map((a) => {
    // An article from a JSON Lines archive ('archive.jsonl:3') is restored from its line.
    const inArchive = splitLineFile(a.file);
    const bytes = bytesOf.get(inArchive?.file ?? a.file);
    if (!bytes) throw new Error(`article file ${a.file} is missing`);
    const text = inArchive ? lineText(bytes, inArchive.line) : bytes;
    if (text === null) throw new Error(`${a.file} no longer holds an article`);
    const decoded = decodeArticle(text, a.file);
    if ('error' in decoded) throw new Error(`article file ${a.file} ${decoded.error}`);
    return { ...a, raw: decoded.text };
  });
  await yieldToLoop();
  const rawOf = new Map(articles.map((a) => [a.id, a.raw]));
  const passages: Passage[] = (c.passages as PassageRow[]).map(([id, articleId, n, start, end, text]) => {
    const raw = rawOf.get(articleId);
    if (raw === undefined || end > raw.length) throw new Error(`passage ${id} does not fit its article`);
    return { id, articleId, n, text: text ?? raw.slice(start, end), start, end };
  });
  const corpus: Corpus = { dir: fp.dir, articles, passages, problems: c.problems as CorpusProblem[] };
  if (m.documentCount !== passages.length) throw new Error(`it indexes ${m.documentCount} passages but holds ${passages.length}`);

  await yieldToLoop();
  const u = unpackPostings(m, bytes);
  await yieldToLoop();
  // MiniSearch's own loader builds everything but the postings (there are none in this object);
  // the postings go straight into its radix tree, each decoded when a search first reads it.
  const mini = MiniSearch.loadJS<IndexedDoc>(
    { documentCount: m.documentCount, nextId: m.nextId, fieldIds: m.fieldIds, averageFieldLength: m.averageFieldLength, dirtCount: m.dirtCount ?? 0, serializationVersion: m.serializationVersion, documentIds: u.documentIds, fieldLength: u.fieldLength, storedFields: {}, index: [] },
    MINISEARCH_OPTIONS,
  );
  await yieldToLoop();
  const tree = (mini as unknown as { _index?: { set(term: string, data: unknown): void } })._index;
  if (typeof tree?.set !== 'function') throw new Error('this MiniSearch version keeps its index differently; rebuild');
  for (let i = 0; i < u.postings.length; i++) {
    tree.set(u.postings[i]![0], u.postings[i]![1]);
    if (i % 20000 === 19999) await yieldToLoop();
  }
  const { termsOf, df } = u;
  const quotes = unpackQuotes(q);
  await yieldToLoop();
  const search = { ...unpackSearchExtras(s.search), mini, termsOf, df } as SearchIndex;
  return restoreEngine(corpus, search, quotes);
}
