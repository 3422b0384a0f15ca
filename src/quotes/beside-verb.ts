import type { Tok } from './extract.js';
import { descriptionReach, isDash } from './appositives.js';
import { on } from './mechanisms.js';
import { isGluedHyphen, isNameWord, isSetOffAge, isTitleHead, monthInName, nameStart, readName, skipsBeforeVerb, type NameRules } from './names.js';
import { nameObservation, type NameObservation } from './observation.js';
import { leadsSentence, openDescriptionComma } from './open-descriptions.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_PARTICLES, NON_INVERTING_VERBS, RELATIVE_WORDS } from '../text/lexicon.js';

// Names printed beside a speech verb ('Ada Okafor said', 'said Ada Okafor'): evidence that they are people's.

// Only 'its': people say 'it would' as often as companies do.
const IT_WORDS = new Set(['its']);

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

/**
 * 'ITV's controller of entertainment, Jo Roe, said': the full name filling the commas at m and e,
 * after a post that ends in a plain word (so no name of its own: 'Jo Roe, Acme Ltd, said' is not
 * read), is who the post is, and speaks.
 */
function postAppositive(toks: readonly Tok[], m: number, e: number, rules: NameRules): { i: number; j: number } | null {
  const post = toks[m - 1];
  if (!on('post-appositives') || toks[m]?.text !== ',' || !post?.word || post.cap || FUNCTION_WORDS.has(post.low) || post.q >= 0) return null;
  const r = readName(toks, m + 1, rules);
  return r && r.i === m + 1 && r.j === e && r.j - r.i >= 2 ? r : null;
}

/** Two or more name words beside the speech verb at k: 'Ada Okafor said' / 'said Ada Okafor'. */
export function besideVerb(toks: readonly Tok[], k: number, rules: NameRules, articleId: string): NameObservation[] {
  const out: NameObservation[] = [];
  let e = k - 1;
  while (e >= 0 && skipsBeforeVerb(toks, e) && !calendarSurname(toks, e, rules)) e--;
  // 'Tom Roe, 45, said', 'Tom Roe, 45, from Leeds, said': an age set off after the name is part of it.
  if (toks[e]?.text === ',' && isSetOffAge(toks, e - 1)) e -= 3;
  // 'Simon Sweetman, from the Federation of Small Businesses, said': the name before the description
  // (set off by dashes too, and quoting a phrase: 'X, one of the so-called "Blair Babes", told').
  const opens = (t: Tok | undefined) => (isDash(toks[e]) ? isDash(t) : t?.text === ',');
  const verbAt = e;
  const unclosed = openDescriptionComma(toks, e, 0);
  if (toks[e]?.text === ',' || (on('appositives') && isDash(toks[e]))) {
    const m = openingMark(toks, e, e, opens);
    const named = m >= 0 ? postAppositive(toks, m, e, rules) : null;
    if (named) out.push(nameObservation(toks, named, null, articleId));
    // 'Ada Roe, founder of Y Media, which backs Z, said': a relative clause after the description; the name is before both.
    // 'X, a board member of Germany's central bank, the Bundesbank, said': an appositive of the description's own noun; the name is before both.
    const nested = on('nested-appositives') && !named && toks[m - 1]?.word === true && !toks[m - 1]!.cap;
    const outer = m >= 0 && (RELATIVE_WORDS.has(toks[m + 1]?.low ?? '') || nested) ? openingMark(toks, m, e, opens) : -1;
    if (m >= 0) e = (outer >= 0 ? outer : m) - 1;
    if (isSetOffAge(toks, e)) e -= 2;
  } else if (unclosed > 0 && leadsSentence(toks, nameStart(toks, unclosed - 1))) {
    // 'Lisa Roe, head of policy at the Y Trust said': a description with no closing comma.
    e = unclosed - 1;
  } else if (on('of-descriptions')) {
    e = beforeOfPlace(toks, e);
  }
  // 'its' after a description is the body the description names ('X, PPI research director, said its…').
  const described = e !== verbAt;
  let b = e;
  // 'Acme's Jo Roe told': the possessive is whose they are; the name starts after it.
  const owner = (x: number) => on('possessive-bodies') && x >= 0 && x < e && toks[x]!.poss;
  // 'David Heathcoat-Amory said': a hyphen inside a double-barrelled surname does not end the name.
  const hyphen = (x: number) => on('hyphenated-surnames') && x < e && isGluedHyphen(toks, x) && isNameWord(toks[x - 1]);
  // 'Amnesty International's Jan Shaw said': a month's name may open the name, as 'Jan Egeland'.
  const month = (x: number) => on('month-given-names') && x < e && rules.gaz.firstNames.has(toks[x]!.low) && monthInName(toks, x, null, rules);
  while (b >= 0 && !owner(b) && (isNameWord(toks[b]) || calendarSurname(toks, b, rules) || (NAME_PARTICLES.has(toks[b]!.text) && b < e) || hyphen(b) || month(b))) b--;
  // 'But Jarek Kujda says': a word that cannot open a name is left off the front.
  if (e - b >= 3 && !readName(toks, b + 1, rules)) b++;
  // …and only a listed given name opens a name there: 'Acme's Hollywood Laboratories' is the firm's lab.
  const ownerOk = !owner(b) || rules.gaz.firstNames.has(toks[b + 1]?.low ?? '');
  if (e - b >= 2 && ownerOk) {
    const r = readName(toks, b + 1, rules);
    if (r && r.j === e + 1 && r.j - r.i >= 2) {
      // 'Deutsche Boerse said its offer…': what has 'its' is not a person.
      const quoting = !described && on('preposed-speakers') && afterQuotation(toks, r.i);
      // 'Fidelis Nanga, a journalist based in Yaounde, said': the post set off after the name is theirs.
      const post = described && on('preposed-posts') ? postAfter(toks, r.j) : null;
      out.push({ ...nameObservation(toks, r, post, articleId), itself: !(described && on('of-descriptions')) && IT_WORDS.has(toks[k + 1]?.low ?? ''), ...(quoting ? { quoting: true } : {}) });
    }
  }
  // 'Kenyon denies Robben Barca return': a verb with its subject right before it is not inverted; the name after it is its object.
  const subjectFirst = on('subject-first-verbs') && isNameWord(toks[k - 1]) && toks[k - 1]!.q < 0;
  const after = subjectFirst ? null : afterVerb(toks, k, rules, articleId);
  if (after) out.push(after);
  return out;
}

