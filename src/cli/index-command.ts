// Entry point of `npm run index [-- --corpus DIR] [--force] [--check]`: builds the persisted index
// (passages and the quote registry) in INDEX_DIR, so the bot and the console start from it.
import 'dotenv/config';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.js';
import { openEngine } from '../store/open.js';
import { fingerprintCorpus } from '../store/fingerprint.js';
import { indexFileFor, readIndexHeader, staleReason, type Progress } from '../store/persist.js';
import { describeProblems, exitCodeForFatal } from './boot.js';
import { indexIntoPg } from './pg-index.js';

const INDEX_USAGE = `npm run index [-- --corpus DIR] [--force] [--check]

Builds the persisted index of DIR (default: CORPUS_DIR or seeds) in INDEX_DIR (default: the
XDG cache folder, ~/.cache/newsdesk) unless it already matches the corpus; DIR itself is only
read. --force rebuilds anyway; --check only says whether it is up to date (exit 1 if not).
With DATABASE_URL set, indexes into that PostgreSQL database instead: only the article files
whose content changed, in one transaction, or everything when the database is new or
sources.json or the indexing code changed.`;

interface IndexArgs {
  corpus: string | undefined;
  force: boolean;
  check: boolean;
  help: boolean;
}

/** Parses the index command's flags; an unknown one is an error naming it. */
function parseIndexArgs(argv: readonly string[]): IndexArgs | { error: string } {
  const out: IndexArgs = { corpus: undefined, force: false, check: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--force') out.force = true;
    else if (a === '--check') out.check = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--corpus' || a.startsWith('--corpus=')) {
      out.corpus = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!out.corpus) return { error: '--corpus needs a folder, e.g. --corpus seeds' };
    } else return { error: `unknown option ${a}; see --help` };
  }
  return out;
}

const PHASES: Record<Progress['phase'], string> = { read: 'reading files', build: 'indexing', save: 'writing index', load: 'loading index' };

/**
 * A one-line progress bar for a terminal, redrawn in place. A phase that cannot count its work
 * (the index build itself) shows elapsed seconds instead, ticking while the worker builds.
 */
function progressBar(stream: NodeJS.WriteStream): { update(p: Progress): void; done(): void } {
  const width = 30;
  const started = performance.now();
  let current: Progress | null = null;
  let last = 0;
  const draw = () => {
    const p = current;
    if (!p) return;
    const label = PHASES[p.phase].padEnd(14);
    if (p.phase === 'build' && p.total <= 1) {
      const s = ((performance.now() - started) / 1000).toFixed(0);
      stream.write(`\r${label} ${'|/-\\'[Math.floor(performance.now() / 250) % 4]} ${s} s\x1b[K`);
      return;
    }
    const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    const filled = Math.round(share * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%\x1b[K`);
  };
  const tick = setInterval(draw, 250);
  tick.unref();
  return {
    update(p) {
      current = p;
      const now = performance.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      draw();
    },
    done() {
      clearInterval(tick);
      if (current) stream.write('\r\x1b[K');
      current = null;
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function run(argv: readonly string[], defaultDir: string, indexDir: string, databaseUrl?: string): Promise<number> {
  const args = parseIndexArgs(argv);
  if ('error' in args) {
    process.stderr.write(`error: ${args.error}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${INDEX_USAGE}\n`);
    return 0;
  }
  const dir = args.corpus ?? defaultDir;
  if (databaseUrl) return indexIntoPg(dir, databaseUrl, args);
  const file = indexFileFor(dir, indexDir);
  if (args.check) {
    const reason = staleReason(await readIndexHeader(file), await fingerprintCorpus(dir));
    process.stdout.write(reason ? `stale: ${reason}\n` : `up to date: ${file}\n`);
    return reason ? 1 : 0;
  }
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
  const started = performance.now();
  const r = await openEngine(dir, {
    rebuild: args.force,
    indexFile: file,
    onProgress: (p) => bar?.update(p),
    log: (m) => {
      bar?.done();
      process.stderr.write(`${m}\n`);
    },
  });
  bar?.done();
  const e = r.engine;
  if (e.corpus.problems.length > 0) process.stderr.write(`${describeProblems(e.corpus.problems)}\n`);
  const what = `${e.corpus.articles.length} articles, ${e.corpus.passages.length} passages, ${e.quotes.speakers.length} speakers, ${e.quotes.quotes.length} quotations`;
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  if (r.from === 'persisted') process.stdout.write(`up to date: ${file} (${what}); nothing to do. Use --force to rebuild.\n`);
  else if (r.savedBytes === undefined) process.stdout.write(`${r.from === 'updated' ? 'updated per article' : 'built'} ${what} in ${secs} s, but could not write ${file}\n`);
  else if (r.from === 'updated') process.stdout.write(`updated ${file} per article: ${what}, ${mb(r.savedBytes)} in ${secs} s\n`);
  else process.stdout.write(`wrote ${file}: ${what}, ${mb(r.savedBytes)} in ${secs} s\n`);
  return r.from !== 'persisted' && r.savedBytes === undefined ? 1 : 0;
}

try {
  const config = loadConfig(process.env);
  process.exitCode = await run(process.argv.slice(2), config.corpusDir, config.indexDir, config.databaseUrl);
} catch (err) {
  process.exitCode = exitCodeForFatal(err);
}
