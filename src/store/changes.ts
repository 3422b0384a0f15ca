import { buildCorpus, type CorpusFile } from '../corpus/load.js';
import { splitLineFile } from '../corpus/jsonl.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';
import type { CorpusProblem, Passage } from '../corpus/types.js';
import type { Engine } from '../engine.js';
import type { CorpusFingerprint } from './fingerprint.js';
import { diffCorpus, describeDiff, type CorpusDiff } from './persist.js';
import type { ArticleChanges, ArticleUpdate } from './update.js';

/** Article changes worked out from two states of the folder, with the problems of the files read. */
export interface FileChanges extends ArticleChanges {
  diff: CorpusDiff;
  /** The corpus's problems after the change: those of untouched files, and the re-read files' own. */
  problems: CorpusProblem[];
}

/** The file an article came from ('archive.jsonl' for 'archive.jsonl:3'). */
const fileOf = (name: string) => splitLineFile(name)?.file ?? name;

/**
 * Which articles changed between the state an engine was built from and a new fingerprint,
 * reading only the added and changed files (by content hash). Returns a reason instead when only
 * a full rebuild is right: the manifest or the indexing code changed, or an id now collides.
 */
export function articleChangesFor(engine: Engine, before: CorpusFingerprint, after: CorpusFingerprint): FileChanges | { rebuild: string } {
  if (before.codeHash !== after.codeHash) return { rebuild: 'the indexing code changed' };
  const diff = diffCorpus({ files: new Map(before.files.map((f) => [f.file, f.sha1])), manifestSha1: before.manifestSha1 }, after);
  if (!diff) return { rebuild: 'nothing changed' };
  if (diff.manifest) return { rebuild: `${describeDiff(diff)}: every article's metadata may change` };
  const touched = new Set([...diff.added, ...diff.changed, ...diff.removed]);
  const read = after.files.filter((f) => touched.has(f.file));
  const files: CorpusFile[] = read.filter((f) => f.bytes !== null).map((f) => ({ file: f.file, content: f.bytes! }));
  const part = buildCorpus(files, after.manifest, after.dir);
  // Built alone, these files see the manifest's entries for every other file as missing: not a problem.
  const own = part.problems.filter((p) => p.file !== MANIFEST_FILE || !/which is not in the corpus folder/.test(p.message));
  if (own.some((p) => p.file === MANIFEST_FILE)) return { rebuild: 'an article id is used twice' };
  const old = engine.corpus.articles.filter((a) => touched.has(fileOf(a.file)));
  const oldIds = new Set(old.map((a) => a.id));
  const passagesOf = new Map<string, Passage[]>();
  for (const p of part.passages) (passagesOf.get(p.articleId) ?? passagesOf.set(p.articleId, []).get(p.articleId)!).push(p);
  const added: ArticleUpdate[] = [];
  const changed: ArticleUpdate[] = [];
  for (const article of part.articles) {
    if (engine.articles.has(article.id) && !oldIds.has(article.id)) return { rebuild: `article id "${article.id}" of ${article.file} is already used by another file` };
    (oldIds.has(article.id) ? changed : added).push({ article, passages: passagesOf.get(article.id) ?? [] });
  }
  const newIds = new Set(part.articles.map((a) => a.id));
  const removed = [...oldIds].filter((id) => !newIds.has(id));
  const unreadable = read.filter((f) => f.error).map((f) => ({ file: f.file, message: f.error! }));
  const problems = [...engine.corpus.problems.filter((p) => !touched.has(fileOf(p.file))), ...unreadable, ...own];
  return { added, changed, removed, diff, problems };
}
