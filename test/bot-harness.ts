/**
 * Runs the real bot (startBot, a real discord.js Client) in-process against the loopback fake
 * Discord, with the logs captured as parsed JSON lines.
 */
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHandle, type StartOptions } from '../src/bot/start.js';
import { createLogger } from '../src/bot/logger.js';
import { loadConfig } from '../src/config.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine, type Engine } from '../src/engine.js';
import { startFakeDiscord, wouldPing, type FakeDiscord, type FakeDiscordOptions, type InteractionHandle, type RecordedCall } from './fake-discord/index.js';

/** A bot token shaped like a real one; tests assert it never appears in the logs. */
export const TEST_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.test-token.never-logged-xyz';

let seeds: Promise<Engine> | undefined;
/** The engine over seeds/, built once per test file. */
export function seedsEngine(): Promise<Engine> {
  return (seeds ??= loadCorpus('seeds').then(createEngine));
}

export interface TestBot {
  fake: FakeDiscord;
  bot: BotHandle;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Starts another bot process on the same fake (a restart); the old one should be stopped first. */
  restart(opts?: Partial<StartOptions>): Promise<BotHandle>;
  close(): Promise<void>;
}

/** A log stream that parses each JSON line the bot writes into `logs`. */
export function jsonLogSink(logs: Record<string, unknown>[]): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
}

/** Starts the bot on the seeds (or `opts.engine`) against a fresh loopback fake Discord. */
export async function startTestBot(opts: Partial<StartOptions> = {}, fakeOpts: FakeDiscordOptions = {}): Promise<TestBot> {
  const fake = await startFakeDiscord(fakeOpts);
  const logs: Record<string, unknown>[] = [];
  const sink = jsonLogSink(logs);
  const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' });
  const engine = opts.engine ?? (await seedsEngine());
  const launch = () => startBot(config, { engine, logger: createLogger('debug', sink), processHandlers: false, ...opts });
  const handles: BotHandle[] = [];
  const bot = await launch();
  handles.push(bot);
  return {
    fake,
    bot,
    logs,
    async restart(more = {}) {
      const next = await startBot(config, { engine, logger: createLogger('debug', sink), processHandlers: false, ...opts, ...more });
      handles.push(next);
      return next;
    },
    async close() {
      for (const h of handles) await h.stop();
      await fake.close();
    },
  };
}

/**
 * One bot for a whole test file: started before the first test, stopped after the last, and after
 * each test a check that the fake refused nothing the bot sent (limits, deadlines, payload shapes).
 * The bot exists only once the file's tests run; the object returned reads it then.
 */
export function useTestBot(): Pick<TestBot, 'fake' | 'bot' | 'logs'> {
  let t: TestBot | undefined;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.close();
  });
  afterEach(() => {
    expect(t!.fake.problems).toEqual([]);
  });
  return {
    get fake() {
      return t!.fake;
    },
    get bot() {
      return t!.bot;
    },
    get logs() {
      return t!.logs;
    },
  };
}

let userSeq = 0;
/** A fresh user id, so each test has its own cooldown budget. */
export function freshUser(): string {
  userSeq += 1;
  return `15${String(process.pid % 1000).padStart(3, '0')}${String(userSeq).padStart(13, '0')}`;
}

/** The message body a REST call sent: interaction callback data, or the body of an edit / channel post. */
export function sent(call: RecordedCall): Record<string, any> {
  return call.path.endsWith('/callback') ? (call.body?.data ?? {}) : (call.body ?? {});
}

/**
 * The message a user finally sees for an interaction: the callback's data, or after a defer
 * (callback type 5) the edit of @original. `callback` is returned so tests can assert how it was acknowledged.
 */
export async function finalReply(fake: FakeDiscord, h: InteractionHandle): Promise<{ callback: RecordedCall; body: Record<string, any> }> {
  const callback = await fake.waitForCallback(h);
  if (callback.body.type !== 5) return { callback, body: sent(callback) };
  const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${fake.applicationId}/${h.token}/messages/@original`);
  return { callback, body: sent(edit) };
}

/** All text a user would read in a message body: content, embed titles, descriptions, fields, footers. */
export function visibleText(body: Record<string, any>): string {
  const parts: string[] = [body.content ?? ''];
  for (const e of body.embeds ?? []) parts.push(e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text ?? '');
  return parts.join('\n');
}

/** Buttons in a message body, flattened across rows. */
export function buttons(body: Record<string, any>): { style: number; label: string; url?: string; custom_id?: string; disabled?: boolean }[] {
  return (body.components ?? []).flatMap((r: any) => r.components);
}

/** What a user finally sees for an interaction, with every call that answered it and whether it was private. */
export async function userSees(fake: FakeDiscord, h: InteractionHandle): Promise<{ calls: RecordedCall[]; body: Record<string, any>; ephemeral: boolean }> {
  const { callback, body } = await finalReply(fake, h);
  const flags = (callback.body.data?.flags ?? 0) as number;
  return { calls: fake.callsFor(h), body, ephemeral: (flags & 64) !== 0 };
}

/** Asserts a message body can ping nobody: no mention parsing, and nothing in it that would. */
export function expectNoPings(body: Record<string, any>): void {
  expect(body.allowed_mentions).toMatchObject({ parse: [] });
  expect(wouldPing(body)).toEqual([]);
}

/**
 * The checks over everything a test file's bot sent and logged, run after its other tests: every
 * message went with `allowed_mentions: { parse: [] }` and nothing in it would ping; every
 * interaction was logged with its command, latency and outcome, these outcomes among them; the
 * token never appears in the logs. `atLeast` guards against a filter that matches nothing.
 */
export function checkWholeFile(t: Pick<TestBot, 'fake' | 'logs'>, atLeast: { messages: number; interactions: number }, outcomes: readonly string[]): void {
  describe('the whole file', () => {
    it('sent allowed_mentions {parse: []} on every message, and nothing would ping', () => {
      const messages = t.fake.calls.filter(
        (c) => (c.path.endsWith('/callback') && [4, 7].includes(c.body?.type)) || (c.method === 'PATCH' && c.path.includes('/messages/')) || (c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path)),
      );
      expect(messages.length).toBeGreaterThan(atLeast.messages);
      for (const c of messages) {
        expect(sent(c).allowed_mentions, `${c.method} ${c.path}`).toMatchObject({ parse: [] });
        expect(wouldPing(sent(c))).toEqual([]);
      }
    });

    it('logs each interaction with its command, latency and outcome', () => {
      const lines = t.logs.filter((l) => l.msg === 'interaction');
      expect(lines.length).toBeGreaterThan(atLeast.interactions);
      for (const l of lines) {
        expect(l).toEqual(expect.objectContaining({ interaction: expect.any(String), command: expect.any(String), latencyMs: expect.any(Number), outcome: expect.any(String) }));
      }
      const seen = new Set(lines.map((l) => l.outcome));
      for (const o of outcomes) expect(seen).toContain(o);
      expect(JSON.stringify(t.logs)).not.toContain(TEST_TOKEN);
    });
  });
}
