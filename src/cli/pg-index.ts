import { performance } from 'node:perf_hooks';
import { fingerprintCorpus } from '../store/fingerprint.js';
import { connectPg, DatabaseError, describeUrl } from '../store/pg/connect.js';
import { changesFrom, fullIndexReason } from '../store/pg/ingest.js';
import { syncFolder } from '../store/pg/sync.js';

/**
 * `npm run index` with DATABASE_URL: brings the database up to date with the folder, article by
 * article when only article files changed, else a full index; `check` only says whether it is.
 */
export async function indexIntoPg(dir: string, url: string, opts: { force: boolean; check: boolean }): Promise<number> {
  const pool = await connectPg(url);
  try {
    const where = describeUrl(url);
    if (opts.check) {
      const fp = await fingerprintCorpus(dir);
      const full = await fullIndexReason(pool, fp);
      const changed = full ? [] : (await changesFrom(pool, fp)).files;
      const stale = full ?? (changed.length > 0 ? `${changed.length} article file(s) changed (${changed.slice(0, 3).join(', ')})` : null);
      process.stdout.write(stale ? `stale: ${stale}\n` : `up to date: ${where}\n`);
      return stale ? 1 : 0;
    }
    let last = 0;
    const progress = (phase: string, done: number, total: number) => {
      if (performance.now() - last < 2_000 && done < total) return;
      last = performance.now();
      process.stderr.write(`${phase}: ${done}/${total}\n`);
    };
    const r = await syncFolder(pool, dir, { force: opts.force, progress });
    const secs = (r.ms / 1000).toFixed(1);
    if (r.mode === 'up-to-date') process.stdout.write(`up to date: ${where} (${r.reason}); nothing to do. Use --force to rebuild.\n`);
    else if (r.mode === 'full') process.stdout.write(`indexed ${r.articles} articles from ${r.files} files into ${where} in ${secs} s (${r.reason})\n`);
    else process.stdout.write(`updated ${r.files} article file(s) (${r.articles} articles) in ${where} in ${r.ms} ms (${r.reason})\n`);
    return 0;
  } catch (err) {
    // The server refused a statement (disk full, permissions): say so in one line, not a stack trace.
    const e = err as { severity?: string; code?: string; message?: string };
    if (e && typeof e === 'object' && e.severity) throw new DatabaseError(`PostgreSQL at ${describeUrl(url)} refused the index (${e.code}): ${e.message}`);
    throw err;
  } finally {
    await pool.end();
  }
}
