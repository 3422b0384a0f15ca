import type { ArticleDoc } from './extract.js';
import {
  CALENDAR_WORDS,
  DETERMINERS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_INVERTING_VERBS,
  ORG_WORDS,
  PERSON_PRONOUNS,
  PLACE_PREFIXES,
  SKIP_BEFORE_VERB,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEAK_SPEECH_VERBS,
} from '../text/lexicon.js';
import { editDistance } from '../text/edit-distance.js';
import { addToList, slug } from './util.js';
import type { Tok } from './extract.js';

/** A person found in the corpus: every way their name was printed and the titles they were given. */
export interface Person {
  id: string;
  name: string;
  /** Folded name (words joined by spaces) → printed form and how often it was seen. */
  variants: Map<string, { display: string; count: number }>;
  /** Titles as printed before their name, with counts. */
  titles: Map<string, number>;
  /** Folded words of all their titles ('us', 'treasury', 'secretary'), for 'the secretary said'. */
  titleWords: Set<string>;
}

/** A reference to a person in the text: by name, by title ('the senator'), or by pronoun. */
export interface Mention {
  kind: 'name' | 'nominal' | 'pronoun';
  /** Resolved person, null when the reference is ambiguous or unresolvable (pronouns resolve later). */
  personId: string | null;
  p: number;
  /** Token range [i, j) in passage p. */
  i: number;
  j: number;
  sent: number;
  inQuote: boolean;
}

interface NameObservation {
  display: string[];
  low: string[];
  title: string | null;
  articleId: string;
}

/** A word that can be part of a printed name: capitalised, not a title, organisation, date or acronym. */
function isNameWord(t: Tok | undefined): boolean {
  if (!t || !t.word || !t.cap || t.acronym) return false;
  if (t.text.length === 1) return true; // an initial, as in 'Ada B. Okafor'
  if (!/\p{Ll}/u.test(t.text)) return false;
  const w = t.low;
  return !TITLE_HEADS.has(w) && !HONORIFICS.has(w) && !CALENDAR_WORDS.has(w) && !ORG_WORDS.has(w) && !SPEECH_VERBS.has(w);
}

/**
 * Reads a printed name starting at token k: capitalised words, initials and name particles, up to
 * five words, stopping after a possessive. Returns the token range or null.
 */
function readName(toks: readonly Tok[], k: number): { i: number; j: number } | null {
  const words: number[] = [];
  let j = k;
  while (j < toks.length && words.length < 5) {
    const t = toks[j]!;
    if (t.mark !== null) break;
    if (isNameWord(t)) {
      // A function word in capitals ('He', 'The') opens a name only when a name word follows ('He Jun').
      if (words.length === 0 && FUNCTION_WORDS.has(t.low) && !(isNameWord(toks[j + 1]) && !FUNCTION_WORDS.has(toks[j + 1]!.low))) break;
      if (t.text.length === 1) {
        if (toks[j + 1]?.text !== '.' || !isNameWord(toks[j + 2])) break;
        words.push(j);
        j += 2;
        continue;
      }
      words.push(j);
      j++;
      if (t.poss) break;
      continue;
    }
    if (words.length > 0 && isGluedHyphen(toks, j) && isNameWord(toks[j + 1])) {
      j++; // 'Jean-Luc', 'Ahmad-Reza': a hyphen inside the name
      continue;
    }
    if (words.length > 0 && NAME_PARTICLES.has(t.text) && isNameWord(toks[j + 1])) {
      words.push(j);
      j++;
      continue;
    }
    break;
  }
  if (words.length === 0) return null;
  const first = toks[words[0]!]!;
  if (words.length > 1 && PLACE_PREFIXES.has(first.low)) return null;
  return { i: words[0]!, j: words[words.length - 1]! + 1 };
}

/** A hyphen written tight between two words, as in a double-barrelled name. */
function isGluedHyphen(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  const a = toks[j - 1];
  const b = toks[j + 1];
  return !!t && !!a && !!b && (t.text === '-' || t.text === '‐') && a.end === t.start && t.end === b.start;
}

/**
 * Index just past the `count` name words starting at k, stepping over hyphens inside the name,
 * or -1 when the tokens there are not words.
 */
