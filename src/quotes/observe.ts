import type { ArticleDoc, Tok } from './extract.js';
import { on } from './mechanisms.js';
import { PEER_TITLES } from './courtesy-sex.js';
import { isDweller, isGluedHyphen, isNameWord, isPostNominal, isTitleHead, nameStart, opensSentence, pastComplement, readName, type NameRules } from './names.js';
import {
  BODY_NOUNS,
  DETERMINERS,
  FUNCTION_WORDS,
  HONORIFICS,
  NON_INVERTING_VERBS,
  ORG_HEADS,
  ORG_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEAK_SPEECH_VERBS,
} from '../text/lexicon.js';
import { isSpeechVerb } from './speech-verbs.js';
import { besideVerb } from './beside-verb.js';
import { nameObservation, type NameObservation } from './observation.js';

export type { NameObservation } from './observation.js';

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

/** A title set off after a name ('Jane Roe, the finance minister,', 'X, the company's chief executive, said') or said to be theirs ('X is senior benefit officer'). */
function titleAfter(text: string, toks: readonly Tok[], j: number): string | null {
  // 'Piers Freelove is senior benefit officer on the picket line': a post the name is said to hold.
  const copular = on('copular-posts') && (toks[j]?.low === 'is' || toks[j]?.low === 'was') && opensSentence(toks, nameStart(toks, j));
  if (toks[j]?.text !== ',' && !copular) return null;
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
  if (copular) return text.slice(toks[start]!.start, toks[head]!.end);
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

/** 'of Durham, …', 'of the European Parliament, …': past one to four capitalised words from k, the comma that follows them, or -1. */
function placeThenComma(toks: readonly Tok[], k: number): number {
  let m = k;
  while (m < toks.length && m - k < 4 && toks[m]!.word && toks[m]!.cap && !toks[m]!.poss) m++;
  return m > k && toks[m]?.text === ',' ? m : -1;
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
    const of = s++;
    if (toks[s]?.low === 'the') s++;
    const office = s;
    while (toks[s] && toks[s]!.cap && (TITLE_MODIFIERS.has(toks[s]!.low) || ORG_WORDS.has(toks[s]!.low))) s++;
    // 'president of Lions Gate' names where they work, not who they are; 'minister of sport Jaime
    // Roe' has a lower-case complement, read below.
    // At most two words: 'managing director of oil industry analysts Douglas-Westwood' names a firm.
    const lower = on('of-complements') && toks[office]?.word === true && !toks[office]!.cap && pastComplement(toks, of) - of <= 3;
    // 'The Bishop of Durham, the Rt Rev Dr Tom Wright,': the office's place, then its holder set off by commas.
    const place = s === office && on('office-appositives') ? placeThenComma(toks, office) : -1;
    if (s === office && !lower && place < 0) return null;
    if (lower) s = of;
    if (place >= 0) s = place;
  }
  // 'deputy minister for women Jacqui Smith', 'spokesman for health Jo Roe': a post's lower-case complement, before a listed given name.
  if (on('post-complements') && !honorific && (toks[s]?.low === 'for' || toks[s]?.low === 'of')) {
    const x = pastComplement(toks, s);
    if (x >= 0 && isNameWord(toks[x]) && rules.gaz.firstNames.has(toks[x]!.low)) s = x;
  }
  let appositive = false;
  if (toks[s]?.text === ',') {
    s++;
    appositive = true;
    if (on('office-appositives') && toks[s]?.low === 'the' && HONORIFICS.has(toks[s + 1]?.low ?? '')) s++;
    while (toks[s] && HONORIFICS.has(toks[s]!.low)) {
      vouched = true;
      s += toks[s + 1]?.text === '.' ? 2 : 1;
      if (!on('office-appositives')) break;
    }
  }
  const r = readName(toks, s, rules, true);
  if (!r) return null;
  // 'The Tory finance spokesman, Brian Monteith MSP, said': letters after the name are part of it.
  const postNominal = on('post-nominal-appositives') && isPostNominal(toks[r.j]);
  const after = toks[postNominal ? r.j + 1 : r.j];
  const okAppositive = !appositive || after === undefined || [',', ')', '.'].includes(after.text) || isSpeechVerb(after.low);
  if (!okAppositive || (r.j - r.i === 1 && FUNCTION_WORDS.has(toks[r.i]!.low))) return null;
  const o = nameObservation(toks, r, honorific ? null : titleBefore(pd.text, toks, k), articleId, vouched);
  const peer = on('peer-seats') && courtesy !== undefined && PEER_TITLES.has(courtesy) && r.j - r.i === 1 && toks[r.j]?.low === 'of' && toks[r.j + 1]?.cap === true;
  // Shown as the peerage is printed: 'Lord Nicholls of Birkenhead', not a bare 'Nicholls'.
  const seat = (n: number): string[] => (toks[n]?.word && toks[n]!.cap && n <= r.j + 2 ? [toks[n]!.text, ...seat(n + 1)] : []);
  const titled = peer && courtesy ? { peer, display: [courtesy.charAt(0).toUpperCase() + courtesy.slice(1), ...o.display, 'of', ...seat(r.j + 1)] } : {};
  return courtesy ? { ...o, courtesy, ...titled } : o;
}

/**
 * 'Arsenal's Brazilian midfielder Edu' … 'Edu added': one word right after a person's post (in
 * lower case: 'Chief Yahoo' is a nickname), printed alone beside a speech verb in the same
 * article, names someone known by one name; marked as speaking, which personhood weighs.
 * Not after a post a body holds ('regulator Ofcom').
 */
