import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import { restoreEngine, settleEngine, type Engine } from '../engine.js';
import { buildQuoteIndex } from '../quotes/index.js';
import { createSearchIndex } from '../search/index.js';
import { relatedClustersOf, restoreRelatedTableLater, type StoredClusters } from '../search/related.js';
import { TermStats } from '../search/term-stats.js';
import { combineHash, INDEX_FORMAT_VERSION, type CorpusFingerprint, type Stamp } from './fingerprint.js';
import { arrayOf, isCount, isNumber, isPositive, isString, tableOf, tupleOf } from './checks.js';
import { CHUNK, readHeaderLine, readSections, writeLines } from './lines.js';
import { packIndex, postingArrays, postingFields, unpackIndex } from './postings.js';
import { packQuotes } from './quotes-pack.js';
import { deferQuotations, quotationLines } from './deferred-quotes.js';

export { packQuotes, unpackQuotes } from './quotes-pack.js';
import { packCorpus, unpackCorpus } from './corpus-pack.js';

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
  files: tableOf<[string, string]>('[file, sha1]', tupleOf(isString, isString)),
  /** Each file's [size, mtimeMs] when it was read, or null (see FileDigest.stamp): what a trusting start compares. */
  stamps: tableOf<Stamp | null>('[size, mtimeMs] or null', (v) => v === null || tupleOf(isNumber, isNumber)(v)).optional(),
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
  return checkHeader(header, fp).reason;
}

/** staleReason, with the parsed header when it matches (loadIndex then need not check it again). */
export function checkHeader(header: unknown, fp: CorpusFingerprint): { reason: string; header?: undefined } | { reason: null; header: IndexHeader } {
  if (header === null || header === undefined) return { reason: 'no persisted index yet' };
  // The version first: another version's header may not parse as this one's, and that is the better reason.
  const version = (header as { version?: unknown }).version;
  if (typeof version === 'number' && version !== INDEX_FORMAT_VERSION) return { reason: `the persisted index has format version ${version}; this version of newsdesk reads version ${INDEX_FORMAT_VERSION}` };
  const parsed = IndexHeaderSchema.safeParse(header);
  if (!parsed.success) return { reason: 'the persisted index has an unreadable header' };
  const h = parsed.data;
  if (h.codeHash !== fp.codeHash) return { reason: 'the indexing code (cleaning, analysis or quotation rules) changed since the index was built' };
  const diff = diffCorpus({ files: new Map(h.files), manifestSha1: h.manifestSha1 }, fp);
  if (diff) return { reason: `the corpus changed since the index was built: ${describeDiff(diff)}` };
  if (h.hash !== fp.hash) return { reason: 'the persisted index does not match the corpus (content hash differs)' };
  return { reason: null, header: h };
}

/** Reads a persisted index's header; null when there is none or it is not JSON. */
export function readIndexHeader(file: string): Promise<unknown> {
  return readHeaderLine(file);
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
    stamps: fp.files.map((f) => f.stamp ?? null),
    createdAt: new Date().toISOString(),
    counts: { articles: engine.corpus.articles.length, passages: engine.corpus.passages.length, terms: engine.search.df.size, quotes: engine.quotes.quotes.length },
  };
  // Each section is packed when its turn comes and dropped once written: at 30,000 articles the
  // packed sections together were hundreds of megabytes beside the engine, the indexing peak.
  let index: ReturnType<typeof packIndex> | null = null;
  const packed = () => (index ??= packIndex(engine.search.passages, engine.corpus.passages));
  const sections = {
    corpus: () => packCorpus(engine.corpus),
    quotes: () => packQuotes(engine.quotes),
    search: () => ({ terms: packed().terms, ...packStats(engine.search.stats) }),
    // The arrays' bytes as this machine orders them; a machine of the other order rebuilds.
    postings: () => {
      const { terms: _, ...postings } = packed();
      index = null;
      return { endian: endianness(), ...postingFields(postings) };
    },
    related: () => packClusters(relatedClustersOf(engine.search)),
  };
  // An estimate of the lines writeLines will write (the big arrays, chunked), for a progress bar.
  const total = Math.ceil(engine.corpus.passages.length / CHUNK) * 3 + Math.ceil(engine.search.df.size / CHUNK) * 5 + 30;
  return writeLines(file, header, sections, (n) => onProgress?.({ phase: 'save', done: Math.min(n, total), total }), signal);
}

/** The counts behind names and plainest words, as JSON rows (Maps in their order, which the related-word table depends on). */
function packStats(stats: TermStats): Record<string, unknown> {
  return {
    // Words and counts apart: two plain arrays check far faster than one of strings and numbers mixed.
    words: [...stats.words].map(([term, m]) => [term, [...m.keys()], [...m.values()]]),
    cases: [...stats.cases],
    wordOf: [...stats.wordOf],
    names: [...stats.names],
  };
}