function spanOfWords(toks: readonly Tok[], k: number, count: number): number {
  let j = k;
  for (let n = 0; n < count; n++) {
    if (n > 0 && isGluedHyphen(toks, j)) j++;
    if (!toks[j]?.word) return -1;
    j++;
  }
  return j;
}

/** The title printed before a head word at k ('Deputy Finance Minister'), as text, or null. */
function titleBefore(text: string, toks: readonly Tok[], k: number): string | null {
  let start = k;
  for (let m = k - 1; m >= 0; m--) {
    const t = toks[m]!;
    if (!t.word || t.sent !== toks[k]!.sent || t.poss || DETERMINERS.has(t.low) || FUNCTION_WORDS.has(t.low)) break;
    if (t.cap || TITLE_HEADS.has(t.low) || TITLE_MODIFIERS.has(t.low)) start = m;
    else break;
  }
  if (HONORIFICS.has(toks[k]!.low) && start === k) return null;
  return text.slice(toks[start]!.start, toks[k]!.end);
}

function nameObservation(toks: readonly Tok[], r: { i: number; j: number }, title: string | null, articleId: string): NameObservation {
  const display: string[] = [];
  const low: string[] = [];
  for (let k = r.i; k < r.j; k++) {
    const t = toks[k]!;
    if (!t.word) continue;
    const text = t.poss ? t.text.slice(0, -2) : t.text;
    if (k > r.i && isGluedHyphen(toks, k - 1)) display[display.length - 1] += `-${text}`;
    else display.push(text);
    low.push(t.low);
  }
  return { display, low, title, articleId };
}

/** A title set off after a name: 'Jane Roe, the finance minister,' / 'X, the company's chief executive, said'. */
function titleAfter(text: string, toks: readonly Tok[], j: number): string | null {
  if (toks[j]?.text !== ',') return null;
  let k = j + 1;
  if (toks[k] && ['the', 'a', 'an'].includes(toks[k]!.low)) k++;
  if (toks[k]?.poss) k++;
  const start = k;
  let head = -1;
  while (toks[k]?.word && k - start < 5 && (TITLE_HEADS.has(toks[k]!.low) || TITLE_MODIFIERS.has(toks[k]!.low) || (toks[k]!.cap && !toks[k]!.poss))) {
    if (TITLE_HEADS.has(toks[k]!.low)) head = k;
    k++;
  }
  if (head < 0 || head !== k - 1) return null;
  const after = toks[k];
  if (after && !(after.text === ',' || after.text === '.' || SPEECH_VERBS.has(after.low))) return null;
  return text.slice(toks[start]!.start, toks[head]!.end);
}

