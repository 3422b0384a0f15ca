import type { FilterInput } from '../answer/filters.js';
import { normaliseText } from '../corpus/normalise.js';

/** The commands the console and the one-shot CLI understand. */
export const CLI_COMMANDS = ['ask', 'quote', 'sources', 'speakers', 'help'] as const;
export type CliCommandName = (typeof CLI_COMMANDS)[number];

/** A command line, parsed: the command, its main argument, and an optional topic and page. */
export interface CliCommand {
  name: CliCommandName;
  /** The question for ask, the speaker for quote; empty for the others. */
  text: string;
  about?: string;
  /** `--since`, `--until`, `--source` as typed; parsed against the corpus when the command runs. */
  filter?: FilterInput;
  /** 1-based page, as users count. */
  page?: number;
}

/** What one console line means. */
export type ParsedLine = { kind: 'command'; command: CliCommand } | { kind: 'error'; command: string; error: string } | { kind: 'quit' } | { kind: 'empty' };

/** Longest question or name we accept, matching the slash commands' option limits. */
export const MAX_TEXT = 500;

/** Commands that take no text: a line that starts with one of these words and goes on is a question. */
const BARE: readonly string[] = ['sources', 'speakers', 'help'];

/** `--page N` at the end of a line: the line without it, and the page. */
function takePage(line: string): { body: string; page?: number } {
  const m = /(?:^|\s)--page[= ](\d+)\s*$/.exec(line);
  return m ? { body: line.slice(0, m.index).trim(), page: Number(m[1]) } : { body: line };
}

/**
 * `--since`, `--until` and `--source` anywhere in a line: the line without them, and their values.
 * A value is one word, a quoted phrase, or an unquoted "last week" / "past 30 days".
 */
function takeFilter(line: string): { body: string; filter?: FilterInput } {
  const filter: FilterInput = {};
  const body = line
    .replace(/(?:^|\s)--(since|until|source)[= ](?:"([^"]*)"|“([^”]*)”|((?:last|past) (?:\d+ days?|week|month|year))|(\S+))/gi, (_, name: string, ...v: (string | undefined)[]) => {
      filter[name.toLowerCase() as keyof FilterInput] = v.slice(0, 4).find((x) => x !== undefined)!.trim();
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return Object.keys(filter).length > 0 ? { body, filter } : { body };
}

/** Discord's option syntax, accepted in the console too: `speaker:<name> about:<topic>`, `question:<text>`. */
function takeOptions(name: CliCommandName, rest: string): { rest: string; about?: string } {
  if (name === 'ask') return { rest: rest.replace(/^question:\s*/i, '') };
  if (name !== 'quote') return { rest };
  const m = /^speaker:\s*(.*?)(?:\s+about:\s*(.*))?$/is.exec(rest);
  if (!m) return { rest };
  return m[2]?.trim() ? { rest: m[1]!, about: m[2].trim() } : { rest: m[1]! };
}

/**
 * Parses one console line: `ask <question>`, `/quote <speaker> --about <topic>` (or
 * `speaker:<name> about:<topic>`), `sources`, `speakers`, `help`, `quit`, each with an optional
 * `--page N`. A line that starts with no command word is a question, and so is one that starts
 * with a word of a command taking no text but goes on ("sources say the talks failed?").
 */
export function parseLine(line: string): ParsedLine {
  // Typed or piped text is cleaned like article text: an escape sequence is not part of a question.
  const trimmed = normaliseText(line).trim().replace(/^\//, '');
  if (!trimmed) return { kind: 'empty' };
  const { body: unfiltered, filter } = takeFilter(trimmed);
  const { body, page } = takePage(unfiltered);
  const head = body.split(/\s+/)[0] ?? '';
  const word = head.toLowerCase();
  if ((word === 'quit' || word === 'exit') && body === head) return { kind: 'quit' };
  const known = (CLI_COMMANDS as readonly string[]).includes(word) && !(BARE.includes(word) && body.length > head.length);
  const name = (known ? word : 'ask') as CliCommandName;
  const options = takeOptions(name, known ? body.slice(head.length).trim() : body);
  let rest = options.rest;
  let about = options.about;
  const aboutAt = rest.search(/(?:^|\s)--about(?:[= ]|$)/);
  if (aboutAt >= 0) {
    about = rest.slice(aboutAt).replace(/^\s*--about[= ]?/, '').trim().replace(/^["“](.*)["”]$/, '$1');
    rest = rest.slice(0, aboutAt).trim();
    if (!about) return { kind: 'error', command: name, error: '--about needs a topic, e.g. quote <speaker> --about tariffs' };
  }
  const text = rest.replace(/^["“](.*)["”]$/, '$1').trim();
  const out = checked(name, text, about, page);
  if (filter && out.kind === 'command') {
    if (name !== 'ask' && name !== 'quote') return { kind: 'error', command: name, error: '--since, --until and --source work only with ask and quote' };
    out.command.filter = filter;
  }
  return out;
}

/** The parsed command, or the error a user can fix. */
function checked(name: CliCommandName, text: string, about: string | undefined, page: number | undefined): ParsedLine {
  if ((name === 'ask' || name === 'quote') && !text) {
    return { kind: 'error', command: name, error: name === 'ask' ? 'ask needs a question, e.g. ask who led the talks?' : 'quote needs a speaker, e.g. quote <name> (see speakers)' };
  }
  if (text.length > MAX_TEXT) return { kind: 'error', command: name, error: `the ${name === 'quote' ? 'speaker name' : 'question'} is ${text.length} characters; keep it under ${MAX_TEXT}` };
  if (about !== undefined && name !== 'quote') return { kind: 'error', command: name, error: '--about works only with quote' };
  if (page !== undefined && page < 1) return { kind: 'error', command: name, error: '--page counts from 1' };
  return { kind: 'command', command: { name, text, ...(about ? { about } : {}), ...(page ? { page } : {}) } };
}

/** A command as a console line, to show how to ask for another page of it. */
export function commandLine(cmd: CliCommand, page: number): string {
  const quoteIfSpaced = (s: string) => (/\s/.test(s) ? `"${s}"` : s);
  const text = cmd.name === 'ask' ? cmd.text : cmd.text ? quoteIfSpaced(cmd.text) : '';
  const filters = Object.entries(cmd.filter ?? {}).map(([k, v]) => (v ? `--${k} ${quoteIfSpaced(v)}` : ''));
  return [cmd.name, text, cmd.about ? `--about ${quoteIfSpaced(cmd.about)}` : '', ...filters, `--page ${page}`].filter(Boolean).join(' ');
}
