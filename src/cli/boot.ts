import type { Corpus, CorpusProblem } from '../corpus/types.js';

/** One line per corpus problem, for stderr: the user can fix each. */
export function describeProblems(problems: readonly CorpusProblem[]): string {
  return problems.map((p) => `warning: ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`).join('\n');
}

/** The console's banner: what is loaded and what to type. */
export function banner(corpus: Corpus, ms: number): string {
  return [
    `newsdesk console — ${corpus.articles.length} articles, ${corpus.passages.length} passages from ${corpus.dir} (ready in ${Math.round(ms)} ms).`,
    'No DISCORD_TOKEN set, so I answer here. Type a question, or: ask <question> · quote <speaker> [--about <topic>] · sources · speakers · help · quit',
  ].join('\n');
}
