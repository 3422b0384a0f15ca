import { performance } from 'node:perf_hooks';
import { openPgEngine } from '../store/pg/engine.js';
import { watchPgCorpus } from '../store/pg/watch.js';
import type { CliArgs } from './args.js';
import { describeProblems } from './boot.js';
import { answerLine, requestOf, runConsole } from './console.js';
import { parseLine } from './parse.js';

/**
 * The CLI answering from the PostgreSQL engine (DATABASE_URL): one command, or line mode. Only
 * statistics, article metadata and the speakers are held here; each command fetches what it reads. An
 * update committed meanwhile (`npm run index`, a watcher) is answered from the next command on;
 * line mode also applies changes to `dir`'s article files itself, when the index was built from it.
 */
export async function mainPg(args: CliArgs, url: string, dir: string): Promise<number> {
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
    const note = (m: string) => process.stderr.write(`${m}\n`);
    // Line mode follows the folder the index was built from: a changed article is answered from the next command on.
    const watcher = await watchPgCorpus(dir, engine, {
      onUpdate: (r) => interactive && note(`corpus updated: ${r.files.join(', ')}`),
      onProblem: (ps) => note(describeProblems(ps)),
    });
    await runConsole((request) => engine.view(request), process.stdin, process.stdout, { json: args.json, ansi, interactive, ...(interactive ? { banner } : {}) });
    await watcher?.close();
    return 0;
  } finally {
    await engine.close();
  }
}
