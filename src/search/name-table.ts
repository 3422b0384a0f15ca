import { distancesFrom } from '../text/edit-distance.js';

/** An index's names by the length of the word each is written as, each with its place in the names' order. */
type NameTable = Map<number, { at: number[]; terms: string[]; words: string[] }>;

// One table per set of names. A server view's names are a new set after every update; the
// in-process index changes its set in place and counts each change in `version`.
const tables = new WeakMap<ReadonlySet<string>, { version: number | undefined; table: NameTable }>();

function tableOf(names: ReadonlySet<string>, wordOf: ReadonlyMap<string, string>, version: number | undefined): NameTable {
  const held = tables.get(names);
  if (held && held.version === version) return held.table;
  const table: NameTable = new Map();
  let at = 0;
  for (const t of names) {
    const w = wordOf.get(t) ?? t;
    let bucket = table.get(w.length);
    if (!bucket) table.set(w.length, (bucket = { at: [], terms: [], words: [] }));
    bucket.at.push(at++);
    bucket.terms.push(t);
    bucket.words.push(w);
  }
  tables.set(names, { version, table });
  return table;
}

/**
 * The names (terms) whose written word is within `maxDistance` edits of `word` (lower case), in
 * the names' own order. Only names of a length within reach are compared: a misspelt word is
 * typed question after question, and there are tens of thousands of names.
 */
export function namesNear(names: ReadonlySet<string>, wordOf: ReadonlyMap<string, string>, version: number | undefined, word: string, maxDistance: number): string[] {
  const table = tableOf(names, wordOf, version);
  // One bit-parallel step per letter of each name instead of a table of letter pairs.
  const distance = distancesFrom(word);
  const found: [number, string][] = [];
  for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
    const bucket = table.get(length);
    if (!bucket) continue;
    for (let i = 0; i < bucket.words.length; i++) if (distance(bucket.words[i]!) <= maxDistance) found.push([bucket.at[i]!, bucket.terms[i]!]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}
