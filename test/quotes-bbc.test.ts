/**
 * The quote index on the real BBC archive (../shared/corpora/bbc, 2,225 articles), built once for
 * the file: every citation prints the words it is cited for, the top of the speaker registry is
 * people (checked against test/eval/speakers-bbc.json, labelled by hand), and autocomplete offers
 * them with their role.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { speakerChoice } from '../commands/quote.js';
import { bbcIndex, readRegistryLabels, registryAudit, unprintedCitations } from '../src/cli/eval/quotes.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { buildQuoteIndex, suggestSpeakers, type QuoteIndex } from '../src/quotes/index.js';

let bbc: { corpus: Corpus; qi: QuoteIndex };
beforeAll(async () => {
  bbc = await bbcIndex();
}, 120_000);

describe('citations on the BBC archive and the seeds', () => {
  it('cites every outlet only beside words that article prints (quote marks and spacing folded)', async () => {
    const seeds = await loadCorpus(fileURLToPath(new URL('../seeds/', import.meta.url)));
    for (const [corpus, qi] of [
      [bbc.corpus, bbc.qi],
      [seeds, buildQuoteIndex(seeds)],
    ] as const) {
      const { total, bad } = unprintedCitations(corpus, qi);
      expect(total).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    }
  });
});

describe('the speaker registry of the BBC archive', () => {
  it('lists only people and named organisations in its top 100, every one of them labelled by hand', async () => {
    const { bad, unlabelled } = registryAudit(bbc.qi, await readRegistryLabels());
    expect(bad).toEqual([]);
    expect(unlabelled).toEqual([]);
  });

  it('keeps organisations apart from people', async () => {
    const labels = await readRegistryLabels();
    for (const s of bbc.qi.speakers.slice(0, 100)) {
      if (labels.organisations.includes(s.name)) expect(s.kind, s.name).toBe('organisation');
      if (labels.people.includes(s.name)) expect(s.kind, s.name).toBe('person');
    }
  });

  it('merges a person’s full name, surname and courtesy title within an article', () => {
    const blair = bbc.qi.speakers.find((s) => s.name === 'Tony Blair')!;
    expect(blair.aliases).toContain('Blair');
    expect(blair.description).toBe('Prime Minister');
    expect(bbc.qi.speakers.filter((s) => s.name === 'Blair')).toEqual([]);
  });
});

describe('autocomplete on the BBC archive', () => {
  it('offers people with their role, and an organisation as one', () => {
    expect(suggestSpeakers(bbc.qi, 'blai').map(speakerChoice)[0]!.name).toMatch(/^Tony Blair — Prime Minister \(\d+ quotes\)$/);
    expect(suggestSpeakers(bbc.qi, 'wenger').map(speakerChoice)[0]!.name).toMatch(/^Arsene Wenger — Arsenal boss \(\d+ quotes\)$/);
    expect(suggestSpeakers(bbc.qi, 'home off').map(speakerChoice)[0]!.name).toMatch(/^Home Office — organisation \(\d+ quotes\)$/);
  });

  it('offers no team, country or party when nothing is typed', () => {
    const offered = suggestSpeakers(bbc.qi, '').map((s) => s.name);
    expect(offered).toHaveLength(25);
    for (const name of ['England', 'Manchester United', 'The Tories', 'Lib Dem']) expect(offered).not.toContain(name);
  });
});
