import type { ArticleDoc, Tok } from './extract.js';
import type { Gazetteer } from '../text/gazetteer.js';
import {
  CALENDAR_WORDS,
  DETERMINERS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_INVERTING_VERBS,
  ORG_WORDS,
  PARTY_WORDS,
  PLACE_PREFIXES,
  SKIP_BEFORE_VERB,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEAK_SPEECH_VERBS,
} from '../text/lexicon.js';
/** A printed name with the evidence beside it that it names a person. */
export interface NameObservation {
  display: string[];
  low: string[];
  title: string | null;
  /** Printed after a courtesy title ('Mr', 'Lord'): only people have those. */
  honorific: boolean;
  /** Taken up as 'its' straight after its speech verb ('X said its offer'): an organisation. */
  itself?: boolean;
  articleId: string;
}

/** What name reading knows beyond one sentence: the gazetteer, and the words this corpus mostly prints in lower case. */
export interface NameRules {
  gaz: Gazetteer;
  /** Folded words printed in lower case at least as often as capitalised mid-sentence ('but', 'world', 'home'). */
  common: ReadonlySet<string>;
  /** Folded words printed capitalised on their own inside a sentence, as a surname is once the full name is given. */
  alone: ReadonlySet<string>;
}

// Only 'its': people say 'it would' as often as companies do.
const IT_WORDS = new Set(['its']);

/** Does token k open a sentence (after any opening marks or brackets)? */
export function opensSentence(toks: readonly Tok[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && (toks[b]!.mark === 'open' || toks[b]!.text === '(')) b--;
  return b < 0 || toks[b]!.sent !== toks[k]!.sent;
}

/** May the name word at k open a name? An ordinary word only right after a title ('Vice Premier He Lifeng'), or as a first name inside a sentence. */
function mayOpenName(toks: readonly Tok[], k: number, rules: NameRules, afterTitle: boolean): boolean {
  const t = toks[k]!;
  if (afterTitle) return true;
  const ordinary = FUNCTION_WORDS.has(t.low) || rules.common.has(t.low);
  if (!ordinary) return true;
  if (opensSentence(toks, k)) return false;
  const next = toks[k + 1];
  return isNameWord(next) && !FUNCTION_WORDS.has(next!.low) && (FUNCTION_WORDS.has(t.low) || rules.gaz.firstNames.has(t.low));
}

/** Leading words that belong to a description, not the name: 'Australian Lynton Crosby', 'Commons Oliver Heald'. */
function dropDescription(toks: readonly Tok[], words: number[], rules: NameRules): void {
  const g = rules.gaz;
  const describes = (w: string) => g.demonyms.has(w) || g.places.has(w) || PARTY_WORDS.has(w) || rules.common.has(w);
  while (words.length >= 3) {
    const a = toks[words[0]!]!.low;
    const b = toks[words[1]!]!.low;
    if (g.firstNames.has(a) || !(describes(a) || g.firstNames.has(b))) break;
    words.shift();
  }
}

