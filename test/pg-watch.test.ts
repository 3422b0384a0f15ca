// The bot on PostgreSQL follows its corpus folder: an article file edited while it runs is
// answered from, updated, as on the in-process engine (how soon is the benchmark's to measure).
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/bot/logger.js';
import { startBot, type BotHandle } from '../src/bot/start.js';
import { loadConfig } from '../src/config.js';
import { connectPg } from '../src/store/pg/connect.js';
import { syncFolder } from '../src/store/pg/sync.js';
import { finalReply, freshUser, jsonLogSink, TEST_TOKEN, visibleText } from './bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';
import { freshDatabase, PG_SKIP_REASON } from './pg/database.js';

describe.skipIf(PG_SKIP_REASON !== null)(`the bot on PostgreSQL watching its corpus folder (skipped when ${PG_SKIP_REASON ?? 'never'})`, () => {
  let fake: FakeDiscord;
  let bot: BotHandle;
  let dir: string;
  let drop: () => Promise<void>;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-pg-watch-'));
    await cp('seeds', dir, { recursive: true });
    const db = await freshDatabase();
    drop = db.drop;
    const pool = await connectPg(db.url);
    await syncFolder(pool, dir);
    await pool.end();
    fake = await startFakeDiscord();
    const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, DATABASE_URL: db.url, CORPUS_DIR: dir });
    bot = await startBot(config, { logger: createLogger('info', jsonLogSink(logs)), processHandlers: false });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  const ask = async (question: string) => visibleText((await finalReply(fake, fake.sendSlashCommand('ask', [{ name: 'question', value: question }], { userId: freshUser() }))).body);

  it('answers from an article file edited while it runs', async () => {
    const q = 'who chairs the harbour pilots guild';
    expect(await ask(q)).not.toContain('Quillfeather');
    const file = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()[0]!;
    const started = Date.now();
    await appendFile(path.join(dir, file), '\n\nThe harbour pilots guild elected Marguerite Quillfeather as its chair on Tuesday.\n');
    for (;;) {
      if ((await ask(q)).includes('Quillfeather')) break;
      expect(Date.now() - started, 'the edit is served at all').toBeLessThan(15_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The engine's background poll may serve the change before the watcher has written its log line.
    for (let i = 0; i < 50 && !logs.some((l) => String(l.msg).startsWith('corpus updated')); i++) await new Promise((r) => setTimeout(r, 100));
    expect(logs.find((l) => String(l.msg).startsWith('corpus updated'))).toMatchObject({ files: [file] });
  }, 30_000);
});
