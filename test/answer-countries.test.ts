// A country typed as chat types it: 'us' without capitals, or its nationality ('chinese') where
// the article names the country ('China'). Every article is invented.
import { describe, expect, it } from 'vitest';
import { engineOf, filler } from './invented-corpus.js';
import { ask } from '../src/answer/ask.js';
import { withParams } from '../src/answer/params.js';
import { analyze } from '../src/search/analyze.js';

describe("a lower-case 'us'", () => {
  const e = engineOf({
    'jobs.txt': `Jobless Rate Falls\nThe US jobless rate fell to 5.2% in January, its lowest since September 2001.\n${filler}`,
    'rate.txt': `Jobless Rate Rises\nThe jobless rate in the region rose to 9.1% in January, after the mill closed.\n${filler}`,
  });

  it('is the country where no verb or preposition takes it', () => {
    const r = ask(e, 'us jobless rate in january');
    expect(r.hits[0]!.snippet).toContain('5.2%');
    // Read as the pronoun, the question holds nothing that tells the two articles apart.
    expect(ask(e, 'us jobless rate in january', withParams({ caselessCountries: 0 })).hits[0]?.snippet ?? '').not.toContain('5.2%');
  });

  it("stays the pronoun after 'tell' or 'for', and in article text", () => {
    const terms = (q: string) => analyze(q, 'query', { caselessUs: true });
    expect(terms('tell us the jobless rate')).not.toContain('us');
    expect(terms('what does the rise mean for us')).not.toContain('us');
    expect(analyze('The mill told us it would close.')).not.toContain('us');
  });
});

describe('a nationality', () => {
  const e = engineOf({
    'china.txt': `Exports Surge\nSteel exports from China rose by 28% last year, the customs office said.\n${filler}`,
    'steel.txt': `Steel Exports\nSteel exports from the northern ports rose by 3% last year, the steel ministry said.\n${filler}`,
    // The corpus writes 'Chinese' with a capital, as it writes names.
    'parade.txt': `Parade\nThe Chinese New Year parade drew large crowds to the harbour.\n${filler}`,
  });

  it("is matched by its country's name ('chinese' by 'China')", () => {
    expect(ask(e, 'how much did chinese steel exports rise last year').hits[0]!.snippet).toContain('28%');
    expect(ask(e, 'how much did chinese steel exports rise last year', withParams({ relatedNationalities: 0 })).hits[0]?.snippet ?? '').not.toContain('28%');
  });
});
