import { FUNCTION_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../text/lexicon.js';
import { partyIds, postHolders } from './lookup-posts.js';
import { fold } from '../text/fold.js';
import { editDistance } from '../text/edit-distance.js';
import { distancesToEach, wordTrieOf } from '../text/word-trie.js';
import { nameWords } from './util.js';
import type { QuoteIndex, Speaker } from './types.js';

/** How a typed name resolved: the speaker picked, everyone it could have meant, and near misses. */
export interface Resolution {
  speaker: Speaker | null;
  /** Every speaker the query fits equally well (more than one: the name is ambiguous). */
  candidates: Speaker[];
}

const own = <T>(r: Record<string, T>, k: string): T | undefined => (Object.hasOwn(r, k) ? r[k] : undefined);

/** Speakers worth offering: quoted or mentioned by name at least once. */
export function isKnown(s: Speaker): boolean {
  return s.quotes > 0 || s.mentions > 0;
}

/** Most quoted first, then most mentioned, then by name: the order a reader expects. */
export function bySalience(a: Speaker, b: Speaker): number {
  return b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name);
}

/** Typos allowed in a name word of this length: none for short words ('Ng' is not 'Ong'). */
function allowedTypos(len: number): number {
  return len <= 3 ? 0 : len <= 5 ? 1 : 2;
}

/**
 * The words of a query that name someone: titles and courtesy words ('Finance Minister', 'Mr')
 * are dropped unless they are part of a known name.
 */
function queryWords(qi: QuoteIndex, query: string): string[] {
  const all = nameWords(query);
  const kept = all.filter((w) => own(qi.nameWords, w) || !(TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w) || FUNCTION_WORDS.has(w) || w.length === 1 || w === 'us' || w === 'uk'));
  return kept.length > 0 ? kept : all;
}

/**
 * Resolves a typed name to a speaker, case- and accent-insensitively: by full name or alias, by
 * every word of it (surname alone included), then allowing close misspellings. When several
 * people fit, the one with the most quotations is picked and the rest are returned as candidates.
 */
export function resolveSpeaker(qi: QuoteIndex, query: string): Resolution {
  // A request resolves the same name twice (a server engine's view, then the lookup): the typo scan once.
  if (lastResolved?.speakers === qi.speakers && lastResolved.query === query) return lastResolved.resolution;
  const resolution = resolveAfresh(qi, query);
  lastResolved = { speakers: qi.speakers, query, resolution };
  return resolution;
}

let lastResolved: { speakers: readonly Speaker[]; query: string; resolution: Resolution } | null = null;

function resolveAfresh(qi: QuoteIndex, query: string): Resolution {
  const words = queryWords(qi, query);
  if (words.length === 0) return { speaker: null, candidates: [] };
  // 'the prime minister', 'chancellor': a post is whoever the articles mostly give it to.
  let ids = postHolders(qi, query);
  // A lone word ('Okafor') may be several people's surname even if the articles only ever used it for one.
  if (ids.length === 0) ids = words.length > 1 ? (own(qi.names, words.join(' ')) ?? []) : [];
  if (ids.length === 0) {
    // Every query word is a word of the speaker's name.
    let common: string[] | null = null;
    for (const w of words) {
      const here = new Set<string>(own(qi.nameWords, w) ?? []);
      common = common === null ? [...here] : common.filter((id) => here.has(id));
    }
    ids = common ?? [];
  }
  // 'Tories', 'the Lib Dems': a party's nickname or adjective is the party, before any near spelling ('Torres').
  if (ids.length === 0) ids = partyIds(qi, words);
  if (ids.length === 0) {
    // Close misspellings: each query word within a few typos of a name word; fewest typos win.
    const cost = new Map<string, number>();
    words.forEach((w, n) => {
      const best = new Map<string, number>();
      const list = nameWordList(qi);
      // Every name word's distance in one walk of their trie (the table's words begin with the list), then each pair's allowance.
      const dist = distancesOf(qi, w);
      // No pair's allowance exceeds the query word's own: most words are out on that alone.
      const most = allowedTypos(w.length);
      for (let k = 0; k < list.length; k++) {
        const d = dist[k]!;
        if (d > most || d > allowedTypos(Math.min(w.length, list[k]!.length))) continue;
        for (const id of qi.nameWords[list[k]!]!) best.set(id, Math.min(best.get(id) ?? Infinity, d));
      }
      for (const [id, d] of best) if (n === 0 || cost.has(id)) cost.set(id, (cost.get(id) ?? 0) + d);
      if (n > 0) for (const id of [...cost.keys()]) if (!best.has(id)) cost.delete(id);
    });
    const min = Math.min(...cost.values());
    ids = [...cost].filter(([, d]) => d === min).map(([id]) => id);
  }
  const candidates = ids.map((id) => own(qi.speakerById, id)).filter((s): s is Speaker => s !== undefined).sort(bySalience);
  return { speaker: candidates[0] ?? null, candidates };
}

