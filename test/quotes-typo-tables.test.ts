/**
 * A misspelt or unknown speaker gets the same answer as before the typo tables (the name words'
 * tries, the speakers by name word): on an invented registry, every resolution by close
 * misspelling and every list of suggestions equals a plain scan of the whole registry written
 * out here, also after the registry changes (a speaker added, counts changed), and the distance
 * from a typed word to every word of a list is the plain edit distance.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, quoteIndexOf, resolveSpeaker, type QuoteIndex, type Speaker } from '../src/quotes/index.js';
import { bySalience, isKnown, prepareNameLookups } from '../src/quotes/lookup.js';
import { identifyingWords } from '../src/quotes/registry.js';
import { nameWords } from '../src/quotes/util.js';
import { editDistance } from '../src/text/edit-distance.js';
import { distancesToEach } from '../src/text/word-trie.js';

/** A small deterministic generator (mulberry32): the same registry every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'os', 'tra', 'jul', 'pel', 'ros', 'an', 'dé', 'ng', 'ix', 'bar', 'sel'];
const FIRST = ['Ana', 'Ben', 'Chen', 'Dmitri', 'Elena', 'Farid', 'Ng', 'Olu', 'Priya', 'Zoë'];

function registry(seed: number, n: number): Speaker[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const word = () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(SYLLABLES)).join('');
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return Array.from({ length: n }, (_, i): Speaker => {
    const surname = cap(word());
    const name = r() < 0.2 ? `${pick(FIRST)} van ${surname}` : `${pick(FIRST)} ${surname}`;
    // Some share a name exactly (ties in salience keep registry order), some are only mentioned, some neither.
    const quotes = r() < 0.3 ? 0 : Math.floor(r() * 4);
    return { id: `s${seed}-${i}`, name, kind: 'person', aliases: r() < 0.3 ? [surname] : [], description: null, quotes, mentions: r() < 0.2 ? 0 : Math.floor(r() * 3) };
  });
}

const index = (speakers: Speaker[]): QuoteIndex => quoteIndexOf([...speakers].sort(bySalience), [], Object.create(null) as Record<string, string[]>);

/** Typos allowed between two name words, as the lookup allows them. */
const allowed = (len: number) => (len <= 3 ? 0 : len <= 5 ? 1 : 2);

/** Resolution by close misspelling, as a plain scan of every name word: the speakers with the fewest typos over all query words. */
function plainTypoIds(qi: QuoteIndex, words: string[]): string[] {
  const cost = new Map<string, number>();
  words.forEach((w, n) => {
    const best = new Map<string, number>();
    for (const nw of Object.keys(qi.nameWords)) {
      const max = allowed(Math.min(w.length, nw.length));
      const d = editDistance(w, nw);
      if (d <= max) for (const id of qi.nameWords[nw]!) best.set(id, Math.min(best.get(id) ?? Infinity, d));
    }
    for (const [id, d] of best) if (n === 0 || cost.has(id)) cost.set(id, (cost.get(id) ?? 0) + d);
    if (n > 0) for (const id of [...cost.keys()]) if (!best.has(id)) cost.delete(id);
  });
  const min = Math.min(...cost.values());
  return [...cost].filter(([, d]) => d === min).map(([id]) => id);
}

/** Suggestions as a plain scan of every known speaker: mean over query words of the closest name word's share of typos, at most a half. */
function plainSuggestions(qi: QuoteIndex, query: string): string[] {
  const words = nameWords(query);
  const share = (w: string, x: string) => (x.length > 2 * w.length ? w.length + 1 : editDistance(w, x)) / Math.max(w.length, x.length);
  const scored = qi.speakers.filter(isKnown).flatMap((s) => {
    const own = (qi.searchNames[s.id] ?? []).flatMap((n) => n.split(' '));
    const d = words.reduce((sum, w) => sum + Math.min(...own.map((x) => share(w, x))), 0) / words.length;
    return d <= 0.5 ? [{ s, d }] : [];
  });
  return scored.sort((a, b) => a.d - b.d || bySalience(a.s, b.s)).slice(0, 5).map((x) => x.s.id);
}

/** Misspellings of every name of the registry: a letter dropped, two swapped, one changed, one added; and names nobody has. */
function misspellings(speakers: Speaker[], seed: number): string[] {
  const r = random(seed);
  const out = ['Qwxz Pfft', 'Ng', 'Zz', 'Olu Ixixixixix', 'a'.repeat(40), `Ana ${'kalo'.repeat(9)}`];
  for (const s of speakers) {
    const n = s.name;
    const i = 1 + Math.floor(r() * (n.length - 2));
    out.push(n.slice(0, i) + n.slice(i + 1), n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2), n.slice(0, i) + 'q' + n.slice(i + 1), n.slice(0, i) + 'e' + n.slice(i), n.split(' ').at(-1)! + 'xq');
  }
  return out;
}

function expectSameAsPlain(qi: QuoteIndex, queries: string[]): number {
  let typos = 0;
  for (const q of queries) {
    const words = nameWords(q);
    const r = findQuotes(qi, q);
    expect(r.suggestions.map((s) => s.id), q).toEqual(r.speaker ? [] : plainSuggestions(qi, q));
    // A query none of whose words is a name word as typed resolves by misspelling alone.
    if (words.every((w) => !qi.nameWords[w] && identifyingWords([w]).length === 1)) {
      typos++;
      const want = plainTypoIds(qi, words).map((id) => qi.speakerById[id]!).sort(bySalience).map((s) => s.id);
      expect(resolveSpeaker(qi, q).candidates.map((s) => s.id), q).toEqual(want);
    }
  }
  return typos;
}

describe('typo tables', () => {
  it('give the same resolutions and suggestions as a plain scan, also after the registry changes', () => {
    const speakers = registry(7, 400);
    const qi = index(speakers);
    prepareNameLookups(qi);
    expect(expectSameAsPlain(qi, misspellings(speakers, 1))).toBeGreaterThan(500);
    // An update: a new speaker, and counts changed (a speaker no longer quoted or mentioned is no suggestion).
    const changed = [...speakers.map((s, i) => (i % 7 === 0 ? { ...s, quotes: 0, mentions: 0 } : i % 5 === 0 ? { ...s, quotes: s.quotes + 3 } : s)), { id: 'new', name: 'Farid Kalomer', kind: 'person' as const, aliases: [], description: null, quotes: 9, mentions: 1 }];
    const next = index(changed);
    expect(resolveSpeaker(next, 'Farid Kalomre').speaker?.id).toBe('new');
    expect(findQuotes(next, 'Farid Kxlqmxr').suggestions.map((s) => s.id)).toContain('new');
    expectSameAsPlain(next, misspellings(changed, 2));
  });

  it('measure every word of a list at its plain edit distance from a typed word', () => {
    const words = ['', 'kalo', 'kalomer', 'kalomervin', 'kal', 'zoë', 'zoe', 'ng', 'anna', 'ana', 'ankalo', 'x'.repeat(40), 'ros', 'kalomer'];
    for (const typed of ['', 'k', 'kalo', 'kolamer', 'zoe', 'nng', 'a'.repeat(32), 'b'.repeat(33), 'x'.repeat(39), 'kalomervinosos']) {
      expect([...distancesToEach(words, typed)], typed).toEqual(words.map((w) => editDistance(typed, w)));
    }
    // Another list is another trie, whatever the first one held.
    const other = words.slice(1, 5).reverse();
    expect([...distancesToEach(other, 'kalo')]).toEqual(other.map((w) => editDistance('kalo', w)));
  });
});
