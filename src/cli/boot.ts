import { ConfigError } from '../config.js';
import { CorpusError, formatProblem } from '../corpus/load.js';
import { stripTerminalControls } from '../corpus/normalise.js';
import type { Corpus, CorpusProblem } from '../corpus/types.js';
import { DatabaseError } from '../store/pg/connect.js';

/** One line per corpus problem, for stderr: the user can fix each. */
export function describeProblems(problems: readonly CorpusProblem[]): string {
  // A file name can hold escape sequences too.
  return problems.map((p) => `warning: ${stripTerminalControls(formatProblem(p))}`).join('\n');
}

/**
 * The exit code for an error that stops an entry point. A bad environment (2) or an unusable
 * corpus (1) is the operator's to fix and its message says how, so it is printed without a stack
 * trace; anything else is a bug and is rethrown.
 */
export function exitCodeForFatal(err: unknown): number {
  if (!(err instanceof ConfigError || err instanceof CorpusError || err instanceof DatabaseError)) throw err;
  process.stderr.write(`error: ${err.message}\n`);
  return err instanceof ConfigError ? 2 : 1;
}

/** The console's banner: what is loaded and what to type. */
export function banner(corpus: Corpus, ms: number): string {
  return [
    `newsdesk console — ${corpus.articles.length} articles, ${corpus.passages.length} passages from ${corpus.dir} (ready in ${Math.round(ms)} ms).`,
    'No DISCORD_TOKEN set, so I answer here. Type a question, or: ask <question> · quote <speaker> [--about <topic>] · sources · speakers · help · quit. Add --page N for more results.',
  ].join('\n');
}
