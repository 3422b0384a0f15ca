import { performance } from 'node:perf_hooks';
import type { Config } from '../config.js';
import { CorpusError } from '../corpus/load.js';
import type { Engine } from '../engine.js';
import { openEngine, type OpenResult } from '../store/open.js';
import { indexFileFor } from '../store/persist.js';
import { watchCorpus } from '../store/watch.js';
import { parseArgs, USAGE } from './args.js';
import { banner, describeProblems } from './boot.js';
import { answerLine, runConsole } from './console.js';
import { mainPg } from './pg-main.js';
import { quietOnClosedPipe } from './terminal.js';

/** The settings the CLI reads: the corpus folder (unless --corpus) and where its index is kept. */
export type CliSettings = Pick<Config, 'corpusDir' | 'indexDir'> & Partial<Pick<Config, 'databaseUrl'>>;

/**
 * Opens the corpus, saying on stderr what it does. Ctrl-C or SIGTERM meanwhile stops cleanly
 * (nothing half-written is left) and yields null; an unusable corpus yields exit code 1.
 */
async function open(dir: string, indexDir: string, trustStamps: boolean): Promise<OpenResult | number | null> {
  const note = (m: string) => process.stderr.write(`${m}\n`);
  const startup = new AbortController();
  const stop = () => startup.abort();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    return await openEngine(dir, { log: note, warn: (m) => note(`warning: ${m}`), indexFile: indexFileFor(dir, indexDir), signal: startup.signal, trustStamps });
  } catch (err) {
    if (startup.signal.aborted) return null;
    if (!(err instanceof CorpusError)) throw err;
    process.stderr.write(`error: ${err.message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** The CLI shell: one command from argv, or line mode on standard input. Returns the exit code. */
export async function main(argv: readonly string[], settings: CliSettings): Promise<number> {
  quietOnClosedPipe();
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`error: ${args.error}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // The server engine answers from what `npm run index` put in the database, whatever --corpus says.
  if (settings.databaseUrl) return mainPg(args, settings.databaseUrl, args.corpus ?? settings.corpusDir);
  const started = performance.now();
  const dir = args.corpus ?? settings.corpusDir;
  // Line mode watches the folder, which hashes it after ready; a one-shot command checks it first.
  const opened = await open(dir, settings.indexDir, !args.line);
  if (opened === null) return 0;
  if (typeof opened === 'number') return opened;
  let engine: Engine = opened.engine;
  const problems = describeProblems(engine.corpus.problems);
  if (problems) process.stderr.write(`${problems}\n`);
  const ansi = Boolean(process.stdout.isTTY) && !args.json && !process.env.NO_COLOR;

  if (args.line) {
    const answer = answerLine(engine, args.line, { json: args.json, ansi });
    if (!answer) return 0;
    // A --json caller reads errors from stdout too: one object per command, wherever it failed.
    (answer.ok || args.json ? process.stdout : process.stderr).write(`${answer.out}\n`);
    return answer.ok ? 0 : 1;
  }
  const interactive = Boolean(process.stdin.isTTY);
  const note = (m: string) => process.stderr.write(`${m}\n`);
  // Line mode follows the folder: an article added or removed is answered from the next command on.
  const watcher = watchCorpus(dir, {
    fingerprint: opened.fingerprint,
    engine,
    problems: engine.corpus.problems,
    indexFile: indexFileFor(dir, settings.indexDir),
    onUpdate: (next, changes) => {
      engine = next;
      if (interactive) note(`corpus updated: ${changes.summary}`);
    },
    onProblem: (ps) => note(describeProblems(ps)),
  });
  await runConsole(() => engine, process.stdin, process.stdout, {
    json: args.json,
    ansi,
    interactive,
    ...(interactive ? { banner: banner(engine.corpus, performance.now() - started) } : {}),
  });
  await watcher.close();
  return 0;
}
