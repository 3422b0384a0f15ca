import type { Tok } from './extract.js';
import type { Mention } from './mentions.js';
import { FUNCTION_WORDS, HONORIFICS, SPOKES_WORDS, TITLE_HEADS } from '../text/lexicon.js';
import { isGluedHyphen, isPostNominal, isSetOffAge, isTitleHead } from './names.js';
import { governed, governedAt, mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { whoOf } from './coreference.js';
import { on } from './mechanisms.js';

// Descriptions set off beside a name ('X, chief economist at Y, said'; 'X - then adviser to Y - told'):
// where they start and end, and the name they describe.

/** Longest description set off by commas between a name and its verb, in tokens. */
export const APPOSITIVE_REACH = 12;

/** How far a description set off by commas between a name and its verb may run: longer when it may hold a relative clause ('X, a banker who has held talks with Y over a bond sale, said'). */
export const descriptionReach = (): number => (on('long-descriptions') ? 2 * APPOSITIVE_REACH : APPOSITIVE_REACH);

/**
 * The person before ', a/the <post> …' that runs up to the verb at j+1 without a closing comma
 * ('Scott Stanzel, a spokesman for the Bush-Cheney campaign said'); the description must hold a post.
 */
export function describedName(c: Ctx, p: number, j: number, lo: number): ReturnType<typeof mentionAt> {
  const toks = toksOf(c, p);
  let post = false;
  for (let b = j; b >= lo && j - b <= APPOSITIVE_REACH; b--) {
    const t = toks[b]!;
    if (t.q >= 0 || t.mark !== null) return null;
    if (t.word && (TITLE_HEADS.has(t.low) || SPOKES_WORDS.has(t.low))) post = true;
    if (t.text === ',') {
      const m = nameAt(c, p, b - 1);
      return post && m && m.kind !== 'pronoun' ? m : null;
    }
    // 'a spokesman for the Bush-Cheney campaign said': a hyphen joining two words is inside the description.
    if (!t.word && !(on('hyphened-descriptions') && isGluedHyphen(toks, b))) return null;
  }
  return null;
}

/** The mention ending at k, or, past a post-nominal ('Paul Boateng MP, Labour's…'), the one before it. */
function nameAt(c: Ctx, p: number, k: number): ReturnType<typeof mentionAt> {
  const toks = toksOf(c, p);
  const postNominal = on('post-nominal-appositives') && isPostNominal(toks[k]);
  // 'Tom Roe, 45, from Leeds, said': an age set off after the name is part of it.
  return mentionAt(c, p, k) ?? (postNominal ? mentionAt(c, p, k - 1) : isSetOffAge(toks, k) ? mentionAt(c, p, k - 2) : null);
}

const DASHES = new Set(['-', '–', '—']);
/** A dash standing apart from the words round it, as a description is set off ('X - then adviser to Y - said'). */
export const isDash = (t: Tok | undefined): boolean => t !== undefined && DASHES.has(t.text) && !t.word;

/**
 * Who stands before the comma or dash at j, the speech verb after it: the name right before it,
 * or the name before the description it closes ('X, chief executive of the Y Association, said'),
 * which wins over an organisation the description names.
 */
export function headBefore(c: Ctx, p: number, j: number, lo: number): ReturnType<typeof mentionAt> {
  // 'The actor, whose films include Michael Collins, said': a name ending the relative clause is what it is about.
  // …so the verb's subject stands before the clause's opening comma, as before a closing one.
  const rel = relativeBefore(toksOf(c, p), j, lo);
  if (rel >= 0) return headBefore(c, p, rel, lo);
  const right = isDash(toksOf(c, p)[j]) ? null : nameAt(c, p, j - 1);
  // 'X, a specialist at accountancy firm Grant Thornton, said': a name a preposition of the description governs did not speak, a firm's or a person's.
  const inner = right !== null && on('appositives') && (governed(c, right) ? right.personId?.startsWith('org-') === true || on('governed-descriptions') : on('governed-descriptions') && governedPast(toksOf(c, p), right.i));
  if (right && !inner) return right;
  return appositiveHead(c, p, j, lo) ?? right;
}

/**
 * 'at accountancy firm Grant Thornton': a preposition governs the name past up to three lower-case
 * words, or a possessor's ('from the UK's Human Rights Watch').
 */
function governedPast(toks: readonly Tok[], i: number): boolean {
  for (let b = i - 1; b >= 0 && i - b <= 4; b--) {
    const possessor = on('possessor-objects') && toks[b]!.cap && toks[b]!.poss;
    if (!toks[b]!.word || (toks[b]!.cap && !possessor)) return false;
    if (governedAt(toks, b + 1) && b < i - 1) return true;
  }
  return false;
}

/**
 * Where ', who' / ', whose' / ', which' opens a relative clause that the comma at j closes right
 * before a verb ('X, whose films include A, B and C, said'), or -1. The names inside it are its
 * own business: the verb's subject is whoever stands before its opening comma, or no one named.
 */
export function relativeBefore(toks: readonly Tok[], j: number, lo: number): number {
  if (!on('relative-clauses') || toks[j]?.text !== ',') return -1;
  for (let b = j - 1; b > lo && j - b <= 2 * descriptionReach(); b--) {
    const t = toks[b]!;
    if (t.q >= 0 || t.mark !== null || t.text === '.') return -1;
    if ((t.low === 'who' || t.low === 'whose' || t.low === 'which') && toks[b - 1]?.text === ',') return b - 1;
  }
  return -1;
}

/**
 * The name before a description set off by commas (or by dashes) that ends at the mark at j
 * ('X, chief economist at Y,', 'X - then adviser to Y -'); the description may quote a phrase
 * ('X, one of the so-called "Blair Babes", told').
 */
function appositiveHead(c: Ctx, p: number, j: number, lo: number): ReturnType<typeof mentionAt> {
  const toks = toksOf(c, p);
  const dash = isDash(toks[j]);
  let inner: Mention | null = null;
  for (let b = j - 1; b >= lo && j - b <= descriptionReach(); b--) {
    if ((toks[b]!.q >= 0 || toks[b]!.mark !== null) && !on('appositives')) return null;
    if (dash ? isDash(toks[b]) : toks[b]!.text === ',') {
      const m = nameAt(c, p, b - 1);
      if (!m || m.kind === 'pronoun') return inner;
      // 'X, founder of Y Media, which backs Z, said': an organisation governed by a word of the
      // description ('of', 'at') is part of it, not a subject; the name before the description spoke.
      if (!isOrg(m) || !governed(c, m)) return m;
      inner ??= m;
      b = m.i;
    }
  }
  return inner;
}

const isOrg = (m: Mention): boolean => m.personId?.startsWith('org-') === true;

/** The person named after the comma that closes the description starting at k ('the report's author, Jane Roe'). */
export function namedAfterComma(c: Ctx, p: number, k: number): Who | null {
  const toks = toksOf(c, p);
  for (let m = k; m < toks.length && m - k <= 6; m++) {
    const t = toks[m]!;
    if (t.text === ',') {
      let n = m + 1;
      if (toks[n] && HONORIFICS.has(toks[n]!.low)) n++;
      const who = mentionAt(c, p, n);
      return who && who.kind !== 'pronoun' ? whoOf(c, who) : null;
    }
    if (!t.word || t.q >= 0) return null;
  }
  return null;
}

/**
 * The person named straight after an indefinite post that starts at k ('said a proud coach Jane
 * Roe', 'said an independent analyst, Jane Roe'), or null: the post's words are plain or a title.
 */
export function namedAfterPost(c: Ctx, p: number, k: number): Who | null {
  const toks = toksOf(c, p);
  if (!on('indefinite-posts')) return namedAfterComma(c, p, k);
  for (let m = k + 1; m < toks.length && m - k <= 5; m++) {
    const t = toks[m]!;
    const who = mentionAt(c, p, m);
    if (who) return who.kind === 'name' && !isOrg(who) && m > k + 1 && isTitleHead(toks, m - 1) ? whoOf(c, who) : namedAfterComma(c, p, k);
    if (!t.word || t.q >= 0 || t.cap || FUNCTION_WORDS.has(t.low)) break;
  }
  return namedAfterComma(c, p, k);
}

/** The comma (or dash) that closes a description opened by the one at k, or -1. */
export function nextComma(toks: readonly Tok[], k: number): number {
  const dash = isDash(toks[k]);
  for (let m = k + 1; m < toks.length && m - k <= APPOSITIVE_REACH; m++) {
    if (toks[m]!.text === '.') return -1;
    if ((toks[m]!.q >= 0 || toks[m]!.mark !== null) && !on('appositives')) return -1;
    if (dash ? isDash(toks[m]) : toks[m]!.text === ',') return m;
  }
  return -1;
}


/**
 * 'Interfax quoted Mr Roe as saying', 'Reuters quoted an official as saying': the one quoted is
 * the speaker, not the outlet; nobody we can name when they are unnamed. Null for any other verb.
 */
export function quotedAs(c: Ctx, p: number, v: number): Who | null {
  const toks = toksOf(c, p);
  if (!on('quoted-as') || toks[v]?.low !== 'quoted') return null;
  for (let k = v + 1; k < toks.length && k <= v + 8; k++) {
    if (toks[k]!.low !== 'as' || toks[k + 1]?.low !== 'saying') continue;
    if (k === v + 1) return null; // 'X was quoted as saying': X, the subject, spoke

    // 'quoted Qantas chief executive Geoff Dixon as saying', 'quoted Mr Roe as saying': the name right before 'as', past its post.
    const last = on('quoted-as-posts') ? mentionAt(c, p, k - 1) : null;
    const described = last !== null && last.j === k && last.i > v + 1 && last.kind === 'name' && toks.slice(v + 1, last.i).every((t) => t.word);
    const m = described ? last : mentionAt(c, p, v + 1);
    return m && m.j === k ? whoOf(c, m) : { kind: 'blocked' };
  }
  return null;
}
