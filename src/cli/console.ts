import { createInterface } from 'node:readline';
import type { Engine } from '../engine.js';
import { errorJson } from '../render/json.js';
import { payloadToText } from '../render/text.js';
import { parseLine, type ParsedLine } from './parse.js';
import { runCommand } from './run.js';

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
    return { out: opts.json ? JSON.stringify(result.json) : payloadToText(result.payload, { ansi: opts.ansi }), ok: true };
  } catch (err) {
    const message = `internal error: ${(err as Error).message}`;
    return { out: opts.json ? JSON.stringify(errorJson(parsed.command.name, message)) : `Error: ${message}`, ok: false };
  }
}

/**
 * Line mode: reads commands one a line and answers each in turn, until end of input or `quit`.
 * `current` is read per line, so a corpus update swapped in meanwhile answers the next command.
 * On a terminal it prompts; on a pipe it prints one answer (or JSON object) per command.
 */
export async function runConsole(current: () => Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, opts: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input, output: opts.interactive ? output : undefined, terminal: opts.interactive });
  const write = (s: string) => output.write(`${s}\n`);
  if (opts.banner) write(opts.banner);
  if (opts.interactive) {
    rl.setPrompt('newsdesk> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const parsed = parseLine(line);
    if (parsed.kind === 'quit') break;
    const answer = answerParsed(current(), parsed, opts);
    // Text answers are separated by a blank line; JSON stays one object a line.
    if (answer) write(opts.json ? answer.out : `${answer.out}\n`);
    if (opts.interactive) rl.prompt();
  }
  rl.close();
}
