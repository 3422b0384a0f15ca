// Same answers on both engines: the in-process engine (MiniSearch) and the PostgreSQL engine,
// over the seeds and the BBC archive, for every question of the blind eval sets.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { askSetFile, EVAL_CORPORA, loadAskSet, REPO_ROOT } from '../src/cli/eval/sets.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { connectPg } from '../src/store/pg/connect.js';
import { openPgEngine } from '../src/store/pg/engine.js';
import { syncFolder } from '../src/store/pg/sync.js';
import { freshDatabase, PG_SKIP_REASON } from './pg/database.js';

/** Share of questions that must get the same top three passages from both engines. */
const PARITY = 0.95;

async function questionsOf(name: string): Promise<string[]> {
  const sets = await Promise.all((['dev', 'test'] as const).map((split) => loadAskSet(askSetFile(name, split))));
  return sets.flatMap((s) => [...s.answerable.map((a) => a.q), ...s.unanswerable.map((u) => u.q)]);
}

const top3 = (r: { noAnswer: boolean; hits: { passageId: string }[] }) => (r.noAnswer ? 'no answer' : r.hits.slice(0, 3).map((h) => h.passageId).join(' | '));

describe.skipIf(PG_SKIP_REASON !== null)(`parity of the two engines (skipped when ${PG_SKIP_REASON ?? 'never'})`, () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of drops) await d();
  });

  for (const name of ['seeds', 'bbc']) {
    it(`gives the same top 3 for at least ${PARITY * 100}% of the ${name} questions`, async () => {
      const dir = path.join(REPO_ROOT, EVAL_CORPORA[name]!);
      const db = await freshDatabase();
      drops.push(db.drop);
      const pool = await connectPg(db.url);
      await syncFolder(pool, dir);
      await pool.end();
      const server = await openPgEngine(db.url);
      const memory = createEngine(await loadCorpus(dir));
      const questions = await questionsOf(name);
      const differ: string[] = [];
      for (const q of questions) {
        const [a, b] = [top3(ask(memory, q)), top3(ask(await server.view({ question: q }), q))];
        if (a !== b) differ.push(`${q}\n    in process: ${a}\n    PostgreSQL: ${b}`);
      }
      await server.close();
      const share = 1 - differ.length / questions.length;
      console.log(`parity ${name}: ${questions.length - differ.length}/${questions.length} questions (${(share * 100).toFixed(1)}%) have the same top 3 on both engines${differ.length ? `\n  ${differ.join('\n  ')}` : ''}`);
      expect(questions.length).toBeGreaterThan(50);
      expect(share).toBeGreaterThanOrEqual(PARITY);
    }, 240_000);
  }
});
