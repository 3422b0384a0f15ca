import type { Engine } from '../engine.js';
import { articleChangesFor } from './changes.js';
import { INDEX_FORMAT_VERSION, type CorpusFingerprint } from './fingerprint.js';
import { IndexHeaderSchema, loadIndex, readIndexHeader, type Progress } from './persist.js';
import { rebuildQuotesAside } from './rebuild.js';
import { applyArticleChanges } from './update.js';

/**
 * Opens a persisted index that is stale only because article files were added, changed or
 * removed, and brings it up to date per article: the index is loaded as it was (the changed and
 * removed articles' old texts are the index's own), then only those articles are
 * taken out and put back in. Throws, with the reason, when only a full rebuild will do (another
 * format, the indexing code or the manifest changed, an id collides, no article would be left).
 */
export async function reopenWithChanges(file: string, fp: CorpusFingerprint, onProgress?: (p: Progress) => void): Promise<Engine> {
  const header = IndexHeaderSchema.parse(await readIndexHeader(file));
  if (header.version !== INDEX_FORMAT_VERSION || header.codeHash !== fp.codeHash || header.manifestSha1 !== fp.manifestSha1) {
    throw new Error('more than article files changed');
  }
  const before: CorpusFingerprint = {
    dir: fp.dir,
    files: header.files.map(([f, sha1]) => ({ file: f, sha1, bytes: null })),
    manifest: fp.manifest,
    manifestSha1: header.manifestSha1,
    codeHash: header.codeHash,
    hash: header.hash,
  };
  const engine = await loadIndex(file, fp, onProgress);
  const ch = articleChangesFor(engine, before, fp);
  if ('rebuild' in ch) throw new Error(ch.rebuild);
  if (engine.corpus.articles.length - ch.removed.length + ch.added.length <= 0) throw new Error('no article would be left');
  const done = applyArticleChanges(engine, ch);
  engine.corpus.problems = ch.problems;
  if (done.quotesPending) engine.quotes = await rebuildQuotesAside(fp).done;
  return engine;
}