/** A word that can be part of a printed name: capitalised, not a title, organisation, date or acronym. */
export function isNameWord(t: Tok | undefined): boolean {
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
export function readName(toks: readonly Tok[], k: number, rules: NameRules, afterTitle = false): { i: number; j: number } | null {
  const words: number[] = [];
  let j = k;
  while (j < toks.length && words.length < 5) {
    const t = toks[j]!;
    if (t.mark !== null) break;
    if (isNameWord(t)) {
      if (words.length === 0 && !mayOpenName(toks, j, rules, afterTitle)) break;
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
  dropDescription(toks, words, rules);
  const first = toks[words[0]!]!;
  if (words.length > 1 && PLACE_PREFIXES.has(first.low)) return null;
  return { i: words[0]!, j: words[words.length - 1]! + 1 };
}

/** A hyphen written tight between two words, as in a double-barrelled name. */
export function isGluedHyphen(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  const a = toks[j - 1];
  const b = toks[j + 1];
  return !!t && !!a && !!b && (t.text === '-' || t.text === '‐') && a.end === t.start && t.end === b.start;
}

/**
 * Index just past the `count` name words starting at k, stepping over hyphens inside the name,
 * or -1 when the tokens there are not words.
 */
export function spanOfWords(toks: readonly Tok[], k: number, count: number): number {
  let j = k;
  for (let n = 0; n < count; n++) {
    if (n > 0 && isGluedHyphen(toks, j)) j++;
    if (!toks[j]?.word) return -1;
    j++;
  }
  return j;
}

/** A job title's head word at k, written whole ('striker') or hyphenated ('full-back', 'fly-half'). */
export function isTitleHead(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (TITLE_HEADS.has(t.low)) return true;
  return k >= 2 && isGluedHyphen(toks, k - 1) && TITLE_HEADS.has(`${toks[k - 2]!.low}-${t.low}`);
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

function nameObservation(toks: readonly Tok[], r: { i: number; j: number }, title: string | null, articleId: string, honorific = false): NameObservation {
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
  return { display, low, title, honorific, articleId };
}

/** A title set off after a name: 'Jane Roe, the finance minister,' / 'X, the company's chief executive, said'. */
function titleAfter(text: string, toks: readonly Tok[], j: number): string | null {
  if (toks[j]?.text !== ',') return null;
  let k = j + 1;
  if (toks[k] && ['the', 'a', 'an'].includes(toks[k]!.low)) k++;
  if (toks[k]?.poss) k++;
  const start = k;
  let head = -1;
  while (toks[k]?.word && k - start < 5 && (isTitleHead(toks, k) || TITLE_MODIFIERS.has(toks[k]!.low) || (toks[k]!.cap && !toks[k]!.poss))) {
    if (isTitleHead(toks, k)) head = k;
    k++;
    if (isGluedHyphen(toks, k) && toks[k + 1]?.word) k++;
  }
  if (head < 0 || head !== k - 1) return null;
  let end = head;
  // 'X, director of anti-constitution group Vote No, said': the post's place, up to the closing comma.
  if (toks[k]?.low === 'of') {
    let m = k + 1;
    while (m < toks.length && m - k <= 7 && toks[m]!.text !== ',' && toks[m]!.text !== '.') m++;
    if (toks[m]?.text !== ',') return null;
    end = m - 1;
    k = m;
  }
  const after = toks[k];
  if (after && !(after.text === ',' || after.text === '.' || SPEECH_VERBS.has(after.low))) return null;
  return text.slice(toks[start]!.start, toks[end]!.end);
}

/** Finds printed names with evidence that they are people: a title before them, or a speech verb beside them. */
export function observeNames(doc: ArticleDoc, rules: NameRules): NameObservation[] {
  const out: NameObservation[] = [];
  for (const pd of doc.passages) {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word) continue;
      const honorific = HONORIFICS.has(t.low) && t.cap;
      if (isTitleHead(toks, k) || honorific) {
        let s = k + 1;
        if (toks[s]?.text === '.') s++;
        // 'former cabinet secretary Lord Butler': the courtesy title vouches for the name too.
        let vouched = honorific;
        if (!honorific && toks[s] && HONORIFICS.has(toks[s]!.low) && toks[s]!.cap) {
          vouched = true;
          s += toks[s + 1]?.text === '.' ? 2 : 1;
        }
        // 'Secretary of State Jane Roe'
        if (toks[s]?.low === 'of') {
          s++;
          if (toks[s]?.low === 'the') s++;
          const office = s;
          while (toks[s] && toks[s]!.cap && (TITLE_MODIFIERS.has(toks[s]!.low) || ORG_WORDS.has(toks[s]!.low))) s++;
          // 'president of Lions Gate' names where they work, not who they are.
          if (s === office) continue;
        }
        let appositive = false;
        if (toks[s]?.text === ',') {
          s++;
          appositive = true;
          if (toks[s] && HONORIFICS.has(toks[s]!.low)) {
            vouched = true;
            s += toks[s + 1]?.text === '.' ? 2 : 1;
          }
        }
        const r = readName(toks, s, rules, true);
        if (r) {
          const after = toks[r.j];
          const okAppositive = !appositive || after === undefined || [',', ')', '.'].includes(after.text) || SPEECH_VERBS.has(after.low);
          const single = r.j - r.i === 1;
          if (okAppositive && !(single && FUNCTION_WORDS.has(toks[r.i]!.low))) {
            out.push(nameObservation(toks, r, honorific ? null : titleBefore(pd.text, toks, k), doc.article.id, vouched));
          }
        }
        continue;
      }
      if (t.cap && isNameWord(t) && !isNameWord(toks[k - 1])) {
        // 'Jane Roe, the finance minister, said': a name with its title set off after it.
        const r = readName(toks, k, rules);
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
          const r = readName(toks, b + 1, rules);
          if (r && r.j === e + 1 && r.j - r.i >= 2) {
            const o = nameObservation(toks, r, null, doc.article.id);
            // 'Deutsche Boerse said its offer…': what has 'its' is not a person.
            o.itself = IT_WORDS.has(toks[k + 1]?.low ?? '');
            out.push(o);
          }
        }
        const after = NON_INVERTING_VERBS.has(t.low) ? null : readName(toks, k + 1, rules);
        if (after && after.j - after.i >= 2) out.push(nameObservation(toks, after, null, doc.article.id));
      }
    }
  }
  return out;
}

