import type { ArticleDoc } from './extract.js';
import { editDistance } from '../text/edit-distance.js';
import type { NameRules } from './names.js';
import { observeFullNames, observeNames, type NameObservation } from './observe.js';
import { observeAntecedents } from './antecedents.js';
import { isPersonName, type NameEvidence } from './personhood.js';
import { addToList, slug } from './util.js';
import { on } from './mechanisms.js';
import { misprinted } from './misspellings.js';
import { sexOf, titleFits } from './courtesy-sex.js';
import {
  FUNCTION_WORDS,
  NAME_PARTICLES,
  PERSON_PRONOUNS,
} from '../text/lexicon.js';

/** A person found in the corpus: every way their name was printed and the titles they were given. */
export interface Person {
  id: string;
  name: string;
  /** A person, or an organisation whose statements the corpus quotes (kept apart, shown as such). */
  kind: 'person' | 'organisation';
  /** Folded name (words joined by spaces) → printed form and how often it was seen. */
  variants: Map<string, { display: string; count: number }>;
  /** Titles as printed before their name, with counts. */
  titles: Map<string, number>;
  /** Folded words of all their titles ('us', 'treasury', 'secretary'), for 'the secretary said'. */
  titleWords: Set<string>;
  /** The same words title by title ('deputy prime minister'), to tell a deputy from the post itself. */
  heldTitles?: string[][];
  /** Times their name was printed after a courtesy title ('Mr', 'Lord'). */
  honorifics: number;
  /** Of those, times it was their whole name ('Sir Digby Jones'). */
  honorificFull?: number;
  /** The courtesy titles they were given ('dr', 'sir'), to tell 'Dr Fox' from another Fox. */
  courtesies?: Set<string>;
  /** Articles their name was observed in, to place a lone 'Dr Fox' beside the full name in the same article. */
  articles?: Set<string>;
  /** Times printed as the inverted subject right after a quotation ('"…," said X'). */
  quoting?: number;
  /** Articles printing their surname alone beside a speech verb. */
  spoken?: number;
  /** Times their name was taken up as 'its' ('X said its offer'). */
  itself: number;
  /** Observations with a title, a courtesy title or a speech verb beside the name. */
  strong: number;
}

/** Do two first names belong to one person ('Katharine'/'Katherine', 'K'/'Katharine')? */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a[0] !== b[0]) return false;
  return editDistance(a, b, 2) <= (Math.min(a.length, b.length) >= 5 ? 2 : 1);
}

/** Is every word of the shorter name found, in order, in the longer ('Ana da Costa' in 'Maria Ana da Costa')? */
function containedIn(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/** Are two multi-word names one person's: one holds the other, or they differ only by a misspelt first name? */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (containedIn(short, long)) return true;
  return a.length === b.length && a[a.length - 1] === b[b.length - 1] && a.slice(1, -1).join(' ') === b.slice(1, -1).join(' ') && sameGivenName(a[0]!, b[0]!);
}

/** Words of a name that identify it on their own: not particles, pronouns or initials. */
export function identifyingWords(low: readonly string[]): string[] {
  return low.filter((w) => w.length > 1 && !NAME_PARTICLES.has(w) && !FUNCTION_WORDS.has(w) && !PERSON_PRONOUNS.has(w));
}

function bump<K>(m: Map<K, number>, k: K, by = 1) {
  m.set(k, (m.get(k) ?? 0) + by);
}

/**
 * Builds the person registry from all articles: names seen with a title or beside a speech verb,
 * variants merged ('Ada Okafor', 'Okafor'; 'Maria Lindqvist', 'Maria Lindquist'), titles kept as
 * descriptions. A lone surname that fits several people is not guessed.
 */
export function buildPeople(docs: Iterable<ArticleDoc>, rules: NameRules): Person[] {
  const multi = new Map<string, NameObservation[]>();
  const single: NameObservation[] = [];
  for (const d of docs) {
    for (const o of [...observeNames(d, rules), ...observeFullNames(d, rules), ...observeAntecedents(d, rules)]) {
      if (o.low.length >= 2) addToList(multi, o.low.join(' '), o);
      else single.push(o);
    }
  }
  // Lone surnames join their group before the groups are judged: 'Mr Irish' vouches for 'Oliver Irish'.
  const groups = mergeVariants(multi).map(personOf);
  const attached = new Map<Person, NameObservation[]>();
  const loners = attachLoners(groups, single, rules, attached);
  const kept = groups.filter((p) => isPersonName(evidence(p), rules));
  // 'Economy minister German Gref' is judged no person (a nationality first), but 'Mr Gref' still is one.
  if (on('courtesy-surnames')) {
    for (const [p, obs] of attached) if (!kept.includes(p)) for (const o of obs) if (o.honorific) addToList(loners, o.low[0]!, o);
  }
  const people = [...kept, ...[...loners.values()].map(personOf).filter((p) => isPersonName(evidence(p), rules))];
  name(people);
  return people;
}

