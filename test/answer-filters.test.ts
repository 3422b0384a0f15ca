import { describe, expect, it } from 'vitest';
import { askWithin } from '../src/answer/filtered.js';
import { articleMatches, matchOutlets, NO_FILTER, parseDateRange, parseFilter } from '../src/answer/filters.js';
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/engine.js';
import { parseLine } from '../src/cli/parse.js';
import { runCommand } from '../src/cli/run.js';
import { payloadToText } from '../src/render/text.js';

const TODAY = '2025-11-05';
const publishers = ['Anadolu Agency', 'Newsmax', 'newsknocking.com', 'News Knocking Weekly'];

describe('date phrases', () => {
  it('reads days, months, years and relative spans, counting back from the given today', () => {
    expect(parseDateRange('2025-10-26', TODAY)).toEqual({ start: '2025-10-26', end: '2025-10-26' });
    expect(parseDateRange('2025-02', TODAY)).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(parseDateRange('2024', TODAY)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(parseDateRange('Last  Week', TODAY)).toEqual({ start: '2025-10-29', end: TODAY });
    expect(parseDateRange('past 3 days', TODAY)).toEqual({ start: '2025-11-02', end: TODAY });
    expect(parseDateRange('yesterday', TODAY)).toEqual({ start: '2025-11-04', end: '2025-11-04' });
  });

  it('refuses what is not a date, including impossible days', () => {
    for (const bad of ['2025-02-30', '2025-13', 'soon', '26/10/2025', '', 'constructor', '__proto__']) expect(parseDateRange(bad, TODAY)).toBeNull();
  });

  it('takes the first day of a since phrase and the last of an until phrase, and names the bad option', () => {
    expect(parseFilter({ since: '2025-10', until: '2025-10' }, { today: TODAY, publishers })).toEqual({ filter: { since: '2025-10-01', until: '2025-10-31', outlets: null } });
    expect(parseFilter({ until: 'tomorrowish' }, { today: TODAY, publishers })).toEqual({ error: expect.stringMatching(/^until: “tomorrowish” is not a date/) });
    expect(parseFilter({ since: '2025-11', until: '2025-10' }, { today: TODAY, publishers })).toEqual({ error: expect.stringContaining('since (2025-11-01) is after until (2025-10-31)') });
  });
});

describe('outlet matching', () => {
  it('matches an outlet whatever its case, spacing or domain ending; an exact name wins over names containing it', () => {
    expect(matchOutlets('anadolu', publishers)).toEqual(['Anadolu Agency']);
    expect(matchOutlets('NEWSMAX', publishers)).toEqual(['Newsmax']);
    expect(matchOutlets('News Knocking', publishers)).toEqual(['newsknocking.com']);
    expect(matchOutlets('knocking', publishers)).toEqual(['newsknocking.com', 'News Knocking Weekly']);
    expect(matchOutlets('Reuters', publishers)).toEqual([]);
  });

  it('names an unknown outlet in the error', () => {
    expect(parseFilter({ source: 'Reuters' }, { today: TODAY, publishers })).toEqual({ error: expect.stringContaining('source: no outlet called “Reuters”') });
  });
});

describe('undated articles', () => {
  const f = { since: '2025-10-01', until: null, outlets: null };
  it('are left out by a date limit but kept without one', () => {
    expect(articleMatches({ published: null, publisher: 'Newsmax' }, f)).toBe(false);
    expect(articleMatches({ published: '2025-10-26', publisher: 'Newsmax' }, f)).toBe(true);
    expect(articleMatches({ published: '2025-09-30', publisher: 'Newsmax' }, f)).toBe(false);
    expect(articleMatches({ published: null, publisher: 'Newsmax' }, NO_FILTER)).toBe(true);
  });

  const FACT = 'The harbour ferry returned to service on Monday after eleven weeks of repairs to its engines.';
  const engine = createEngine(
    buildCorpus(
      [
        { file: 'dated.txt', content: `Ferry back in service after repairs\n${FACT}` },
        { file: 'undated.txt', content: `Commuters welcome the harbour ferry\n${FACT} Commuters cheered.` },
      ],
      JSON.stringify({ sources: [{ file: 'dated.txt', publisher: 'Harbour Times', published: '2025-10-20' }, { file: 'undated.txt', publisher: 'Bay News' }] }),
    ),
  );
  const Q = 'when did the harbour ferry return to service?';

  it('keep answers from matching articles only, and say when the filter hid every answer, counting the undated ones', () => {
    const kept = askWithin(engine, Q, { since: '2025-10-01', until: null, outlets: null });
    expect(kept.hidden).toBeNull();
    expect(kept.result.hits.map((h) => h.source.publisher)).toEqual(['Harbour Times']);
    expect(kept.result.hits[0]!.alsoIn).toEqual([]);
    const none = askWithin(engine, Q, { since: '2025-10-21', until: null, outlets: null });
    expect(none.result.hits).toEqual([]);
    expect(none.hidden).toMatchObject({ undated: 1, filter: 'published since 2025-10-21' });
  });

  it('work from the CLI flags, with the reply saying what was hidden', () => {
    const parsed = parseLine(`ask ${Q} --since 2025-10-21`);
    expect(parsed).toMatchObject({ kind: 'command', command: { text: Q, filter: { since: '2025-10-21' } } });
    if (parsed.kind !== 'command') throw new Error('not a command');
    const out = runCommand(engine, parsed.command);
    if ('error' in out) throw new Error(out.error);
    expect(payloadToText(out.payload)).toMatch(/none published since 2025-10-21\. Articles without a date are left out .*\(1 undated article here\)/);
    const bySource = runCommand(engine, { name: 'ask', text: Q, filter: { source: 'bay news' } });
    if ('error' in bySource) throw new Error(bySource.error);
    expect(payloadToText(bySource.payload)).toContain('— Bay News');
    expect(runCommand(engine, { name: 'ask', text: Q, filter: { since: 'someday' } })).toEqual({ error: expect.stringContaining('--since: “someday”') });
  });

  it('parse "last week" unquoted on a console line', () => {
    expect(parseLine('quote Ana Ruiz --since last week --source "Bay News"')).toMatchObject({ command: { name: 'quote', text: 'Ana Ruiz', filter: { since: 'last week', source: 'Bay News' } } });
  });
});
