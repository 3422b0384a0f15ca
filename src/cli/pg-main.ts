import { performance } from 'node:perf_hooks';
import { openPgEngine } from '../store/pg/engine.js';
import type { CliArgs } from './args.js';
import { describeProblems } from './boot.js';
import { answerLine, requestOf, runConsole } from './console.js';
import { parseLine } from './parse.js';

/**
 * The CLI answering from the PostgreSQL engine (DATABASE_URL): one command, or line mode. Only
 * statistics and the quote registry are held here; each command fetches what it reads. An
 * update committed meanwhile (`npm run index`, a watcher) is answered from the next command on.
 */
export async function mainPg(args: CliArgs, url: string): Promise<number> {
  const started = performance.now();
  const engine = await openPgEngine(url);
  try {
    const s = engine.state();
    const problems = describeProblems(s.corpus.problems);
    if (problems) process.stderr.write(`${problems}\n`);
    const ansi = Boolean(process.stdout.isTTY) && !args.json && !process.env.NO_COLOR;
    if (args.line) {
      const view = await engine.view(requestOf(parseLine(args.line)));
      const answer = answerLine(view, args.line, { json: args.json, ansi });
      if (!answer) return 0;
      (answer.ok || args.json ? process.stdout : process.stderr).write(`${answer.out}\n`);
      return answer.ok ? 0 : 1;
    }
    const interactive = Boolean(process.stdin.isTTY);
    const ms = Math.round(performance.now() - started);
    const banner = `newsdesk console — ${s.corpus.articles.length} articles, ${s.stats.passages} passages from PostgreSQL (ready in ${ms} ms). Type a question, or: ask · quote · sources · speakers · help · quit.`;
    await runConsole((request) => engine.view(request), process.stdin, process.stdout, { json: args.json, ansi, interactive, ...(interactive ? { banner } : {}) });
    return 0;
  } finally {
    await engine.close();
  }
}
