import { editDistance } from '../text/edit-distance.js';
import type { Tok } from './extract.js';
import type { Mention } from './mentions.js';
import { on } from './mechanisms.js';
import { besideSpeechVerb } from './speech-verbs.js';

/** Shortest surname a misprint is matched for, and how many letters may differ (a swap of two counts two). */
export const MISSPELLING = { minLength: 5, maxEdits: (n: number) => (n >= 8 ? 2 : 1) } as const;

/** Is `w` a misprint of the surname `s` ('Hassel' for 'Hassell', 'Barrioneuvo' for 'Barrionuevo')? Same first letter, a letter or two apart. */
export function misprintOf(w: string, s: string): boolean {
  if (w === s || w.length < MISSPELLING.minLength || s.length < MISSPELLING.minLength || w[0] !== s[0]) return false;
  const max = MISSPELLING.maxEdits(Math.min(w.length, s.length));
  return editDistance(w, s, max) <= max;
}

/**
 * The one surname among `surnames` (of people the same article names in full) that the word
 * `w` misprints, or null: 'Brian Hassell says…' … '"…," said Hassel'. Copy misspells a name it
 * has just printed right; no other person of the article may be as close.
 */
export function misprinted<T>(w: string, surnames: ReadonlyMap<string, T>): T | null {
  if (!on('misspelt-surnames')) return null;
  const hits = [...surnames].filter(([s]) => misprintOf(w, s));
  return hits.length === 1 ? hits[0]![1] : null;
}

/** '"…," said Hassel' after 'Brian Hassell': the person a capitalised word beside a speech verb misprints, named in full earlier in the article. */
export function misprintedMention(toks: readonly Tok[], k: number, names: readonly Mention[], p: number): string | null {
  if (!on('misspelt-surnames') || !besideSpeechVerb(toks, k)) return null;
  const surnames = new Map<string, string>();
  for (const m of names) if (m.personId && m.surname && m.j - m.i >= 2 && (m.p < p || (m.p === p && m.i < k))) surnames.set(m.surname, m.personId);
  return misprinted(toks[k]!.low, surnames);
}