/** Union-find over the distinct multi-word names: groups of one person's printed names. */
function mergeVariants(multi: Map<string, NameObservation[]>): NameObservation[][] {
  const keys = [...multi.keys()];
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Only names sharing a word can be one person's: compare within buckets, never all pairs.
  const split = keys.map((k) => k.split(' '));
  const buckets = new Map<string, number[]>();
  split.forEach((w, i) => {
    for (const [n, x] of w.entries()) addToList(buckets, n === w.length - 1 ? `last:${x}` : `word:${x}`, i);
  });
  const compared = new Set<number>();
  for (const [key, list] of buckets) {
    // A common given name would make a huge bucket; matching surnames always share a 'last:' bucket.
    if (key.startsWith('word:') && list.length > 100) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const pair = a * keys.length + b;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (find(a) !== find(b) && sameName(split[a]!, split[b]!)) parent[find(a)] = find(b);
      }
    }
  }
  const groups = new Map<number, NameObservation[]>();
  keys.forEach((k, i) => {
    for (const o of multi.get(k)!) addToList(groups, find(i), o);
  });
  return [...groups.values()];
}

function personOf(members: readonly NameObservation[]): Person {
  const p: Person = { id: '', name: '', kind: 'person', variants: new Map(), titles: new Map(), titleWords: new Set(), honorifics: 0, itself: 0, strong: 0 };
  for (const o of members) addObservation(p, o);
  return p;
}

function addObservation(p: Person, o: NameObservation): void {
  const key = o.low.join(' ');
  const v = p.variants.get(key);
  if (v) v.count++;
  else p.variants.set(key, { display: o.display.join(' '), count: 1 });
  if (o.title) bump(p.titles, o.title);
  if (o.honorific) p.honorifics++;
  if (o.honorific && o.courtesy && o.low.length >= 2) p.honorificFull = (p.honorificFull ?? 0) + 1;
  if (o.courtesy) (p.courtesies ??= new Set()).add(o.courtesy);
  (p.articles ??= new Set()).add(o.articleId);
  if (o.itself) p.itself++;
  if (o.quoting) p.quoting = (p.quoting ?? 0) + 1;
  if (o.spoken) p.spoken = (p.spoken ?? 0) + 1;
  if (!o.weak) p.strong++;
}

/** The fullest, most printed form of a person's name and their courtesy-title count. */
function evidence(p: Person): NameEvidence {
  const best = [...p.variants.entries()].sort(([a, x], [b, y]) => b.split(' ').length - a.split(' ').length || y.count - x.count)[0]!;
  const titled = [...p.titles.values()].reduce((a, b) => a + b, 0);
  return { words: best[0].split(' '), honorifics: p.honorifics, honorificFull: p.honorificFull, itself: p.itself, weak: p.strong === 0, titled, quoting: p.quoting ?? 0, spoken: p.spoken ?? 0 };
}

/**
 * A lone surname ('Mayor Okafor', 'Mr Okafor') joins the one person whose name holds it; the
 * rest are returned grouped by word, to stand as people of their own when evidence allows.
 */
function attachLoners(people: readonly Person[], single: readonly NameObservation[], rules: NameRules, attached: Map<Person, NameObservation[]>): Map<string, NameObservation[]> {
  const byWord = new Map<string, Set<Person>>();
  for (const p of people) {
    for (const key of p.variants.keys()) {
      for (const w of identifyingWords(key.split(' '))) {
        const set = byWord.get(w);
        if (set) set.add(p);
        else byWord.set(w, new Set([p]));
      }
    }
  }
  const loners = new Map<string, NameObservation[]>();
  // Their sex as the courtesy titles printed with their full names tell it, before lone surnames
  // add theirs ('Mrs Howard' is not Michael's).
  const sexes = new Map(people.map((p) => [p, sexOf(p.courtesies, '', {})]));
  const peerKey = (o: NameObservation) => `${o.articleId}|${o.courtesy}|${o.low[0]}`;
  const peers = new Set(single.filter((o) => o.peer).map(peerKey));
  for (const o of single) {
    const w = o.low[0]!;
    if (identifyingWords(o.low).length === 0) continue;
    // 'Chancellor … Britain' is not a surname; 'Mr Irish' is, whatever else the word means.
    if (!o.honorific && (rules.gaz.places.has(w) || rules.gaz.demonyms.has(w) || rules.common.has(w))) continue;
    // 'Lord Nicholls of Birkenhead' (and 'Lord Nicholls' beside it) is a peer, no 'Richard Nicholls'
    // the corpus never calls Lord nor names in that article (as it names Neil Kinnock beside 'Lord Kinnock of Bedwellty').
    const peer = o.peer === true || peers.has(peerKey(o));
    const peerOf = (p: Person) => p.courtesies?.has(o.courtesy!) === true || p.articles?.has(o.articleId) === true;
    const candidates = [...(byWord.get(w) ?? [])].filter((p) => titleFits(o.courtesy, sexes.get(p)) && (!peer || peerOf(p)));
    // Several people of that surname: the one named in full in the same article, if only one is.
    const here = candidates.length > 1 ? candidates.filter((p) => p.articles?.has(o.articleId)) : candidates;
    if (here.length === 1) {
      addObservation(here[0]!, o);
      addToList(attached, here[0]!, o);
    }
    else if (candidates.length === 0) {
      // 'Mr Barrioneuvo' in the article that names Jose Barrionuevo: a misprint of their surname.
      const near = misprinted(w, new Map(people.filter((p) => p.articles?.has(o.articleId)).flatMap((p) => [...p.variants.keys()].filter((v) => v.includes(' ')).map((v) => [v.split(' ').pop()!, p] as const))));
      if (near) addObservation(near, o);
      else addToList(loners, w, o);
    }
  }
  return loners;
}