function mononym(o: NameObservation, toks: readonly Tok[], k: number, speaking: ReadonlySet<string>): NameObservation {
  const post = toks[k]!;
  const w = o.low[0]!;
  if (o.low.length !== 1 || o.honorific || post.cap || toks[k + 1]?.low !== w || !speaking.has(w)) return o;
  return BODY_NOUNS.has(post.low) || ORG_HEADS.has(post.low) ? o : { ...o, spoken: true };
}

/** Finds printed names with evidence that they are people: a title before or after them, or a speech verb beside them. */
export function observeNames(doc: ArticleDoc, rules: NameRules): NameObservation[] {
  const out: NameObservation[] = [];
  const id = doc.article.id;
  const speaking = on('mononyms') ? surnamesSpeaking(doc) : new Set<string>();
  for (const pd of doc.passages) {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word) continue;
      if (isTitleHead(toks, k) || (HONORIFICS.has(t.low) && t.cap)) {
        const o = afterTitle(pd, k, rules, id);
        if (o) out.push(mononym(o, toks, k, speaking));
        continue;
      }
      // 'For Rick Roe, director of THX,': the sentence's opening function word opens no name.
      const prev = toks[k - 1];
      const opener = on('opening-prepositions') && prev !== undefined && FUNCTION_WORDS.has(prev.low) && opensSentence(toks, k - 1);
      if (t.cap && isNameWord(t) && (!isNameWord(prev) || opener)) {
        // 'Jane Roe, the finance minister, said': a name with its title set off after it.
        // 'Bill Simmelink, general manager of TI's Voip business, said': a listed given name that is
        // an ordinary word too opens a sentence's name when a post is set off after it.
        const given = on('titled-common-given-names') && rules.gaz.firstNames.has(t.low) && rules.common.has(t.low);
        const r = readName(toks, k, rules) ?? (given ? readName(toks, k, rules, true) : null);
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
      const joined = isNameWord(toks[k - 1]) && !(on('possessive-openers') && toks[k - 1]!.poss) && !(k > 0 && isDweller(toks, k - 1, rules));
      // 'Bill Conti's job…' then 'explains Conti': a given name that is an ordinary word too ('Bill',
      // 'Will', 'Grant') opens a name, even a sentence's, before a surname the article quotes alone.
      const commonGiven = on('common-given-names') && rules.common.has(t.low) && g.firstNames.has(t.low) && spoken.has(toks[k + 1]?.low ?? '') && isNameWord(toks[k + 1]);
      if (!t.cap || !isNameWord(t) || joined || (rules.common.has(t.low) && !commonGiven) || (!g.firstNames.has(t.low) && spoken.size === 0)) continue;
      const r = readName(toks, k, rules, commonGiven);
      // 'fellow American Robby Ginepri': the name after the nationality reading dropped.
      const described = on('spoken-surnames') && r !== null && r.i > k && (g.demonyms.has(t.low) || isDweller(toks, r.i - 1, rules));
      // 'Philippe Saint-Andre': a double-barrelled surname after a given name; 'the Ferguson-Wenger saga' is two surnames, no given one.
      if (!r || (r.i !== k && !described) || r.j - r.i < 2 || (isGluedHyphen(toks, r.j - 2) && (!on('hyphenated-surnames') || r.j - 3 <= r.i))) continue;
      const first = toks[r.i]!;
      // 'Silvas said:' opening a sentence is the surname alone as much as 'said Silvas' is.
      const last = toks[r.j - 1]!.low;
      if (!(alone.has(last) || (on('initial-surnames') && spoken.has(last))) || !given(first.low, last)) continue;
      // An unlisted given name only inside a sentence of the reporter's: an opening word is as often a
      // description ('Classy Henman'), and a placard's words ('"Dump Trump"') are nobody's name.
      if (!g.firstNames.has(first.low) && (opensSentence(toks, k) || first.q >= 0)) continue;
      out.push({ ...nameObservation(toks, r, null, doc.article.id), weak: true, ...(spoken.has(last) ? { spoken: true } : {}) });
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
      // 'Young told BBC Sport': 'told' names its listener after it, never its speaker, but it has one before.
      const said = (x: Tok | undefined) => verb(x) || (on('ordinary-surnames') && x?.word === true && isSpeechVerb(x.low));
      if (verb(pd.toks[k - 1]) || (said(pd.toks[k + 1]) && !t.poss)) out.add(t.low);
    });
  }
  return out;
}

/** Capitalised words the article prints on their own inside a sentence, as a surname after the first mention. */
function surnamesAlone(doc: ArticleDoc): Set<string> {
  const out = new Set<string>();
  for (const pd of doc.passages) {
    pd.toks.forEach((t, k) => {
      if (!t.cap || !isNameWord(t) || isNameWord(pd.toks[k + 1])) return;
      // 'Roe has lost both games', 'Russia's Roe struggled': the surname alone opening a sentence or after a possessive, once the full name is given.
      const prev = pd.toks[k - 1];
      const opening = on('initial-surnames') && (opensSentence(pd.toks, k) || prev?.poss === true) && t.q < 0 && pd.toks[k + 1]?.word === true && !pd.toks[k + 1]!.cap;
      if (opening || (!isNameWord(prev) && !opensSentence(pd.toks, k))) out.add(t.low);
    });
  }
  return out;
}
