/** The one-shot command line: `cli [ask|quote|sources|speakers|help] [text] [--about T] [--since D] [--until D] [--source S] [--page N] [--json] [--corpus DIR]`. */
export interface CliArgs {
  /** The command words, joined back into one console line (empty for line mode). */
  line: string;
  json: boolean;
  corpus: string | undefined;
  help: boolean;
}

/** Parses argv (without node and the script); unknown flags are an error naming the flag. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const words: string[] = [];
  let json = false;
  let corpus: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--corpus' || a.startsWith('--corpus=')) {
      corpus = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!corpus) return { error: '--corpus needs a folder, e.g. --corpus seeds' };
    } else if (['--about', '--page', '--since', '--until', '--source'].includes(a)) {
      const value = argv[++i];
      if (value === undefined) return { error: `${a} needs a value` };
      words.push(a, /\s/.test(value) ? `"${value}"` : value);
    } else if (a.startsWith('--') && !/^--(about|page|since|until|source)=/.test(a)) return { error: `unknown option ${a}; see --help` };
    else words.push(a);
  }
  return { line: words.join(' '), json, corpus, help };
}

/** Usage text for --help. */
export const USAGE = `newsdesk command line

  npm run cli -- ask "<question>"            cited sentences that answer it
  npm run cli -- quote "<speaker>" [--about "<topic>"]
  npm run cli -- sources                      every article, with links
  npm run cli -- speakers                     everyone quoted or mentioned
  npm run cli                                 line mode: one command a line on standard input

Options: --json (one JSON object per command), --corpus DIR (default: CORPUS_DIR or seeds), --page N
ask and quote also take --since DATE, --until DATE (YYYY-MM-DD, YYYY-MM, "last week") and --source OUTLET`;