/**
 * '"…," Praful Roe said', '"…," the minister for aviation Praful Roe said': does the name at i
 * follow a quotation's closing mark straight away, or past a post of plain words only?
 */
function afterQuotation(toks: readonly Tok[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && i - b <= POST_REACH + 1 && toks[b]!.word && !toks[b]!.cap && toks[b]!.q < 0) b--;
  if (toks[b]?.text === ',') b--;
  return toks[b]?.mark === 'close';
}

/** How many words of a post may stand between an inverted speech verb and the name ('said MSN's product chief Jo Roe'). */
const POST_REACH = 5;

/** Ends a clause: nothing, or no word, follows it. */
const endsAt = (toks: readonly Tok[], j: number) => toks[j] === undefined || !toks[j]!.word;

/**
 * The inverted subject of the speech verb at k ('said Ada Okafor'), or, with 'inverted-posts', the
 * name after a post that opens with a possessive or a word no title list holds ('said MSN's Jo
 * Roe', 'said Aviator star Jo Roe'), when the name ends the clause.
 */
function afterVerb(toks: readonly Tok[], k: number, rules: NameRules, articleId: string): NameObservation | null {
  if (NON_INVERTING_VERBS.has(toks[k]!.low)) return null;
  let after = readName(toks, k + 1, rules);
  if ((!after || after.j - after.i < 2) && on('inverted-posts')) {
    for (let m = k + 1; m < toks.length && m <= k + POST_REACH; m++) {
      const t = toks[m]!;
      if (isGluedHyphen(toks, m)) continue; // 'said team-mate Jo Roe'
      if (!t.word || t.q >= 0 || (!t.cap && FUNCTION_WORDS.has(t.low))) break;
      const r = m > k + 1 ? readName(toks, m, rules) : null;
      if (r && r.i === m && r.j - r.i >= 2 && endsAt(toks, r.j)) {
        after = r;
        break;
      }
    }
  }
  // '"…," said Naris Chaiyasoot': the inverted subject straight after a quotation is its speaker.
  // Not when a word follows it: 'said Prebon Yamane economist X' names the firm before the post.
  // …or where a body follows it ('"…," said Einar Roe from Unosat.', '…of the International Longevity Centre').
  const bodyNext = (j: number) => on('speakers-of-bodies') && ['of', 'from', 'at'].includes(toks[j]?.low ?? '') && (toks[j + 1]?.low === 'the' ? toks[j + 2] : toks[j + 1])?.cap === true;
  const quoting = on('quoted-speakers') && after !== null && (endsAt(toks, after.j) || bodyNext(after.j)) && (toks[k - 1]?.mark === 'close' || (toks[k - 1]?.text === ',' && toks[k - 2]?.mark === 'close'));
  // '"I didn't have a clue," said Idowu.': one word the corpus holds as no ordinary word, ending the
  // sentence there; not a word printed before a post ('Barca midfielder'), a team's or a body's.
  const one = after && after.j - after.i === 1 ? toks[after.i]!.low : null;
  const mononym = quoting && on('quoted-mononyms') && one !== null && toks[after!.j]?.text === '.' && !rules.common.has(one) && !rules.qualifiers.has(one);
  if (!after || (after.j - after.i < 2 && !mononym)) return null;
  return { ...nameObservation(toks, after, on('inverted-descriptions') ? postAfter(toks, after.j) : null, articleId), ...(quoting ? { quoting: true } : {}) };
}

/**
 * 'says Helmut Roe, director of the Institute…', 'said Jo Roe, a spokeswoman for…': the post set
 * off by a comma after an inverted subject, as text, or null. Its head must come within a few
 * words ('Jo Roe, who…' and 'Jo Roe, Acme's founder' with no listed head are not read).
 */
function postAfter(toks: readonly Tok[], j: number): string | null {
  if (toks[j]?.text !== ',') return null;
  let k = j + 1;
  if (['a', 'an', 'the'].includes(toks[k]?.low ?? '')) k++;
  const start = k;
  for (; k < toks.length && k - start < POST_REACH; k++) {
    const t = toks[k]!;
    if (!t.word || t.q >= 0 || t.poss || FUNCTION_WORDS.has(t.low)) return null;
    if (isTitleHead(toks, k) && !t.cap) return toks.slice(start, k + 1).filter((x) => x.word).map((x) => x.text).join(' ');
  }
  return null;
}
