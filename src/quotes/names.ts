import type { Tok } from './extract.js';
import type { Gazetteer } from '../text/gazetteer.js';
import { on } from './mechanisms.js';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_WORDS,
  PARTY_WORDS,
  PLACE_PREFIXES,
  POST_NOMINALS,
  SKIP_BEFORE_VERB,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../text/lexicon.js';

/** What name reading knows beyond one sentence: the gazetteer, and the words this corpus mostly prints in lower case. */
export interface NameRules {
  gaz: Gazetteer;
  /** Folded words printed in lower case at least as often as capitalised mid-sentence ('but', 'world', 'home'). */
  common: ReadonlySet<string>;
  /** Folded words printed capitalised on their own inside a sentence, as a surname is once the full name is given. */
  alone: ReadonlySet<string>;
  /** Folded words printed capitalised right before a lower-case post ('Barca midfielder'): a body's name, not a person's. */
  qualifiers: ReadonlySet<string>;
}

/** Letters printed after a name ('QC', 'MP', 'MSP'), which belong to it. */
export function isPostNominal(t: Tok | undefined): boolean {
  return t !== undefined && t.word && t.acronym && POST_NOMINALS.has(t.low);
}

/** 'Tom Roe, 45, from Leeds, said': is token k an age set off after a name by the comma before it? */
export function isSetOffAge(toks: readonly Tok[], k: number): boolean {
  return on('age-appositives') && /^\d{1,3}$/.test(toks[k]?.text ?? '') && toks[k - 1]?.text === ',';
}

/** May the word stand between a subject and its speech verb ('Okafor also said', 'Guy Roe QC warned')? */
export function skipsBeforeVerb(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  // 'he was due to say', 'Ann Roe is expected to tell': 'to' after such a word (not after 'not':
  // 'would not to comment' declines to speak).
  const before = toks[k - 1]?.low ?? '';
  const aspect = on('periphrastic-verbs') && t.low === 'to' && SKIP_BEFORE_VERB.has(before) && before !== 'not' && before !== 'never';
  return t.word && (SKIP_BEFORE_VERB.has(t.low) || aspect || (on('post-nominals') && isPostNominal(t)));
}

/** Does token k open a sentence (after any opening marks or brackets)? */
export function opensSentence(toks: readonly Tok[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && (toks[b]!.mark === 'open' || toks[b]!.text === '(')) b--;
  return b < 0 || toks[b]!.sent !== toks[k]!.sent;
}

/** May the name word at k open a name? An ordinary word only right after a title ('Vice Premier Ho Linfen'), or as a first name inside a sentence. */
function mayOpenName(toks: readonly Tok[], k: number, rules: NameRules, afterTitle: boolean): boolean {
  const t = toks[k]!;
  if (afterTitle) return true;
  const ordinary = FUNCTION_WORDS.has(t.low) || rules.common.has(t.low);
  if (!ordinary) return true;
  if (opensSentence(toks, k)) return false;
  const next = toks[k + 1];
  return isNameWord(next) && !FUNCTION_WORDS.has(next!.low) && (FUNCTION_WORDS.has(t.low) || rules.gaz.firstNames.has(t.low));
}

/**
 * 'minister for women Jacqui Smith': past a post's preposition at k and the one to three lower-case
 * words of its complement, the index of the word that follows them; -1 when no such word follows k.
 */
export function pastComplement(toks: readonly Tok[], k: number): number {
  let x = k + 1;
  while (x < k + 4 && toks[x]?.word && !toks[x]!.cap) x++;
  return x > k + 1 ? x : -1;
}

/** 'New Yorker', 'Londoner': a place's name and '-er' is someone from there, though a list has 'Yorker' as a given name. */
export function isDweller(toks: readonly Tok[], k: number, rules: NameRules): boolean {
  const stem = toks[k]!.low.endsWith('er') ? toks[k]!.low.slice(0, -2) : '';
  return on('place-dwellers') && stem.length > 2 && (rules.gaz.places.has(stem) || rules.gaz.places.has(`${toks[k - 1]?.low ?? ''} ${stem}`));
}

