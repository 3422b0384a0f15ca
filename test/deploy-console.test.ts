/**
 * Issue 11, the console as a person uses it: Ctrl-C, help in the console's own syntax, paging
 * hints, Discord's `speaker:` syntax, lines that merely start with a command word (row 15); and
 * nothing it prints can drive the terminal (row 5, at print).
 */
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblems } from '../src/cli/boot.js';
import { answerLine, runConsole } from '../src/cli/console.js';
import { parseLine } from '../src/cli/parse.js';
import { forTerminal } from '../src/cli/terminal.js';
import type { Engine } from '../src/engine.js';
import { renderNotice } from '../src/render/discord.js';
import { seedsEngine } from './bot-harness.js';

let engine: Engine;
beforeAll(async () => {
  engine = await seedsEngine();
});
const say = (line: string) => answerLine(engine, line, { json: false, ansi: false })!.out;

describe('row 15: Ctrl-C at the prompt', () => {
  it('clears the line being typed instead of leaving; twice on an empty line leaves', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d: Buffer) => (shown += d.toString()));
    const done = runConsole(() => engine, input, output, { json: false, ansi: false, interactive: true });
    let finished = false;
    void done.then(() => (finished = true));
    const until = (ok: () => boolean) => expect.poll(ok, { timeout: 5000, interval: 10 }).toBe(true);

    input.write('who led the chinese dele');
    input.write('\x03');
    input.write('sources\r');
    await until(() => shown.includes('## Sources: 5 articles'));
    // The abandoned words were not glued to the next line.
    expect(shown).not.toContain('## who led');
    expect(finished).toBe(false);

    input.write('\x03');
    await until(() => shown.includes('press Ctrl-C again'));
    expect(finished).toBe(false);
    input.write('\x03');
    await done;
  });
});

describe('row 15: help, paging and syntax', () => {
  it('help shows the console syntax and how to page, not the slash commands', () => {
    const help = say('help');
    expect(help).toContain('quote <speaker> [--about <topic>]');
    expect(help).toContain('--page 2');
    expect(help).toContain('Ctrl-C');
    expect(help).not.toMatch(/\/quote|\/ask|`/);
  });

  it('accepts the speaker: and about: syntax Discord uses', () => {
    expect(parseLine('quote speaker:Li Chenggang about:rare earths')).toEqual({ kind: 'command', command: { name: 'quote', text: 'Li Chenggang', about: 'rare earths' } });
    expect(parseLine('/ask question: who led the talks?')).toEqual({ kind: 'command', command: { name: 'ask', text: 'who led the talks?' } });
    expect(say('quote speaker:Li Chenggang')).toBe(say('quote Li Chenggang'));
    expect(say('quote speaker:Li Chenggang')).toContain('## Li Chenggang');
  });

  it('takes a line that only starts with a command word for a question', () => {
    expect(parseLine('help me find who led the Chinese delegation')).toMatchObject({ command: { name: 'ask', text: 'help me find who led the Chinese delegation' } });
    expect(parseLine('sources say the talks went well?')).toMatchObject({ command: { name: 'ask' } });
    expect(parseLine('sources --page 2')).toEqual({ kind: 'command', command: { name: 'sources', text: '', page: 2 } });
    expect(parseLine('help')).toMatchObject({ command: { name: 'help' } });
  });

  it('says how to see the next page, and that line shows it', () => {
    const q = 'what did Bessent say about the 100% tariffs?';
    const first = say(`ask ${q}`);
    const hint = /More: (ask .* --page 2)$/.exec(first);
    expect(hint?.[1]).toBe(`ask ${q} --page 2`);
    const second = say(hint![1]!);
    expect(second).toMatch(/_Results 4–\d+ of \d+/);
  });
});

describe('row 5: nothing printed can drive the terminal', () => {
  it('strips escape sequences from what a question or a reply carries', () => {
    const out = say('ask \x1b]0;owned\x07who led the \x1b[2JChinese delegation?\x9b31m');
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(out).toContain('He Lifeng');
    const payload = forTerminal(renderNotice('Title \x1b[31mred\x1b[0m and \u202eevil'));
    expect(payload.content).toBe('Title red and evil');
  });

  it('strips them from file names in warnings', () => {
    expect(describeProblems([{ file: 'x\x1b[2J\x1b]0;t\x07.txt', message: 'x\x1b[2J.txt is empty' }])).toBe('warning: x.txt: x.txt is empty');
  });
});
