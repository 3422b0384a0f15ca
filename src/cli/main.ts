import { performance } from 'node:perf_hooks';
import { CorpusError } from '../corpus/load.js';
import type { Engine } from '../engine.js';
import { openEngine, type OpenResult } from '../store/open.js';
import { watchCorpus } from '../store/watch.js';
import { parseArgs, USAGE } from './args.js';
import { banner, describeProblems } from './boot.js';
import { answerLine, runConsole } from './console.js';

/** The CLI shell: one command from argv, or line mode on standard input. Returns the exit code. */
export async function main(argv: readonly string[], corpusDir: string): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`error: ${args.error}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const dir = args.corpus ?? corpusDir;
  const note = (m: string) => process.stderr.write(`${m}\n`);
  let opened: OpenResult;
  try {
    opened = await openEngine(dir, { log: note });
  } catch (err) {
    if (err instanceof CorpusError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
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
  // Line mode follows the folder: an article added or removed is answered from the next command on.
  const watcher = watchCorpus(dir, {
    fingerprint: opened.fingerprint,
    problems: engine.corpus.problems,
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