/** Leading words that belong to a description, not the name: 'Australian Lynton Crosby', 'Commons Oliver Heald'. */
function dropDescription(toks: readonly Tok[], words: number[], rules: NameRules): void {
  const g = rules.gaz;
  const describes = (w: string) => g.demonyms.has(w) || g.places.has(w) || PARTY_WORDS.has(w) || rules.common.has(w);
  while (words.length >= 3) {
    const a = toks[words[0]!]!.low;
    const b = toks[words[1]!]!.low;
    if (isDweller(toks, words[0]!, rules)) {
      words.shift();
      continue;
    }
    // 'Tory Liam Fox', 'Lib Dem Norman Baker': a party's word before a given name (or before the
    // party's second word) describes the person, though 'Tory' and 'Lib' are given names too.
    const party = on('party-names') && PARTY_WORDS.has(a) && (g.firstNames.has(b) || (on('two-word-parties') && PARTY_WORDS.has(b)));
    if ((g.firstNames.has(a) && !party) || !(describes(a) || g.firstNames.has(b))) break;
    words.shift();
  }
}

/** A word that can be part of a printed name: capitalised, not a title, organisation, date or acronym. */
export function isNameWord(t: Tok | undefined): boolean {
  if (!t || !t.word || !t.cap || t.acronym) return false;
  if (t.text.length === 1) return true; // an initial, as in 'Ada B. Okafor'
  if (!/\p{Ll}/u.test(t.text)) return false;
  const w = t.low;
  return !TITLE_HEADS.has(w) && !HONORIFICS.has(w) && !CALENDAR_WORDS.has(w) && (!ORG_WORDS.has(w) || t.given === true) && !SPEECH_VERBS.has(w);
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
    // 'Jan Egeland', 'June Sarpong': a month opens a name when a name follows it.
    const prev = words.length > 0 ? toks[words[words.length - 1]!]! : null;
    if (isNameWord(t) || monthInName(toks, j, prev, rules) || titleSurname(toks, j, prev, rules)) {
      if (words.length === 0 && !mayOpenName(toks, j, rules, afterTitle)) break;
      if (t.text.length === 1) {
        // 'Walter M Phillips', 'Samuel L Jackson': BBC style drops the initial's dot inside a name ('A' and 'I' are words).
        const dotless = on('dotless-initials') && words.length > 0 && !FUNCTION_WORDS.has(t.low) && isNameWord(toks[j + 1]) && toks[j + 1]!.text.length > 1;
        if (!dotless && (toks[j + 1]?.text !== '.' || !isNameWord(toks[j + 2]))) break;
        words.push(j);
        j += dotless ? 1 : 2;
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

/** Where the run of name words ending before e starts ('Piers Freelove is…': Piers). */
export function nameStart(toks: readonly Tok[], e: number): number {
  let b = e;
  while (b > 0 && isNameWord(toks[b - 1])) b--;
  return b;
}

/**
 * 'Mervyn King', 'Grant Dean': a job title's word after a given name, ending the name, is a surname
 * ('Finance Minister' has no given name before it).
 */
function titleSurname(toks: readonly Tok[], j: number, prev: Tok | null, rules: NameRules): boolean {
  const t = toks[j]!;
  const next = toks[j + 1];
  // 'Lord Chief Justice' is a title through and through.
  const titleGoesOn = next?.word === true && (TITLE_HEADS.has(next.low) || TITLE_MODIFIERS.has(next.low));
  if (!on('title-surnames') || !t.cap || t.acronym || !TITLE_HEADS.has(t.low) || !/\p{Ll}/u.test(t.text) || isNameWord(next) || titleGoesOn) return false;
  // 'Mr King': a courtesy title vouches for it as well.
  if (!prev) return HONORIFICS.has(toks[j - 1]?.low ?? '') && toks[j - 1]!.cap;
  return rules.gaz.firstNames.has(prev.low) && !rules.common.has(prev.low) && !TITLE_HEADS.has(prev.low);
}

/**
 * A month or day that is part of a name: a given name before a surname ('Jan Egeland', 'June
 * Sarpong'), or a surname after a given name ('Theresa May'), never next to a number or a date.
 */
export function monthInName(toks: readonly Tok[], j: number, prev: Tok | null, rules: NameRules): boolean {
  const t = toks[j]!;
  if (!CALENDAR_WORDS.has(t.low) || !t.cap || !/\p{Ll}/u.test(t.text)) return false;
  const next = toks[j + 1];
  if (next && /^\p{N}/u.test(next.text)) return false;
  if (prev) return rules.gaz.firstNames.has(prev.low) && !CALENDAR_WORDS.has(prev.low);
  return isNameWord(next) && !CALENDAR_WORDS.has(next!.low);
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
    // 'Walter M. Phillips': the dot after an initial, which the registry's name leaves out.
    if (n > 0 && on('dotted-initials') && toks[j]?.text === '.' && toks[j - 1]?.word === true && toks[j - 1]!.text.length === 1) j++;
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

