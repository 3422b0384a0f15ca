import type { ArticleDoc, Tok } from './extract.js';
import { descriptionReach, isDash } from './appositives.js';
import { on } from './mechanisms.js';
import { isGluedHyphen, isNameWord, skipsBeforeVerb, isTitleHead, opensSentence, readName, type NameRules } from './names.js';
import {
  CALENDAR_WORDS,
  DETERMINERS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_INVERTING_VERBS,
  ORG_WORDS,
  RELATIVE_WORDS,
  SKIP_BEFORE_VERB,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEAK_SPEECH_VERBS,
} from '../text/lexicon.js';
import { isSpeechVerb } from './speech-verbs.js';
import { leadsSentence, openDescriptionComma } from './open-descriptions.js';

/** Where the run of name words ending at e starts. */
function nameStart(toks: readonly Tok[], e: number): number {
  let b = e;
  while (b > 0 && isNameWord(toks[b - 1])) b--;
  return b;
}

/** A printed name with the evidence beside it that it names a person. */
export interface NameObservation {
  display: string[];
  low: string[];
  title: string | null;
  /** Printed after a courtesy title ('Mr', 'Lord'): only people have those. */
  honorific: boolean;
  /** The courtesy title itself ('dr', 'lord'), when there was one. */
  courtesy?: string;
  /** Seen only as a name with a known first name, with no title or speech verb beside it. */
  weak?: boolean;
  /** Printed as the inverted subject of a speech verb right after a quotation ('"…," said X'). */
  quoting?: boolean;
  /** Taken up as 'its' straight after its speech verb ('X said its offer'): an organisation. */
  itself?: boolean;
  articleId: string;
}

// Only 'its': people say 'it would' as often as companies do.
const IT_WORDS = new Set(['its']);

