/**
 * Per-article updates (issue 12): an engine updated in place for an added, changed or removed
 * article holds what a fresh build of the new corpus holds, answers from the new text and no
 * longer from the old, and drops a removed article's quotations.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { createEngine, type Engine } from '../src/engine.js';
import { listSpeakers } from '../src/quotes/index.js';
import { nearSpellings } from '../src/search/index.js';
import { articleChangesFor } from '../src/store/changes.js';
import { fingerprintCorpus, type CorpusFingerprint } from '../src/store/fingerprint.js';
import { corpusFromFingerprint } from '../src/store/open.js';
import { applyArticleChanges } from '../src/store/update.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const NEW_TEXT = 'Ferry Service Returns\n\nThe Qelvorian ferry resumed its crossings on Friday, carrying 212 passengers on the first day, the harbour master said.\n\n"We are back," said Ilse Marrow, the harbour master.\n';
let dir: string;
let fp: CorpusFingerprint;
let engine: Engine;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-update-'));
  await cp(SEEDS, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  fp = await fingerprintCorpus(dir);
  engine = createEngine(corpusFromFingerprint(fp));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Applies the folder's changes since `fp` per article; returns a fresh build of the new state beside it. */
async function update(opts: { rebuildQuotes?: boolean } = {}): Promise<Engine> {
  const next = await fingerprintCorpus(dir);
  const ch = articleChangesFor(engine, fp, next);
  if ('rebuild' in ch) throw new Error(ch.rebuild);
  applyArticleChanges(engine, ch, opts);
  engine.corpus.problems = ch.problems;
  return createEngine(corpusFromFingerprint(next));
}

function expectSameStatistics(a: Engine, b: Engine) {
  expect(new Map(a.search.df)).toEqual(new Map(b.search.df));
  expect(new Map(a.search.termsOf)).toEqual(new Map(b.search.termsOf));
  expect(a.search.names).toEqual(b.search.names);
  expect(new Map(a.search.wordOf)).toEqual(new Map(b.search.wordOf));
  expect(a.search.passageCount).toBe(b.search.passageCount);
  expect(a.search.passages.averageLengths()).toEqual(b.search.passages.averageLengths());
}

/** Top passage ids of questions made from the fresh engine's passages. */
const answers = (e: Engine, from: Engine) =>
  from.corpus.passages.filter((_, i) => i % 5 === 0).map((p) => ask(e, `what about ${p.text.split(/\s+/).slice(0, 8).join(' ')}?`).hits.map((h) => h.passageId));

describe('applyArticleChanges', () => {
  it('answers a changed article from its new text, no longer from its old, as a fresh build does', async () => {
    const first = engine.corpus.articles[0]!;
    const file = first.file;
    // A question its old text answers (wire copies may answer it too: they stay).
    const oldQuestion = engine.corpus.passages
      .filter((p) => p.articleId === first.id)
      .map((p) => `what about ${p.text.split(/\s+/).slice(0, 10).join(' ')}?`)
      .find((q) => ask(engine, q).hits[0]?.source.id === first.id)!;
    const oldHit = ask(engine, oldQuestion).hits[0]!;
    // Names are grouped for near-spellings on first use; the name an update brings is found after it.
    expect(nearSpellings(engine.search, 'marow', 1)).toEqual([]);
    await writeFile(path.join(dir, file), NEW_TEXT);
    const fresh = await update();
    expect(nearSpellings(engine.search, 'marow', 1)).toEqual(nearSpellings(fresh.search, 'marow', 1));
    expect(nearSpellings(engine.search, 'marow', 1)).toHaveLength(1);
    expect(ask(engine, 'When did the Qelvorian ferry resume its crossings?').hits[0]!.snippet).toContain('Friday');
    expect(ask(engine, oldQuestion).hits.some((h) => h.source.id === first.id && h.snippet === oldHit.snippet)).toBe(false);
    expectSameStatistics(engine, fresh);
    expect(answers(engine, fresh)).toEqual(answers(fresh, fresh));
    expect(listSpeakers(engine.quotes).map((s) => s.name)).toContain('Ilse Marrow');
  });

  it('forgets a removed article and its quotations, as a fresh build does', async () => {
    const gone = engine.corpus.articles.find((a) => engine.quotes.quotes.some((q) => q.citations.some((c) => c.sourceId === a.id)))!;
    const question = `what about ${engine.corpus.passages.find((p) => p.articleId === gone.id)!.text.split(/\s+/).slice(0, 10).join(' ')}?`;
    expect(ask(engine, question).hits.some((h) => h.source.id === gone.id)).toBe(true);
    await unlink(path.join(dir, gone.file));
    const fresh = await update({ rebuildQuotes: false });
    expect(ask(engine, question).hits.some((h) => h.source.id === gone.id)).toBe(false);
    expect(engine.quotes.quotes.some((q) => q.citations.some((c) => c.sourceId === gone.id))).toBe(false);
    for (const qs of Object.values(engine.quotes.quotesBySpeaker)) for (const q of qs) expect(q.citations.some((c) => c.sourceId === gone.id)).toBe(false);
    // Quote ids name their first source, so compare what was said and by whom.
    const said = (e: Engine) => e.quotes.quotes.map((q) => `${q.speakerId ?? q.organisationId}: ${q.text}`).sort();
    expect(said(engine)).toEqual(said(fresh));
    expectSameStatistics(engine, fresh);
    expect(answers(engine, fresh)).toEqual(answers(fresh, fresh));
  });

  it('adds an article, and asks for a full rebuild when the manifest changes', async () => {
    await writeFile(path.join(dir, 'zz-new.txt'), NEW_TEXT);
    const fresh = await update();
    expect(ask(engine, 'Qelvorian ferry passengers').hits[0]!.source.id).toBe('zz-new');
    expectSameStatistics(engine, fresh);
    fp = await fingerprintCorpus(dir);
    const m = path.join(dir, 'sources.json');
    await writeFile(m, (await readFile(m, 'utf8')).replace(/"publisher": "[^"]*"/, '"publisher": "Renamed"'));
    expect(articleChangesFor(engine, fp, await fingerprintCorpus(dir))).toMatchObject({ rebuild: expect.stringMatching(/sources\.json changed/) });
  });
});