/** Finds printed names with evidence that they are people: a title before them, or a speech verb beside them. */
function observeNames(doc: ArticleDoc): NameObservation[] {
  const out: NameObservation[] = [];
  for (const pd of doc.passages) {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word) continue;
      const honorific = HONORIFICS.has(t.low) && t.cap;
      if (TITLE_HEADS.has(t.low) || honorific) {
        let s = k + 1;
        if (toks[s]?.text === '.') s++;
        // 'Secretary of State Jane Roe'
        if (toks[s]?.low === 'of') {
          s++;
          if (toks[s]?.low === 'the') s++;
          while (toks[s] && toks[s]!.cap && (TITLE_MODIFIERS.has(toks[s]!.low) || ORG_WORDS.has(toks[s]!.low))) s++;
        }
        let appositive = false;
        if (toks[s]?.text === ',') {
          s++;
          appositive = true;
          if (toks[s] && HONORIFICS.has(toks[s]!.low)) s += toks[s + 1]?.text === '.' ? 2 : 1;
        }
        const r = readName(toks, s);
        if (r) {
          const after = toks[r.j];
          const okAppositive = !appositive || after === undefined || after.text === ',' || after.text === ')' || SPEECH_VERBS.has(after.low);
          const single = r.j - r.i === 1;
          if (okAppositive && !(single && FUNCTION_WORDS.has(toks[r.i]!.low))) {
            out.push(nameObservation(toks, r, honorific ? null : titleBefore(pd.text, toks, k), doc.article.id));
          }
        }
        continue;
      }
      if (t.cap && isNameWord(t) && !isNameWord(toks[k - 1])) {
        // 'Jane Roe, the finance minister, said': a name with its title set off after it.
        const r = readName(toks, k);
        const title = r && r.j - r.i >= 2 ? titleAfter(pd.text, toks, r.j) : null;
        if (r && title) out.push(nameObservation(toks, r, title, doc.article.id));
      }
      if (SPEECH_VERBS.has(t.low) && !WEAK_SPEECH_VERBS.has(t.low)) {
        // 'Ada Okafor said' / 'said Ada Okafor': two or more name words beside a speech verb.
        let e = k - 1;
        while (e >= 0 && toks[e]!.word && SKIP_BEFORE_VERB.has(toks[e]!.low)) e--;
        let b = e;
        while (b >= 0 && (isNameWord(toks[b]) || (NAME_PARTICLES.has(toks[b]!.text) && b < e))) b--;
        if (e - b >= 2) {
          const r = readName(toks, b + 1);
          if (r && r.j === e + 1 && r.j - r.i >= 2) out.push(nameObservation(toks, r, null, doc.article.id));
        }
        const after = NON_INVERTING_VERBS.has(t.low) ? null : readName(toks, k + 1);
        if (after && after.j - after.i >= 2) out.push(nameObservation(toks, after, null, doc.article.id));
      }
    }
  }
  return out;
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
export function buildPeople(docs: readonly ArticleDoc[]): Person[] {
  const obs = docs.flatMap(observeNames);
  const multi = new Map<string, NameObservation[]>();
  const single: NameObservation[] = [];
  for (const o of obs) {
    if (o.low.length >= 2) addToList(multi, o.low.join(' '), o);
    else single.push(o);
  }
  // Union-find over the distinct multi-word names.
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
  const groups = new Map<number, string[]>();
  keys.forEach((k, i) => addToList(groups, find(i), k));

  const people: Person[] = [];
  const add = (members: NameObservation[]) => {
    const variants = new Map<string, { display: string; count: number }>();
    const titles = new Map<string, number>();
    for (const o of members) {
      const key = o.low.join(' ');
      const v = variants.get(key);
      if (v) v.count++;
      else variants.set(key, { display: o.display.join(' '), count: 1 });
      if (o.title) bump(titles, o.title);
    }
    people.push({ id: '', name: '', variants, titles, titleWords: new Set() });
  };
  for (const members of groups.values()) add(members.flatMap((k) => multi.get(k)!));

  // A lone titled surname ('Mayor Okafor') joins the one person it can belong to.
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
  for (const o of single) {
    const w = o.low[0]!;
    if (identifyingWords(o.low).length === 0) continue;
    const candidates = [...(byWord.get(w) ?? [])];
    if (candidates.length === 1) {
      const p = candidates[0]!;
      const v = p.variants.get(w);
      if (v) v.count++;
      else p.variants.set(w, { display: o.display.join(' '), count: 1 });
      if (o.title) bump(p.titles, o.title);
    } else if (candidates.length === 0) {
      addToList(loners, w, o);
    }
  }
  for (const members of loners.values()) add(members);

  const used = new Set<string>();
  for (const p of people) {
    const best = [...p.variants.values()].sort((a, b) => multiWord(b.display) - multiWord(a.display) || b.count - a.count || b.display.length - a.display.length)[0]!;
    p.name = best.display;
    let id = slug(p.name);
    for (let n = 2; used.has(id); n++) id = `${slug(p.name)}-${n}`;
    used.add(id);
    p.id = id;
    for (const t of p.titles.keys()) for (const w of t.split(/[^\p{L}\p{N}.]+/u)) if (w) p.titleWords.add(w.toLowerCase().replace(/\./g, ''));
  }
  return people;
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
}

/** Indexes the registry's names for mention finding. */
export function indexPeople(people: Person[]): PeopleIndex {
  const variants = new Map<string, { low: string[]; personId: string }[]>();
  const words = new Map<string, Set<string>>();
  for (const p of people) {
    for (const key of p.variants.keys()) {
      const low = key.split(' ');
      if (low.length >= 2) addToList(variants, low[0]!, { low, personId: p.id });
      for (const w of identifyingWords(low)) {
        const set = words.get(w);
        if (set) set.add(p.id);
        else words.set(w, new Set([p.id]));
      }
    }
  }
  for (const list of variants.values()) list.sort((a, b) => b.low.length - a.low.length);
  return { people, byId: new Map(people.map((p) => [p.id, p])), variants, words };
}

