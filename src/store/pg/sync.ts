import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { buildCorpus } from '../../corpus/load.js';
import { MANIFEST_FILE } from '../../corpus/manifest.js';
import type { CorpusProblem } from '../../corpus/types.js';
import { fingerprintCorpus, type CorpusFingerprint } from '../fingerprint.js';
import { corpusFromFingerprint } from '../open.js';
import type { PgEngine } from './engine.js';
import { applyArticleChanges, changesFrom, fullIndexReason, indexFull, type IngestProgress } from './ingest.js';

/** What bringing the database up to date with a folder did. */
export interface SyncResult {
  mode: 'full' | 'incremental' | 'up-to-date';
  /** Why a full index was needed, or which files changed. */
  reason: string;
  articles: number;
  files: number;
  ms: number;
}

/** Options of syncFolder. */
export interface SyncOptions {
  /** Index everything afresh even when only some files changed. */
  force?: boolean;
  progress?: IngestProgress;
  /** A fingerprint already taken (the watcher has one). */
  fingerprint?: CorpusFingerprint;
}

/**
 * Brings the database up to date with a corpus folder: article by article when only article
 * files changed (by content hash), in one transaction; a full index when the database is empty,
 * or sources.json, the indexing code or the schema changed, or `force`.
 */
export async function syncFolder(pool: pg.Pool, dir: string, opts: SyncOptions = {}): Promise<SyncResult> {
  const started = performance.now();
  const fp = opts.fingerprint ?? (await fingerprintCorpus(dir));
  const ms = () => Math.round(performance.now() - started);
  const full = opts.force ? 'a full index was asked for' : await fullIndexReason(pool, fp);
  if (full) {
    const corpus = corpusFromFingerprint(fp);
    await indexFull(pool, corpus, fp, opts.progress);
    return { mode: 'full', reason: full, articles: corpus.articles.length, files: fp.files.length, ms: ms() };
  }
  const changes = await changesFrom(pool, fp);
  if (changes.files.length === 0) return { mode: 'up-to-date', reason: 'no article file changed', articles: 0, files: 0, ms: ms() };
  await applyArticleChanges(pool, changes);
  const names = changes.files.slice(0, 3).join(', ') + (changes.files.length > 3 ? ` and ${changes.files.length - 3} more` : '');
  return { mode: 'incremental', reason: `changed: ${names}`, articles: changes.added.articles.length, files: changes.files.length, ms: ms() };
}

/** What applying a few article files did: the files whose content changed, the articles they now hold, problems with them. */
export interface FileChangeResult {
  files: string[];
  articles: number;
  problems: CorpusProblem[];
  ms: number;
}

/**
 * Applies a change to a few known article files (what a watcher saw change): reads only those
 * files and sources.json, and replaces their articles in one transaction; a file that is gone
 * removes its articles. A file whose content the database already holds (another shard applied
 * it, or it was saved unchanged) is skipped. The per-article path of syncFolder without
 * re-reading the whole folder.
 */
export async function applyFileChanges(pool: pg.Pool, dir: string, files: readonly string[]): Promise<FileChangeResult> {
  const started = performance.now();
  const read = async (f: string) => readFile(path.join(dir, f)).then((b) => new Uint8Array(b), () => null);
  const manifest = (await read(MANIFEST_FILE)) ?? undefined;
  const stored = new Map((await pool.query<{ file: string; sha1: string }>('SELECT file, sha1 FROM nd_files WHERE file = ANY($1)', [files])).rows.map((r) => [r.file, r.sha1]));
  const present: { file: string; content: Uint8Array }[] = [];
  const hashes = new Map<string, string | null>();
  for (const file of files) {
    const content = await read(file);
    const sha1 = content && createHash('sha1').update(content).digest('hex');
    if (sha1 === (stored.get(file) ?? null)) continue;
    hashes.set(file, sha1);
    if (content) present.push({ file, content });
  }
  const changed = [...hashes.keys()];
  if (changed.length === 0) return { files: [], articles: 0, problems: [], ms: Math.round(performance.now() - started) };
  const added = buildCorpus(present, manifest, dir);
  await applyArticleChanges(pool, { files: changed, added, hashes });
  // Built alone, the manifest's other files look missing, which they are not.
  const problems = added.problems.filter((p) => !/which is not in the corpus folder/.test(p.message));
  return { files: changed, articles: added.articles.length, problems, ms: Math.round(performance.now() - started) };
}

/**
 * What the corpus watcher calls on a server engine: applies the changed files (their articles,
 * passages, term statistics and quotations, one transaction) and has this process serve the
 * change from its next request. Other processes pick it up within PG_DEFAULTS.generationPollMs.
 */
export async function updateArticles(engine: PgEngine, dir: string, files: readonly string[]): Promise<FileChangeResult> {
  const r = await applyFileChanges(engine.pool, dir, files);
  if (r.files.length > 0) await engine.refresh();
  return r;
}
