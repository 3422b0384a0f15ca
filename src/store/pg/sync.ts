import type pg from 'pg';
import { fingerprintCorpus, type CorpusFingerprint } from '../fingerprint.js';
import { corpusFromFingerprint } from '../open.js';
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