/** The title printed before a head word at k ('Deputy Finance Minister'), as text, or null. */
function titleBefore(text: string, toks: readonly Tok[], k: number): string | null {
  // A hyphenated post is one word of the title ('fly-half', not 'half').
  let start = k >= 2 && isGluedHyphen(toks, k - 1) ? k - 2 : k;
  for (let m = start - 1; m >= 0; m--) {
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
  // 'X, an investment analyst from Y,': plain words may qualify the post.
  const plain = (t: Tok) => !t.cap && !FUNCTION_WORDS.has(t.low) && !isSpeechVerb(t.low) && !DETERMINERS.has(t.low);
  while (toks[k]?.word && k - start < 5 && (isTitleHead(toks, k) || TITLE_MODIFIERS.has(toks[k]!.low) || plain(toks[k]!) || (toks[k]!.cap && !toks[k]!.poss))) {
    if (isTitleHead(toks, k)) head = k;
    k++;
    if (isGluedHyphen(toks, k) && toks[k + 1]?.word) k++;
  }
  if (head < 0 || head !== k - 1) return null;
  let end = head;
  // 'X, director of anti-constitution group Vote No, said', 'X, an analyst at Y,': the post's place, up to the closing comma.
  if (['of', 'at', 'from', 'for', 'with'].includes(toks[k]?.low ?? '')) {
    let m = k + 1;
    while (m < toks.length && m - k <= 7 && toks[m]!.text !== ',' && toks[m]!.text !== '.') m++;
    if (toks[m]?.text !== ',' && toks[m]?.text !== '.') return null;
    end = m - 1;
    k = m;
  }
  const after = toks[k];
  if (after && !(after.text === ',' || after.text === '.' || isSpeechVerb(after.low))) return null;
  return text.slice(toks[start]!.start, toks[end]!.end);
}

/** A name after a job title or a courtesy title at k ('Chancellor Gordon Brown', 'Mr Blair', 'striker, Michael Owen'). */
function afterTitle(pd: ArticleDoc['passages'][number], k: number, rules: NameRules, articleId: string): NameObservation | null {
  const toks = pd.toks;
  const honorific = HONORIFICS.has(toks[k]!.low) && toks[k]!.cap;
  let s = k + 1;
  if (toks[s]?.text === '.') s++;
  // 'former cabinet secretary Lord Butler': the courtesy title vouches for the name too.
  let vouched = honorific;
  let courtesy = honorific ? toks[k]!.low : undefined;
  if (!honorific && toks[s] && HONORIFICS.has(toks[s]!.low) && toks[s]!.cap) {
    vouched = true;
    courtesy = toks[s]!.low;
    s += toks[s + 1]?.text === '.' ? 2 : 1;
  }
  // 'Secretary of State Jane Roe'
  if (toks[s]?.low === 'of') {
    s++;
    if (toks[s]?.low === 'the') s++;
    const office = s;
    while (toks[s] && toks[s]!.cap && (TITLE_MODIFIERS.has(toks[s]!.low) || ORG_WORDS.has(toks[s]!.low))) s++;
    // 'president of Lions Gate' names where they work, not who they are.
    if (s === office) return null;
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
  if (!r) return null;
  const after = toks[r.j];
  const okAppositive = !appositive || after === undefined || [',', ')', '.'].includes(after.text) || isSpeechVerb(after.low);
  if (!okAppositive || (r.j - r.i === 1 && FUNCTION_WORDS.has(toks[r.i]!.low))) return null;
  const o = nameObservation(toks, r, honorific ? null : titleBefore(pd.text, toks, k), articleId, vouched);
  return courtesy ? { ...o, courtesy } : o;
}

/**
 * The end of a name before 'of/from/at <a capitalised body>' that ends at e ('William Corr of the
 * Campaign for Tobacco-Free Kids urged'), or e itself when there is no such description.
 */
export function beforeOfPlace(toks: readonly Tok[], e: number): number {
  for (let b = e; b >= 0 && e - b <= 10; b--) {
    const t = toks[b]!;
    if (t.q >= 0 || t.mark !== null) return e;
    if (['of', 'from', 'at'].includes(t.low) && b < e) return isNameWord(toks[b - 1]) ? b - 1 : e;
    if (!(t.cap || ['the', 'of', 'and', 'for', '&'].includes(t.low) || isGluedHyphen(toks, b))) return e;
  }
  return e;
}

/** The mark opening the description that the mark at e closes, no further than the description's reach from the mark at end, or -1. */
function openingMark(toks: readonly Tok[], e: number, end: number, opens: (t: Tok | undefined) => boolean): number {
  let m = e - 1;
  while (m >= 0 && end - m <= descriptionReach() && !opens(toks[m]) && (toks[m]!.q < 0 || on('appositives'))) m--;
  return opens(toks[m]) && e - m > 2 ? m : -1;
}

/** 'Labour MSP Jane May had said': a month or a day after a given name is a surname, as reading the name forwards allows. */
function calendarSurname(toks: readonly Tok[], b: number, rules: NameRules): boolean {
  const t = toks[b]!;
  return on('calendar-surnames') && t.word && t.cap && CALENDAR_WORDS.has(t.low) && rules.gaz.firstNames.has(toks[b - 1]?.low ?? '') && !CALENDAR_WORDS.has(toks[b - 1]!.low);
}

/** Two or more name words beside the speech verb at k: 'Ada Okafor said' / 'said Ada Okafor'. */
function besideVerb(toks: readonly Tok[], k: number, rules: NameRules, articleId: string): NameObservation[] {
  const out: NameObservation[] = [];
  let e = k - 1;
  while (e >= 0 && skipsBeforeVerb(toks[e]!) && !calendarSurname(toks, e, rules)) e--;
  // 'Simon Sweetman, from the Federation of Small Businesses, said': the name before the description
  // (set off by dashes too, and quoting a phrase: 'X, one of the so-called "Blair Babes", told').
  const opens = (t: Tok | undefined) => (isDash(toks[e]) ? isDash(t) : t?.text === ',');
  const verbAt = e;
  const unclosed = openDescriptionComma(toks, e, 0);
  if (toks[e]?.text === ',' || (on('appositives') && isDash(toks[e]))) {
    const m = openingMark(toks, e, e, opens);
    // 'Ada Roe, founder of Y Media, which backs Z, said': a relative clause after the description; the name is before both.
    const outer = m >= 0 && RELATIVE_WORDS.has(toks[m + 1]?.low ?? '') ? openingMark(toks, m, e, opens) : -1;
    if (m >= 0) e = (outer >= 0 ? outer : m) - 1;
  } else if (unclosed > 0 && leadsSentence(toks, nameStart(toks, unclosed - 1))) {
    // 'Lisa Roe, head of policy at the Y Trust said': a description with no closing comma.
    e = unclosed - 1;
  } else if (on('of-descriptions')) {
    e = beforeOfPlace(toks, e);
  }
  // 'its' after a description is the body the description names ('X, PPI research director, said its…').
  const described = e !== verbAt;
  let b = e;
  while (b >= 0 && (isNameWord(toks[b]) || calendarSurname(toks, b, rules) || (NAME_PARTICLES.has(toks[b]!.text) && b < e))) b--;
  // 'But Jarek Kujda says': a word that cannot open a name is left off the front.
  if (e - b >= 3 && !readName(toks, b + 1, rules)) b++;
  if (e - b >= 2) {
    const r = readName(toks, b + 1, rules);
    if (r && r.j === e + 1 && r.j - r.i >= 2) {
      // 'Deutsche Boerse said its offer…': what has 'its' is not a person.
      out.push({ ...nameObservation(toks, r, null, articleId), itself: !(described && on('of-descriptions')) && IT_WORDS.has(toks[k + 1]?.low ?? '') });
    }
  }
  const after = NON_INVERTING_VERBS.has(toks[k]!.low) ? null : readName(toks, k + 1, rules);
  // '"…," said Naris Chaiyasoot': the inverted subject straight after a quotation is its speaker.
  // Not when a word follows it: 'said Prebon Yamane economist X' names the firm before the post.
  const ends = after !== null && (toks[after.j] === undefined || !toks[after.j]!.word);
  const quoting = on('quoted-speakers') && ends && (toks[k - 1]?.mark === 'close' || (toks[k - 1]?.text === ',' && toks[k - 2]?.mark === 'close'));
  if (after && after.j - after.i >= 2) out.push({ ...nameObservation(toks, after, null, articleId), ...(quoting ? { quoting: true } : {}) });
  return out;
}

/** Finds printed names with evidence that they are people: a title before or after them, or a speech verb beside them. */
export function observeNames(doc: ArticleDoc, rules: NameRules): NameObservation[] {
  const out: NameObservation[] = [];
  const id = doc.article.id;
  for (const pd of doc.passages) {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word) continue;
      if (isTitleHead(toks, k) || (HONORIFICS.has(t.low) && t.cap)) {
        const o = afterTitle(pd, k, rules, id);
        if (o) out.push(o);
        continue;
      }
      if (t.cap && isNameWord(t) && !isNameWord(toks[k - 1])) {
        // 'Jane Roe, the finance minister, said': a name with its title set off after it.
        const r = readName(toks, k, rules);
        const title = r && r.j - r.i >= 2 ? titleAfter(pd.text, toks, r.j) : null;
        if (r && title) out.push(nameObservation(toks, r, title, id));
      }
      if (isSpeechVerb(t.low) && !WEAK_SPEECH_VERBS.has(t.low)) out.push(...besideVerb(toks, k, rules, id));
    }
  }
  return out;
}