/**
 * Finds every reference to a person in an article, in reading order: full names, lone surnames
 * (resolved to the person of that name in this article, else the only one in the corpus), nominal
 * references ('the senator', resolved to the latest named person holding that title) and he/she.
 */
export function findMentions(doc: ArticleDoc, idx: PeopleIndex): Mention[] {
  const names: Mention[] = [];
  /** Nominal reference → the title words its person must hold ('the club president' → president). */
  const needs = new Map<Mention, string[]>();
  const taken = doc.passages.map((pd) => new Array<boolean>(pd.toks.length).fill(false));
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || !t.cap) continue;
      for (const v of idx.variants.get(t.low) ?? []) {
        const end = spanOfWords(toks, k, v.low.length);
        if (end < 0) continue;
        const ws = toks.slice(k, end).filter((x) => x.word);
        if (!ws.every((x, m) => x.low === v.low[m] && (m === ws.length - 1 || !x.poss))) continue;
        names.push({ kind: 'name', personId: v.personId, p, i: k, j: end, sent: t.sent, inQuote: t.q >= 0 && t.mark === null });
        for (let m = k; m < end; m++) taken[p]![m] = true;
        k = end - 1;
        break;
      }
    }
  });
  const local = new Set(names.map((m) => m.personId!));
  const out: Mention[] = [...names];
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || taken[p]![k]) continue;
      const inQuote = t.q >= 0 && t.mark === null;
      if (t.cap && !t.acronym && !FUNCTION_WORDS.has(t.low) && idx.words.has(t.low)) {
        const ids = [...idx.words.get(t.low)!];
        const inArticle = ids.filter((id) => local.has(id));
        // Two people of this name in the article: the one already named by now, if only one is.
        const here = inArticle.length > 1 ? inArticle.filter((id) => names.some((m) => m.personId === id && (m.p < p || (m.p === p && m.i < k)))) : inArticle;
        const personId = here.length === 1 ? here[0]! : inArticle.length === 0 && ids.length === 1 ? ids[0]! : null;
        out.push({ kind: 'name', personId, p, i: k, j: k + 1, sent: t.sent, inQuote });
        continue;
      }
      if (PERSON_PRONOUNS.has(t.low) && !isNameWord(toks[k + 1])) {
        out.push({ kind: 'pronoun', personId: null, p, i: k, j: k + 1, sent: t.sent, inQuote });
        continue;
      }
      if (t.low === 'the') {
        // 'the senator', 'the chief executive', 'the club president' — not followed by a name.
        let h = k + 1;
        const need: string[] = [];
        let lastHead = -1;
        while (h < toks.length && h <= k + 4 && toks[h]!.word && !toks[h]!.poss && (TITLE_HEADS.has(toks[h]!.low) || TITLE_MODIFIERS.has(toks[h]!.low) || toks[h]!.acronym)) {
          if (TITLE_HEADS.has(toks[h]!.low)) lastHead = h;
          if (TITLE_HEADS.has(toks[h]!.low) || toks[h]!.acronym) need.push(toks[h]!.low);
          h++;
        }
        if (lastHead === h - 1 && !isNameWord(toks[h]) && toks[h]?.text !== ',') {
          const m: Mention = { kind: 'nominal', personId: null, p, i: k, j: h, sent: t.sent, inQuote };
          needs.set(m, need);
          out.push(m);
          k = h - 1;
        }
      }
    }
  });
  out.sort((a, b) => a.p - b.p || a.i - b.i);
  // Nominal references go to the most recent named person whose titles hold every word of the reference.
  for (let n = 0; n < out.length; n++) {
    const m = out[n]!;
    const need = needs.get(m);
    if (!need) continue;
    for (let b = n - 1; b >= 0; b--) {
      const prev = out[b]!;
      if (prev.kind !== 'name' || prev.personId === null) continue;
      const person = idx.byId.get(prev.personId);
      if (person && need.every((w) => person.titleWords.has(w))) {
        m.personId = person.id;
        break;
      }
    }
  }
  return out;
}