/** How well a typed fragment fits a speaker's names: whole-name prefix beats word prefix beats substring. */
function fitScore(names: readonly string[], frag: string): number {
  let best = 0;
  for (const n of names) {
    if (n.startsWith(frag)) return 3;
    if (n.includes(` ${frag}`)) best = 2;
    else if (best === 0 && n.includes(frag)) best = 1;
  }
  return best;
}

/**
 * Speakers whose name or alias fits what has been typed so far, best first (Discord autocomplete:
 * at most 25, fast). Empty fragment: the most quoted. Substring matching is one pass of cheap string tests; typo matching runs only when
 * that finds too few, and only over the distinct name words.
 */
export function suggestSpeakers(qi: QuoteIndex, fragment: string, limit = 25): Speaker[] {
  const n = Math.max(0, Math.min(limit, 25));
  const frag = fold(fragment).replace(/\s+/g, ' ').trim();
  if (!frag) return qi.speakers.filter(isKnown).slice(0, n);
  const scored: { s: Speaker; score: number }[] = [];
  for (const s of qi.speakers) {
    if (!isKnown(s)) continue;
    const score = fitScore(own(qi.searchNames, s.id) ?? [], frag);
    if (score > 0) scored.push({ s, score });
  }
  if (scored.length < n && frag.length >= 4 && !frag.includes(' ')) {
    const seen = new Set(scored.map((x) => x.s.id));
    const max = allowedTypos(frag.length);
    for (const w of nameWordList(qi)) {
      // A typo in the whole word, or in the part of it typed so far.
      if (editDistance(frag, w, max) > max && editDistance(frag, w.slice(0, frag.length), max) > max) continue;
      for (const id of qi.nameWords[w]!) {
        const s = own(qi.speakerById, id);
        if (s && isKnown(s) && !seen.has(id)) {
          seen.add(id);
          scored.push({ s, score: 0.5 });
        }
      }
    }
  }
  return scored.sort((a, b) => b.score - a.score || bySalience(a.s, b.s)).slice(0, n).map((x) => x.s);
}

/**
 * Builds now what typo lookups otherwise build on first use (the trie of the name words, the
 * speakers by name word, 20-60 ms at 30,000 speakers): a server engine calls it after ready, so
 * no request waits for them.
 */
export function prepareNameLookups(qi: QuoteIndex): void {
  wordTrieOf(nameWordTable(qi).words);
}

const nameWordLists = new WeakMap<Record<string, string[]>, string[]>();

/** The registry's name words (the keys of `nameWords`, in their order), listed once rather than per lookup. */
function nameWordList(qi: QuoteIndex): string[] {
  let list = nameWordLists.get(qi.nameWords);
  if (!list) nameWordLists.set(qi.nameWords, (list = Object.keys(qi.nameWords)));
  return list;
}

/** Each known speaker with the words of its names as numbers into one list of distinct name words, per registry (its speaker list). */
interface NameWordTable {
  /** The registry's name words (nameWordList, in its order), then the other words of known speakers' names ('van', 'da'). */
  words: string[];
  speakers: [Speaker, Int32Array][];
  /** Per name word k, the places in `speakers` of those holding it, ascending: `holders[holderAt[k] .. holderAt[k + 1])`. */
  holderAt: Int32Array;
  holders: Int32Array;
}

/** Each name word's speakers (places in the table), in table order: the word lists turned inside out. */
function holdersOf(words: number, speakers: readonly [Speaker, Int32Array][]): Pick<NameWordTable, 'holderAt' | 'holders'> {
  const holderAt = new Int32Array(words + 1);
  for (const [, sw] of speakers) for (const k of new Set(sw)) holderAt[k + 1]!++;
  for (let k = 0; k < words; k++) holderAt[k + 1]! += holderAt[k]!;
  const fill = holderAt.slice(0, words);
  const holders = new Int32Array(holderAt[words]!);
  speakers.forEach(([, sw], at) => {
    for (const k of new Set(sw)) holders[fill[k]!++] = at;
  });
  return { holderAt, holders };
}

