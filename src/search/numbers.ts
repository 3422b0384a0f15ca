/**
 * Number and unit folding, as data: every way a news article writes "100%" becomes the same terms,
 * so '100%', '100 percent', '100 per cent' and 'one hundred per cent' match one another.
 */

// Without a prototype: looked up with words from the text, where 'constructor' is a word too.
const table = <T>(entries: Record<string, T>): Readonly<Record<string, T>> => Object.assign(Object.create(null) as Record<string, T>, entries);

const UNITS = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES = table({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 });

/** Month names and their abbreviations, folded to one term so 'Nov. 1' meets '1 November'. */
export const MONTHS: Readonly<Record<string, string>> = table({
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
});

/** True when the word is part of a spelled-out number ('one', 'hundred', 'twenty'). */
export function isNumberWord(word: string): boolean {
  return word in UNITS || word in TENS || word in SCALES;
}

/**
 * Reads a run of spelled-out number words ('one hundred and five') as a number.
 * 'and' may join parts; returns null when the run is not a number.
 */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'and' && seen) continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** Canonical form of a written number: '10,000' → '10000', '1.50' → '1.5', '007' → '7'. */
export function canonicalNumber(text: string): string {
  const plain = text.replace(/,/g, '');
  const n = Number(plain);
  return Number.isFinite(n) ? String(n) : plain;
}