const StatsSchema = z.object({
  terms: tableOf<string>('terms', isString),
  words: tableOf<[string, string[], number[]]>('[term, words, counts]', tupleOf(isString, arrayOf(isString), arrayOf(isPositive))),
  cases: tableOf<[string, number]>('[term, count]', tupleOf(isString, isNumber)),
  wordOf: tableOf<[string, string]>('[term, word]', tupleOf(isString, isString)),
  names: tableOf<string>('terms', isString),
});

function unpackStats(packed: unknown): { terms: string[]; stats: TermStats } {
  const p = StatsSchema.parse(packed);
  const stats = new TermStats();
  for (const [term, words, counts] of p.words) if (words.length !== counts.length) throw new Error(`the word counts of term ${term} do not add up`);
  stats.deferWords(() => new Map(p.words.map(([term, words, counts]) => [term, new Map(words.map((w, i) => [w, counts[i]!]))])));
  for (const [term, n] of p.cases) stats.cases.set(term, n);
  for (const [term, word] of p.wordOf) stats.wordOf.set(term, word);
  for (const term of p.names) stats.names.add(term);
  return { terms: p.terms, stats };
}

/** The related-word clusters as a section (centroids as bytes); empty without word vectors. */
function packClusters(c: StoredClusters | null): Record<string, unknown> {
  if (!c) return {};
  return { c: c.c, centroids: new Uint8Array(c.centroids.buffer, c.centroids.byteOffset, c.centroids.byteLength), clusters: c.clusters };
}

const ClustersSchema = z.object({
  c: z.number().int().nonnegative(),
  centroids: z.instanceof(Uint8Array).refine((b) => b.length % 4 === 0, 'centroids are whole floats'),
  clusters: tableOf<[string, number]>('[term, cluster]', tupleOf(isString, isCount)),
});

/** The stored clusters, checked; null when the index holds none (saved without word vectors). */
function unpackClusters(section: Record<string, unknown> | undefined): StoredClusters | null {
  if (!section || Object.keys(section).length === 0) return null;
  const p = ClustersSchema.parse(section);
  const centroids = new Float32Array(p.centroids.buffer.slice(p.centroids.byteOffset, p.centroids.byteOffset + p.centroids.byteLength));
  return { c: p.c, centroids, clusters: p.clusters };
}

/**
 * Loads a persisted index written by saveIndex for the corpus whose files were fingerprinted
 * (the caller has checked it is not stale, or reopenWithChanges updates it next): everything,
 * article texts included, comes from the file, so no article file is read. Throws when the file
 * is damaged; the caller rebuilds.
 * `checked` is the file's header as checkHeader matched it against `fp`, when the caller has.
 */
export async function loadIndex(file: string, fp: CorpusFingerprint, onProgress?: (p: Progress) => void, checked?: IndexHeader): Promise<Engine> {
  // A header checkHeader matched has fp's hash, which is made of the very parts it lists: it adds up.
  const header = checked ?? IndexHeaderSchema.parse(await readHeaderLine(file));
  if (!checked && combineHash({ files: header.files.map(([f, s]) => ({ file: f, sha1: s })), manifestSha1: header.manifestSha1, codeHash: header.codeHash }) !== header.hash) {
    throw new Error('its header does not add up (the file was edited or damaged)');
  }
  const total = (await stat(file)).size;
  // The registry's quotations are kept as unparsed lines, for after the engine is ready (deferQuotations).
  const defer = quotationLines();
  const s = await readSections(file, (bytes) => onProgress?.({ phase: 'load', done: Math.min(bytes, total), total }), { defer });
  const c = s.corpus;
  const q = s.quotes;
  if (!c || !q || [...defer.values()].some((lines) => lines.length === 0) || !s.search || !s.postings) throw new Error('a section is missing (the file was cut short)');
  if (s.postings.endian !== endianness()) throw new Error('its postings were written by a machine of another byte order');

  const corpus = await unpackCorpus(c, fp.dir);
  const passages = corpus.passages;
  await yieldToLoop();
  const { terms, stats } = unpackStats(s.search);
  const search = createSearchIndex(unpackIndex({ terms, ...postingArrays(s.postings) }, passages), stats);
  const clusters = unpackClusters(s.related);
  if (clusters) restoreRelatedTableLater(search, clusters);
  await yieldToLoop();
  const engine = restoreEngine(corpus, search, deferQuotations(q, defer, () => buildQuoteIndex(corpus)));
  // Queued now, run from the next turn on: the caller has the engine (is ready) before any of it.
  settleEngine(engine);
  return engine;
}