/**
 * Full names printed anywhere with a known first name, whose surname the same article then uses
 * on its own ('Greg Rusedski has criticised…' then 'Rusedski said'): sport and arts copy names
 * someone once in full and quotes them by surname.
 */
export function observeFullNames(doc: ArticleDoc, rules: NameRules): NameObservation[] {
  const out: NameObservation[] = [];
  const alone = surnamesAlone(doc);
  const spoken = on('spoken-surnames') ? surnamesSpeaking(doc) : new Set<string>();
  const g = rules.gaz;
  // A given name the lists lack ('Robby Ginepri') will do when the article quotes the surname alone ('said Ginepri').
  const given = (w: string, last: string) => g.firstNames.has(w) || (spoken.has(last) && !g.places.has(w) && !g.demonyms.has(w) && !g.organisations.has(w));
  for (const pd of doc.passages) {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      // 'Germany's Tommy Haas': a possessive before the name ends whose it is, not the name.
      const joined = isNameWord(toks[k - 1]) && !(on('possessive-openers') && toks[k - 1]!.poss);
      if (!t.cap || !isNameWord(t) || joined || rules.common.has(t.low) || (!g.firstNames.has(t.low) && spoken.size === 0)) continue;
      const r = readName(toks, k, rules);
      // 'fellow American Robby Ginepri': the name after the nationality reading dropped.
      const described = on('spoken-surnames') && r !== null && r.i > k && g.demonyms.has(t.low);
      if (!r || (r.i !== k && !described) || r.j - r.i < 2 || isGluedHyphen(toks, r.j - 2)) continue;
      const first = toks[r.i]!;
      if (!alone.has(toks[r.j - 1]!.low) || !given(first.low, toks[r.j - 1]!.low)) continue;
      // An unlisted given name only inside a sentence of the reporter's: an opening word is as often a
      // description ('Classy Henman'), and a placard's words ('"Dump Trump"') are nobody's name.
      if (!g.firstNames.has(first.low) && (opensSentence(toks, k) || first.q >= 0)) continue;
      out.push({ ...nameObservation(toks, r, null, doc.article.id), weak: true });
      k = r.j - 1;
    }
  }
  return out;
}

/** Capitalised words the article prints alone right beside a speech verb ('said Ginepri', 'Ginepri added'). */
function surnamesSpeaking(doc: ArticleDoc): Set<string> {
  const out = new Set<string>();
  const verb = (t: Tok | undefined) => t?.word === true && isSpeechVerb(t.low) && !NON_INVERTING_VERBS.has(t.low);
  for (const pd of doc.passages) {
    pd.toks.forEach((t, k) => {
      if (t.q >= 0 || !t.cap || !isNameWord(t) || isNameWord(pd.toks[k - 1]) || isNameWord(pd.toks[k + 1])) return;
      if (verb(pd.toks[k - 1]) || (verb(pd.toks[k + 1]) && !t.poss)) out.add(t.low);
    });
  }
  return out;
}

/** Capitalised words the article prints on their own inside a sentence, as a surname after the first mention. */
function surnamesAlone(doc: ArticleDoc): Set<string> {
  const out = new Set<string>();
  for (const pd of doc.passages) {
    pd.toks.forEach((t, k) => {
      if (t.cap && isNameWord(t) && !isNameWord(pd.toks[k - 1]) && !isNameWord(pd.toks[k + 1]) && !opensSentence(pd.toks, k)) out.add(t.low);
    });
  }
  return out;
}