const nameWordTables = new WeakMap<readonly Speaker[], NameWordTable>();

function nameWordTable(qi: QuoteIndex): NameWordTable {
  let table = nameWordTables.get(qi.speakers);
  if (!table) {
    const ids = new Map<string, number>(nameWordList(qi).map((w, k) => [w, k]));
    const idOf = (w: string) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1);
    const speakers = qi.speakers.filter(isKnown).map((s): [Speaker, Int32Array] => [s, Int32Array.from((own(qi.searchNames, s.id) ?? []).flatMap((n) => n.split(' ')), idOf)]);
    table = { words: [...ids.keys()], speakers, ...holdersOf(ids.size, speakers) };
    nameWordTables.set(qi.speakers, table);
  }
  return table;
}

/** Tuning of the typo lookups. */
export const LOOKUP_DEFAULTS = {
  /** Typed words whose distances to every name word a registry keeps: resolving a name and then suggesting others for it read the same ones. */
  walksKept: 8,
} as const;

const walks = new WeakMap<NameWordTable, Map<string, Int32Array>>();

/** The distance from a typed word to each word of the registry's table (one walk of its trie, kept for the next lookup of the word). */
function distancesOf(qi: QuoteIndex, w: string): Int32Array {
  const table = nameWordTable(qi);
  let kept = walks.get(table);
  if (!kept) walks.set(table, (kept = new Map()));
  let dist = kept.get(w);
  if (!dist) {
    if (kept.size >= LOOKUP_DEFAULTS.walksKept) kept.clear();
    kept.set(w, (dist = distancesToEach(table.words, w)));
  }
  return dist;
}

/**
 * Sum over the query words of each one's smallest typo distance to a speaker's name words, as a
 * share of the longer word (`shares[i][k]`: query word i to name word k, computed once per lookup:
 * tens of thousands of speakers share far fewer name words). Stops once over `budget`.
 */
function closeness(shares: readonly Float64Array[], nameWords: Int32Array, budget: number): number {
  let d = 0;
  for (const share of shares) {
    let best = Infinity;
    for (const k of nameWords) if (share[k]! < best) best = share[k]!;
    d += best;
    if (d > budget) return d;
  }
  return d;
}

/**
 * The places, in table order, of the speakers with a name word within a half of some query word:
 * a mean over the query words of at most a half needs one word that close, so no other speaker
 * can be a suggestion (a little slack, so rounding in the sum cannot matter).
 */
function withinHalf(table: NameWordTable, shares: readonly Float64Array[]): number[] {
  const near = new Uint8Array(table.speakers.length);
  for (const share of shares) {
    for (let k = 0; k < share.length; k++) {
      if (share[k]! > 0.5 + 1e-9) continue;
      for (let h = table.holderAt[k]!; h < table.holderAt[k + 1]!; h++) near[table.holders[h]!] = 1;
    }
  }
  const out: number[] = [];
  for (let at = 0; at < near.length; at++) if (near[at]) out.push(at);
  return out;
}

/** The speakers closest to a name nobody in the corpus has: typo distance over their name words. */
export function closest(qi: QuoteIndex, query: string, limit = 5): Speaker[] {
  const words = nameWords(query);
  if (words.length === 0) return [];
  // A speaker whose mean distance per word is over a half is no suggestion (a little slack: the mean decides).
  const budget = 0.5 * words.length + 1e-9;
  const table = nameWordTable(qi);
  // What editDistance(w, x, w.length) gives: one more than w's length for a name word over twice
  // as long (its length check), else the distance (no row of the table can exceed w's length).
  const shares = words.map((w) => {
    const dist = distancesOf(qi, w);
    // A plain loop: Float64Array.from with a mapping function is several times slower.
    const out = new Float64Array(table.words.length);
    for (let k = 0; k < out.length; k++) {
      const x = table.words[k]!;
      out[k] = (x.length > 2 * w.length ? w.length + 1 : dist[k]!) / Math.max(w.length, x.length);
    }
    return out;
  });
  const scored: { s: Speaker; d: number }[] = [];
  for (const at of withinHalf(table, shares)) {
    const [s, sw] = table.speakers[at]!;
    const d = closeness(shares, sw, budget) / words.length;
    if (d <= 0.5) scored.push({ s, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || bySalience(a.s, b.s))
    .slice(0, limit)
    .map((x) => x.s);
}
