/**
 * The archive-size sweep's own measurements, each in a fresh process as bench/child.ts's are:
 * `node --expose-gc --import tsx bench/sweep-child.ts <update|fts5> <corpus dir> <queries.json>`.
 * Prints one JSON line on stdout.
 *  - update: per-article update time (one article changed, one added, one removed, applied with
 *    applyArticleChanges to an engine opened from the persisted index), and how long until a
 *    changed article is served updated through the watcher (file written → answer changed).
 *  - fts5: SQLite FTS5 over the same paragraphs: ingest time and query latency for the same questions.
 * The corpus folder is restored afterwards.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ask } from '../src/answer/ask.js';
import { fts5Peer } from '../src/cli/eval/peers.js';
import { loadCorpus } from '../src/corpus/load.js';
import { articleChangesFor } from '../src/store/changes.js';
import { fingerprintCorpus } from '../src/store/fingerprint.js';
import { openEngine } from '../src/store/open.js';
import { applyArticleChanges } from '../src/store/update.js';
import { watchCorpus } from '../src/store/watch.js';
import type { Queries } from './child.js';

const [mode, dir, queriesFile] = process.argv.slice(2) as [string, string, string];
const out = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!;
const mb = () => Math.round(process.memoryUsage().rss / 1e6);
const PARAGRAPH = (word: string) => `\n\nThe ${word} inquiry opened on Tuesday, officials said, and will report within ${word.length} weeks.\n`;

/** Applies the folder's changes since the engine's fingerprint; returns the milliseconds it took. */
async function applyOnce(state: { engine: Awaited<ReturnType<typeof openEngine>>['engine']; fp: Awaited<ReturnType<typeof fingerprintCorpus>> }): Promise<number> {
  const next = await fingerprintCorpus(dir);
  const t = performance.now();
  const ch = articleChangesFor(state.engine, state.fp, next);
  if ('rebuild' in ch) throw new Error(ch.rebuild);
  applyArticleChanges(state.engine, ch, { rebuildQuotes: false });
  const ms = performance.now() - t;
  state.fp = next;
  return ms;
}

async function update() {
  const opened = await openEngine(dir, { build: 'main', save: false });
  const state = { engine: opened.engine, fp: opened.fingerprint };
  const article = state.engine.corpus.articles[Math.floor(state.engine.corpus.articles.length / 2)]!;
  const file = path.join(dir, article.file);
  const original = await readFile(file, 'utf8');
  const extra = path.join(dir, 'zz-bench-added.txt');
  try {
    await writeFile(file, original + PARAGRAPH('Zorvathian'));
    const changedMs = await applyOnce(state);
    await writeFile(extra, `Bench Article\n${PARAGRAPH('Quenlarish')}`);
    const addedMs = await applyOnce(state);
    await unlink(extra);
    const removedMs = await applyOnce(state);
    // Through the watcher, as a running bot: write the file, wait until the answer changes.
    let engine = state.engine;
    const watcher = watchCorpus(dir, { engine, fingerprint: state.fp, save: false, onUpdate: (e) => (engine = e) });
    const served = async (word: string) => {
      const t = performance.now();
      await writeFile(file, original + PARAGRAPH(word));
      while (!ask(engine, `When did the ${word} inquiry open?`).hits.some((h) => h.source.id === article.id && h.snippet.includes(word))) {
        if (performance.now() - t > 60_000) throw new Error('the change was not served within a minute');
        await new Promise((r) => setTimeout(r, 20));
      }
      return performance.now() - t;
    };
    const servedMs = await served('Brellowan');
    await watcher.close();
    out({ changedMs, addedMs, removedMs, servedMs, rssMb: mb() });
  } finally {
    await writeFile(file, original);
    await unlink(extra).catch(() => {});
  }
}

async function fts5() {
  const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as Queries;
  const corpus = await loadCorpus(dir);
  const before = mb();
  const t = performance.now();
  const peer = fts5Peer(corpus);
  const ingestMs = performance.now() - t;
  for (const q of queries.questions.slice(0, 50)) peer.search(q, 30);
  const times: number[] = [];
  for (const q of queries.questions) {
    const s = performance.now();
    peer.search(q, 30);
    times.push(performance.now() - s);
  }
  const rssMb = mb() - before;
  peer.close();
  out({ ingestMs, passages: corpus.passages.length, p50: pct(times, 50), p99: pct(times, 99), rssMb });
}

const modes: Record<string, () => Promise<void>> = { update, fts5 };
await modes[mode]!();
