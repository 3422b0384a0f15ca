// The bot answering from PostgreSQL (DATABASE_URL), end to end against the loopback fake Discord:
// the same cited answers, pages, Context and quotes as from the in-process engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/bot/logger.js';
import { startBot, type BotHandle } from '../src/bot/start.js';
import { loadConfig } from '../src/config.js';
import { connectPg } from '../src/store/pg/connect.js';
import { syncFolder } from '../src/store/pg/sync.js';
import { buttons, finalReply, freshUser, jsonLogSink, startTestBot, TEST_TOKEN, visibleText, type TestBot } from './bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';
import { freshDatabase, PG_SKIP_REASON } from './pg/database.js';

describe.skipIf(PG_SKIP_REASON !== null)(`the bot on PostgreSQL (skipped when ${PG_SKIP_REASON ?? 'never'})`, () => {
  let fake: FakeDiscord;
  let bot: BotHandle;
  let memory: TestBot;
  let drop: () => Promise<void>;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    const pool = await connectPg(db.url);
    await syncFolder(pool, 'seeds');
    await pool.end();
    fake = await startFakeDiscord();
    const sink = jsonLogSink(logs);
    const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', DATABASE_URL: db.url });
    bot = await startBot(config, { logger: createLogger('debug', sink), processHandlers: false });
    memory = await startTestBot();
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await memory?.close();
    await drop?.();
  });

  /** The reply both bots give to the same slash command. */
  async function both(command: string, options: { name: string; value: string | boolean }[]) {
    const user = freshUser();
    const server = await finalReply(fake, fake.sendSlashCommand(command, options, { userId: user }));
    const local = await finalReply(memory.fake, memory.fake.sendSlashCommand(command, options, { userId: user }));
    return { server: server.body, local: local.body };
  }

  it('logs that it answers from PostgreSQL, with the corpus size', () => {
    expect(logs.find((l) => l.msg === 'answering from PostgreSQL')).toMatchObject({ articles: 5 });
    expect(logs.find((l) => String(l.msg).startsWith('ready as'))).toMatchObject({ articles: 5 });
  });

  it('answers /ask with the same cited snippets as the in-process engine, and pages the same', async () => {
    const { server, local } = await both('ask', [{ name: 'question', value: 'rare earth export controls' }]);
    expect(visibleText(server)).toContain('rare earth');
    expect(server.embeds).toEqual(local.embeds);
    const context = buttons(server).find((b) => b.label === 'Context');
    expect(context, 'a Context button').toBeDefined();
    const shown = await fake.waitForCallback(fake.sendButton(context!.custom_id!, undefined, { userId: freshUser() }));
    expect(visibleText(shown.body.data)).toContain('rare earth');
    const more = buttons(server).find((b) => b.label.startsWith('More results'))!;
    const page2 = await fake.waitForCallback(fake.sendButton(more.custom_id!, undefined, { userId: freshUser() }));
    expect(page2.body.data.embeds[0].footer.text).toMatch(/^Results 4–/);
  });

  it('quotes a speaker as the in-process engine does, and says plainly when nothing answers', async () => {
    const quote = await both('quote', [{ name: 'speaker', value: 'Scott Bessent' }]);
    expect(quote.server.embeds).toEqual(quote.local.embeds);
    expect(visibleText(quote.server)).toContain('Bessent');
    const none = await both('ask', [{ name: 'question', value: 'How do I bake sourdough bread?' }]);
    expect(none.server.content).toContain('I found nothing in the articles');
  });

  it('answers a mention from PostgreSQL', async () => {
    const m = fake.sendMessage({ content: `<@${fake.botUser.id}> who led the chinese delegation?`, mentions: [fake.botUser], authorId: freshUser() });
    const reply = await fake.waitForCall((c) => c.body?.message_reference?.message_id === m.id);
    expect(reply.body.embeds[0].description).toContain('He Lifeng');
  });
});
