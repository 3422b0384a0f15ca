/**
 * The attribution mechanisms of the fourth pass (issue 10), one test each on short articles with
 * made-up names; each fails with its mechanism switched off.
 */
import { afterEach, describe, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs } from './quote-needs.js';

afterEach(() => switchOff([]));

const PEOPLE = 'Adviser Jack Dorsal and Transport Secretary Tom Ferris met Finance Chief Helen Marlow on Monday.\n\n';

describe('attribution mechanisms, fourth pass', () => {
  it('reads a phrase quoted inside a quotation with the same marks as part of it', () => {
    const quote = 'When I arrived he was the "Grand Old Man" and as such he helped me.';
    needs('nested-quotes', quote, 'Tom Ferris', `${PEOPLE}Ferris paid tribute. He said: "${quote}"\n`);
  });
});
