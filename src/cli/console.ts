import { createInterface, type Interface } from 'node:readline';
import type { EngineView as Engine, ViewRequest } from '../engine.js';
import { errorJson } from '../render/json.js';
import { payloadToText } from '../render/text.js';
import { commandLine, parseLine, type ParsedLine } from './parse.js';
import { runCommand } from './run.js';
import { forTerminal } from './terminal.js';

/** How the console talks: JSON lines or text, ANSI styling, and whether to prompt. */
export interface ConsoleOptions {
  json: boolean;
  ansi: boolean;
  interactive: boolean;
  banner?: string;
}

/** What one line prints (a JSON line or rendered reply) and whether it failed; null prints nothing. */
type LineAnswer = { out: string; ok: boolean } | null;

/** Parses and answers one console line; null for a blank line or `quit`. */
export function answerLine(engine: Engine, line: string, opts: Pick<ConsoleOptions, 'json' | 'ansi'>): LineAnswer {
  return answerParsed(engine, parseLine(line), opts);
}

function answerParsed(engine: Engine, parsed: ParsedLine, opts: Pick<ConsoleOptions, 'json' | 'ansi'>): LineAnswer {
  if (parsed.kind === 'empty' || parsed.kind === 'quit') return null;
  if (parsed.kind === 'error') {
    return { out: opts.json ? JSON.stringify(errorJson(parsed.command, parsed.error)) : `Error: ${parsed.error}`, ok: false };
  }
  try {
    const result = runCommand(engine, parsed.command);
    if ('error' in result) return { out: opts.json ? JSON.stringify(errorJson(parsed.command.name, result.error)) : `Error: ${result.error}`, ok: false };
    if (opts.json) return { out: JSON.stringify(result.json), ok: true };
    const text = payloadToText(forTerminal(result.payload), { ansi: opts.ansi });
    const more = result.nextPage === undefined ? '' : `\n\nMore: ${commandLine(parsed.command, result.nextPage)}`;
    return { out: `${text}${more}`, ok: true };
  } catch (err) {
    const message = `internal error: ${(err as Error).message}`;
    return { out: opts.json ? JSON.stringify(errorJson(parsed.command.name, message)) : `Error: ${message}`, ok: false };
  }
}

/** What a line's command reads from a server engine: the question it asks, or the speaker it quotes. */
export function requestOf(parsed: ParsedLine): ViewRequest {
  if (parsed.kind !== 'command') return {};
  if (parsed.command.name === 'ask') return { question: parsed.command.text };
  return parsed.command.name === 'quote' ? { speaker: parsed.command.text } : {};
}

/**
 * Line mode: reads commands one a line and answers each in turn, until end of input or `quit`.
 * `current` is asked per line (for what that line reads, on a server engine), so a corpus
 * update swapped in meanwhile answers the next command.
 * On a terminal it prompts; on a pipe it prints one answer (or JSON object) per command.
 */
export async function runConsole(current: (request: ViewRequest) => Engine | Promise<Engine>, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, opts: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input, output: opts.interactive ? output : undefined, terminal: opts.interactive });
  const write = (s: string) => output.write(`${s}\n`);
  if (opts.banner) write(opts.banner);
  if (opts.interactive) {
    rl.setPrompt('newsdesk> ');
    onCtrlC(rl, write);
    rl.prompt();
  }
  for await (const line of rl) {
    const parsed = parseLine(line);
    if (parsed.kind === 'quit') break;
    const answer = answerParsed(await current(requestOf(parsed)), parsed, opts);
    // Text answers are separated by a blank line; JSON stays one object a line.
    if (answer) write(opts.json ? answer.out : `${answer.out}\n`);
    if (opts.interactive) rl.prompt();
  }
  rl.close();
}

/**
 * Ctrl-C as in a shell: it clears the line being typed; on an empty line it says how to leave,
 * and a second Ctrl-C in a row leaves. (Without a handler readline would close at once, losing
 * the line.)
 */
function onCtrlC(rl: Interface, write: (s: string) => void): void {
  let armed = false;
  rl.on('SIGINT', () => {
    if (rl.line.length > 0) {
      armed = false;
      // readline's own way of abandoning a line (the REPL's): cursor to its end, new line, empty buffer.
      (rl as unknown as { clearLine(): void }).clearLine();
    } else if (armed) {
      write('');
      rl.close();
      return;
    } else {
      armed = true;
      write('\n(To leave, press Ctrl-C again, press Ctrl-D, or type quit)');
    }
    rl.prompt();
  });
  rl.on('line', () => (armed = false));
}