/** Gives each person a display name (the fullest, most printed form) and a stable id. */
function name(people: Person[]): void {
  const used = new Set<string>();
  for (const p of people) {
    const best = [...p.variants.values()].sort((a, b) => multiWord(b.display) - multiWord(a.display) || b.count - a.count || b.display.length - a.display.length)[0]!;
    p.name = best.display;
    let id = slug(p.name);
    for (let n = 2; used.has(id); n++) id = `${slug(p.name)}-${n}`;
    used.add(id);
    p.id = id;
    // A role the text calls them by ('the chancellor') is one they are often given, not a one-off
    // that a well-known person picks up somewhere in a large corpus.
    const total = [...p.titles.values()].reduce((a, b) => a + b, 0);
    for (const [t, n] of p.titles) {
      if (total >= 5 && n < 0.1 * total) continue;
      const words = t.split(/[^\p{L}\p{N}.]+/u).filter(Boolean).map((w) => w.toLowerCase().replace(/\./g, ''));
      for (const w of words) p.titleWords.add(w);
      (p.heldTitles ??= []).push(words);
    }
  }
}

const multiWord = (s: string) => (s.includes(' ') ? 1 : 0);

/** Lookup tables over the registry for finding mentions in text. */
export interface PeopleIndex {
  people: Person[];
  byId: Map<string, Person>;
  /** First folded word → multi-word variants starting with it, longest first. */
  variants: Map<string, { low: string[]; personId: string }[]>;
  /** Identifying word → people whose name holds it. */
  words: Map<string, Set<string>>;
  /** Folded nationality adjectives, for 'the Frenchman'. */
  demonyms: ReadonlySet<string>;
  /** Words that are dates, places, nationalities or ordinary words as well as surnames ('Friday', 'German'). */
  ordinary: (w: string) => boolean;
  /** Person id → their sex when a first name or a courtesy title tells it. */
  sex: Map<string, 'm' | 'f'>;
}

/** What the index needs beyond the registry: the nationality adjectives, ordinary words and first names by sex. */
export interface IndexRules {
  demonyms?: ReadonlySet<string>;
  ordinary?: (w: string) => boolean;
  male?: ReadonlySet<string>;
  female?: ReadonlySet<string>;
}

/** Indexes the registry's names for mention finding. */
export function indexPeople(people: Person[], rules: IndexRules = {}): PeopleIndex {
  const sex = new Map<string, 'm' | 'f'>();
  for (const p of people) {
    const s = p.kind === 'person' ? sexOf(p.courtesies, p.name, rules) : null;
    if (s) sex.set(p.id, s);
  }
  const variants = new Map<string, { low: string[]; personId: string }[]>();
  const words = new Map<string, Set<string>>();
  for (const p of people) {
    for (const key of p.variants.keys()) {
      const low = key.split(' ');
      if (low.length >= 2) addToList(variants, low[0]!, { low, personId: p.id });
      // An organisation is referred to whole ('the Home Office'), never by one word of its name.
      if (p.kind === 'organisation' && low.length >= 2) continue;
      for (const w of identifyingWords(low)) {
        const set = words.get(w);
        if (set) set.add(p.id);
        else words.set(w, new Set([p.id]));
      }
    }
  }
  for (const list of variants.values()) list.sort((a, b) => b.low.length - a.low.length);
  return { people, byId: new Map(people.map((p) => [p.id, p])), variants, words, demonyms: rules.demonyms ?? new Set(), ordinary: rules.ordinary ?? (() => false), sex };
}
