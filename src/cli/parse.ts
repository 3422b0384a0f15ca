/** The commands the console and the one-shot CLI understand. */
export const CLI_COMMANDS = ['ask', 'quote', 'sources', 'speakers', 'help'] as const;
export type CliCommandName = (typeof CLI_COMMANDS)[number];

/** A command line, parsed: the command, its main argument, and an optional topic and page. */
export interface CliCommand {
  name: CliCommandName;
  /** The question for ask, the speaker for quote; empty for the others. */
  text: string;
  about?: string;
  /** 1-based page, as users count. */
  page?: number;
}

/** What one console line means. */
export type ParsedLine = { kind: 'command'; command: CliCommand } | { kind: 'error'; command: string; error: string } | { kind: 'quit' } | { kind: 'empty' };

/** Longest question or name we accept, matching the slash commands' option limits. */
export const MAX_TEXT = 500;

/**
 * Parses one console line: `ask <question>`, `/quote <speaker> --about <topic>`, `sources`,
 * `speakers`, `help`, `quit`. A line that starts with no command word is a question.
 */
export function parseLine(line: string): ParsedLine {
  const trimmed = line.trim().replace(/^\//, '');
  if (!trimmed) return { kind: 'empty' };
  const head = trimmed.split(/\s+/)[0] ?? '';
  const word = head.toLowerCase();
  if (word === 'quit' || word === 'exit') return { kind: 'quit' };
  const known = (CLI_COMMANDS as readonly string[]).includes(word);
  const name = (known ? word : 'ask') as CliCommandName;
  let rest = known ? trimmed.slice(head.length).trim() : trimmed;
  let about: string | undefined;
  let page: number | undefined;
  const pageMatch = /(?:^|\s)--page[= ](\d+)\s*$/.exec(rest);
  if (pageMatch) {
    page = Number(pageMatch[1]);
    rest = rest.slice(0, pageMatch.index).trim();
  }
  const aboutAt = rest.search(/(?:^|\s)--about(?:[= ]|$)/);
  if (aboutAt >= 0) {
    about = rest.slice(aboutAt).replace(/^\s*--about[= ]?/, '').trim().replace(/^["“](.*)["”]$/, '$1');
    rest = rest.slice(0, aboutAt).trim();
    if (!about) return { kind: 'error', command: name, error: '--about needs a topic, e.g. quote <speaker> --about tariffs' };
  }
  const text = rest.replace(/^["“](.*)["”]$/, '$1').trim();
  if ((name === 'ask' || name === 'quote') && !text) {
    return { kind: 'error', command: name, error: name === 'ask' ? 'ask needs a question, e.g. ask who led the talks?' : 'quote needs a speaker, e.g. quote <name> (see speakers)' };
  }
  if (text.length > MAX_TEXT) return { kind: 'error', command: name, error: `the ${name === 'quote' ? 'speaker name' : 'question'} is ${text.length} characters; keep it under ${MAX_TEXT}` };
  if (about !== undefined && name !== 'quote') return { kind: 'error', command: name, error: '--about works only with quote' };
  if (page !== undefined && page < 1) return { kind: 'error', command: name, error: '--page counts from 1' };
  return { kind: 'command', command: { name, text, ...(about ? { about } : {}), ...(page ? { page } : {}) } };
}
