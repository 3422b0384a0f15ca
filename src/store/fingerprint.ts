import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_EXTENSIONS, CorpusError, readManifest } from '../corpus/load.js';
import type { CorpusProblem } from '../corpus/types.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';

/** Bumped whenever the persisted layout or what it holds changes: an older file is rebuilt, never misread. */
export const INDEX_FORMAT_VERSION = 5;

/** One article file as read for hashing; the bytes are kept so the corpus is built from exactly what was hashed. */
export interface FileDigest {
  file: string;
  sha1: string;
  /** The file's bytes, or null when it could not be read (then `error` says why) or was not read (an `unverified` fingerprint). */
  bytes: Uint8Array | null;
  error?: string;
  /**
   * Size and modification time (ms) as seen just before the bytes were read; null when the file
   * was unreadable or modified too recently to be trusted (see STAMP_DEFAULTS.racyMs).
   */
  stamp?: Stamp | null;
}

/** A file's size and modification time in milliseconds. */
export type Stamp = [size: number, mtimeMs: number];

/** Tuning numbers of the size-and-time check (src/store/trusted.ts). */
export const STAMP_DEFAULTS = {
  /**
   * A file modified less than this long before it was read is not stamped: a write later in the
   * same tick of the file system's clock (a few milliseconds on ext4, XFS or btrfs) would leave
   * its size and time unchanged (git's "racily clean" files). Such a file is hashed at the next
   * start. Short enough that the file a live update just applied (read after the watcher's
   * 300 ms of quiet) is stamped, so the next start can trust it; on a file system with
   * two-second times the hash after ready (src/store/trusted.ts) still finds a hidden edit.
   */
  racyMs: 200,
} as const;

/** What the persisted index must match: the corpus files, the manifest, the format and the indexing code. */
export interface CorpusFingerprint {
  dir: string;
  files: FileDigest[];
  /** The manifest's bytes as read (decoded by buildCorpus, which reports one that is not UTF-8). */
  manifest: Uint8Array | undefined;
  /** Why the manifest could not be read, when it is there but unreadable. */
  manifestProblem?: CorpusProblem;
  manifestSha1: string | null;
  codeHash: string;
  /** One hash over all of the above. */
  hash: string;
  /**
   * True when the files were trusted by size and modification time rather than hashed (their
   * hashes are the persisted index's, and their bytes were not read): the watcher then hashes
   * them once after ready.
   */
  unverified?: boolean;
}

/** Longest stretch of file reading between two yields to the event loop. */
const SLICE_MS = 20;

const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

let codeHashCache: Promise<string> | undefined;

/**
 * A hash of the code that turns files into an index (corpus, search, quotes, store). A persisted
 * index built by other cleaning or analysis rules would answer with stale passages, so a change to
 * any of these files makes it stale, version bump or not.
 */
export function indexingCodeHash(): Promise<string> {
  codeHashCache ??= (async () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const h = createHash('sha1');
    for (const room of ['text', 'corpus', 'search', 'quotes', 'store']) {
      let names: string[] = [];
      try {
        names = (await readdir(path.join(src, room))).filter((n) => /\.(ts|js)$/.test(n)).sort();
      } catch {
        continue; // a room missing from a packaged build only weakens the check
      }
      for (const n of names) h.update(`${room}/${n}\0`).update(await readFile(path.join(src, room, n)));
    }
    return h.digest('hex');
  })();
  return codeHashCache;
}

/** Combines the parts of a fingerprint into its one hash. */
export function combineHash(parts: { files: readonly { file: string; sha1: string }[]; manifestSha1: string | null; codeHash: string }): string {
  const h = createHash('sha256').update(`newsdesk-index v${INDEX_FORMAT_VERSION}\0${parts.codeHash}\0${parts.manifestSha1 ?? '-'}\0`);
  // Code-unit order: a locale-aware sort of 10,000 names cost tens of milliseconds a load, twice.
  for (const f of [...parts.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) h.update(`${f.file}\0${f.sha1}\0`);
  return h.digest('hex');
}

/**
 * Reads every article file and the manifest of a corpus folder and hashes them. Throws
 * CorpusError when the folder cannot be read, as loadCorpus does.
 */
export async function fingerprintCorpus(dir: string, onFile?: (done: number, total: number) => void): Promise<CorpusFingerprint> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (err) {
    throw new CorpusError(`Cannot read the corpus folder "${dir}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Create it and put *.txt or *.md articles in it, or set CORPUS_DIR / --corpus to the folder that holds them.`);
  }
  let sliceNo = 0;
  const articleNames = names.filter((n) => ARTICLE_EXTENSIONS.includes(path.extname(n).toLowerCase())).sort();
  const files: FileDigest[] = [];
  // Synchronous reads in slices: for many small files they are several times faster than the
  // thread pool's async reads, and a yield after each slice keeps the event loop responsive.
  const started = performance.now();
  for (const file of articleNames) {
    try {
      // A view, not a copy, when the buffer is the file's own (readFileSync's usual case); a slice
      // of Node's shared pool is copied out, so nothing else can ever write into it.
      const { buf, stamp } = readStamped(path.join(dir, file));
      const bytes = buf.byteLength === buf.buffer.byteLength ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
      files.push({ file, sha1: sha1(bytes), bytes, stamp });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      files.push({ file, sha1: `unreadable:${code}`, bytes: null, error: `${file} cannot be read (${code}); check its permissions` });
    }
    if (performance.now() - started > SLICE_MS * (sliceNo + 1)) {
      sliceNo++;
      onFile?.(files.length, articleNames.length);
      await yieldToLoop();
    }
  }
  onFile?.(files.length, articleNames.length);
  const m = names.includes(MANIFEST_FILE) ? await readManifest(dir) : {};
  // An unreadable manifest still has a state of its own, so becoming readable makes the index stale.
  const manifestSha1 = m.bytes ? sha1(m.bytes) : m.code ? `unreadable:${m.code}` : null;
  const codeHash = await indexingCodeHash();
  return { dir, files, manifest: m.bytes, ...(m.problem ? { manifestProblem: m.problem } : {}), manifestSha1, codeHash, hash: combineHash({ files, manifestSha1, codeHash }) };
}

/** A file's bytes and its stamp taken before reading them (a write after it changes the time seen next). */
function readStamped(file: string): { buf: Buffer; stamp: Stamp | null } {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    const stamp: Stamp | null = Date.now() - st.mtimeMs < STAMP_DEFAULTS.racyMs ? null : [st.size, st.mtimeMs];
    return { buf: readFileSync(fd), stamp };
  } finally {
    closeSync(fd);
  }
}

/** The article files of a corpus folder by name, in the order fingerprintCorpus lists them, each with its stamp (null when it cannot be stat'ed). */
export async function stampCorpus(dir: string): Promise<{ names: string[]; stamps: (Stamp | null)[]; manifestSha1: string | null; manifest: Uint8Array | undefined; hasManifestProblem: boolean; codeHash: string }> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  const articleNames = names.filter((n) => ARTICLE_EXTENSIONS.includes(path.extname(n).toLowerCase())).sort();
  const stamps = articleNames.map((n): Stamp | null => {
    try {
      const st = statSync(path.join(dir, n));
      return [st.size, st.mtimeMs];
    } catch {
      return null;
    }
  });
  const m = names.includes(MANIFEST_FILE) ? await readManifest(dir) : {};
  const manifestSha1 = m.bytes ? sha1(m.bytes) : m.code ? `unreadable:${m.code}` : null;
  return { names: articleNames, stamps, manifestSha1, manifest: m.bytes, hasManifestProblem: !!m.problem, codeHash: await indexingCodeHash() };
}
