import type { ReplyPayload } from '../render/payload.js';
import { MUTED } from '../render/limits.js';

/**
 * Help for the console and the command line: their own syntax (not Discord's `speaker:` options,
 * though those are accepted too), how to page, and how to leave.
 */
export function consoleHelp(examples: { speakers: readonly string[]; articles: number }): ReplyPayload {
  const speaker = examples.speakers[0] ?? 'Jane Doe';
  const lines = [
    `I answer from ${examples.articles} news article${examples.articles === 1 ? '' : 's'} with exact sentences, each cited with its publisher, date and link.`,
    '',
    '  <question>                          any line that is not a command is a question',
    '  ask <question>                      the same, said explicitly',
    '  quote <speaker> [--about <topic>]   what someone said, word for word',
    `                                      e.g. quote ${speaker}   (quote speaker:<name> about:<topic> works too)`,
    '  sources                             every article, with links',
    '  speakers                            everyone quoted',
    '  help                                this text',
    '  quit                                leave (Ctrl-D works too)',
    '',
    'ask and quote take --since <date>, --until <date> (2025-10-26, 2025-10, last week) and --source <outlet>.',
    'Long answers come in pages: repeat the command with --page 2, --page 3 …',
    'Ctrl-C clears the line you are typing; on an empty line, press it twice to leave.',
  ];
  return { embeds: [{ title: 'newsdesk console', description: lines.join('\n'), color: MUTED }], components: [], allowedMentions: { parse: [] } };
}
