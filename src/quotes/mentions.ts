import type { ArticleDoc, Tok } from './extract.js';
import { isGluedHyphen, isNameWord, isTitleHead, spanOfWords } from './names.js';
import { on } from './mechanisms.js';
import { nameAfterRole } from './role-appositives.js';
import type { PeopleIndex } from './registry.js';
import { loneName } from './lone-names.js';
import { EPITHET_NOUNS, FUNCTION_WORDS, HONORIFICS, PERSON_PRONOUNS, SPOKESPERSONS, TITLE_HEADS, TITLE_MODIFIERS } from '../text/lexicon.js';
import { isSpeechVerb } from './speech-verbs.js';
import { orgHeadMentions } from './org-heads.js';
import { spokenFunctionWord } from './function-surnames.js';
import { misprintedMention } from './misspellings.js';
import { holder, rankOf } from './role-holders.js';

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
  /** A role with no post in it ('the 30-year-old', 'the American'): whoever the story is about, not a title holder. */
  epithet?: boolean;
  /** For a full name, its last word, folded ('may' for 'Brian May'). */
  surname?: string;
  /** A role no one named before holds ('the Salford MP'): the person the sentence before is about, else `personId`, the only person named so far. */
  unheld?: boolean;
}

/** Nationalities used as nouns that are not '-man' words. */
const NATIONAL_NOUNS = new Set(['scot', 'briton', 'american', 'australian', 'italian', 'spaniard', 'german', 'brazilian', 'argentine', 'kiwi', 'wallaby', 'springbok', 'russian', 'swede', 'dane', 'finn', 'pole', 'belgian', 'croat', 'serb', 'kenyan', 'ethiopian', 'canadian', 'portuguese', 'greek', 'chinese', 'japanese']);

/** Modifiers that say when someone held a post, not which post: 'the former minister' is still 'the minister'. */
const TENSE_MODIFIERS = new Set(['former', 'acting', 'interim', 'new', 'then', 'late', 'outgoing', 'incoming', 'current', 'top', 'senior', 'veteran', 'ex']);

const inQuoteAt = (t: Tok) => t.q >= 0 && t.mark === null;

/** Full names of the registry printed in the article, longest variant first at each place. */
function fullNames(doc: ArticleDoc, idx: PeopleIndex, taken: boolean[][]): Mention[] {
  const names: Mention[] = [];
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
        names.push({ kind: 'name', personId: v.personId, p, i: k, j: end, sent: t.sent, inQuote: inQuoteAt(t), surname: ws[ws.length - 1]!.low });
        for (let m = k; m < end; m++) taken[p]![m] = true;
        k = end - 1;
        break;
      }
    }
  });
  return names;
}

/**
 * 'the senator', 'the chief executive', 'the Arsenal boss', 'the Tory leader' — a role, not
 * followed by a name. Returns the end of the phrase and the words its holder's titles must have.
 */
function nominalAt(toks: readonly Tok[], k: number, demonyms: ReadonlySet<string>): { end: number; need: string[] } | null {
  // 'the ex-Wallaby', 'the ex-minister'
  if (toks[k + 1]?.low === 'ex' && toks[k + 2]?.text === '-') k += 2;
  const age = ageAt(toks, k + 1);
  // 'the 30-year-old', 'the Dutchman': the person the story is about, whatever their post.
  if (age > 0) {
    const next = toks[age];
    const more = next?.word === true && ((next.cap && isNationalNoun(next.low, demonyms)) || isTitleHead(toks, age));
    return { end: more ? age + 1 : age, need: [] };
  }
  // …but 'the French president' is a post, which its holder's titles say ('French President Jacques
  // Chirac'); 'the Scottish Executive', in capitals, is a body.
  const post = on('national-posts') && toks[k + 2]?.word === true && !toks[k + 2]!.cap && isTitleHead(toks, k + 2);
  if (toks[k + 1]?.cap && isNationalNoun(toks[k + 1]!.low, demonyms) && !isNameWord(toks[k + 2]) && !post) return { end: k + 2, need: [] };
  let h = k + 1;
  const need: string[] = [];
  let lastHead = -1;
  let lastEpithet = -1;
  while (h < toks.length && h <= k + 4) {
    const t = toks[h]!;
    // 'the Chelsea star', 'the Holland international': what a player is, not a post anyone holds.
    const epithet = on('epithet-nouns') && t.word && !t.cap && EPITHET_NOUNS.has(t.low);
    if (epithet) lastEpithet = h;
    const head = isTitleHead(toks, h) || epithet;
    const role = head || TITLE_MODIFIERS.has(t.low);
    // A capitalised word inside the role names its team, party or office ('the Arsenal boss'); a
    // plain one qualifies it ('the world indoor champion'); a hyphen joins a post ('fly-half').
    const qualifier = (t.cap && !HONORIFICS.has(t.low) && !FUNCTION_WORDS.has(t.low)) || (!t.cap && !FUNCTION_WORDS.has(t.low) && !isSpeechVerb(t.low));
    // 'the Oscar-nominated actor', 'the Belfast-born singer': a name hyphened to a word qualifies the post
    // ('the two-time champion' is left alone: which champion it is, the article may not say).
    const compound = on('hyphen-modifiers') && h > k + 1 && isGluedHyphen(toks, h) && toks[h - 1]!.cap && toks[h + 1]!.word && !toks[h + 1]!.cap;
    if (t.text === '-' && (isTitleHead(toks, h + 1) || compound)) {
      h++;
      continue;
    }
    if (!t.word || t.poss || !(role || qualifier || t.acronym)) break;
    if (head) lastHead = h;
    // 'Newport-based', 'Oscar-nominated' say where they are from or what they won, not which post.
    const hyphened = on('hyphen-modifiers') && t.cap && isGluedHyphen(toks, h + 1);
    if (!TENSE_MODIFIERS.has(t.low) && !hyphened && (head || t.acronym || t.cap)) need.push(t.low);
    h++;
  }
  // 'the chief executive, Jo Roe,' names its holder after the comma; 'the actor, whose films…,' does not.
  const relative = on('relative-clauses') && ['who', 'whose'].includes(toks[h + 1]?.low ?? '');
  if (lastHead !== h - 1 || isNameWord(toks[h]) || (toks[h]?.text === ',' && !relative)) return null;
  return { end: h, need: lastEpithet === h - 1 ? [] : need };
}

/** End of an age written as a noun at k ('30-year-old'), or -1. */
function ageAt(toks: readonly Tok[], k: number): number {
  const w = toks.slice(k, k + 5).map((t) => t.text.toLowerCase());
  return /^\d+$/u.test(w[0] ?? '') && w[1] === '-' && w[2] === 'year' && w[3] === '-' && w[4] === 'old' ? k + 5 : -1;
}

/** 'Dutchman', 'Frenchwoman', 'Scot', 'Briton': a nationality used as a noun for a person. */
function isNationalNoun(w: string, demonyms: ReadonlySet<string>): boolean {
  const stem = w.replace(/(?:man|woman)$/u, '');
  if (stem !== w) return demonyms.has(stem) || demonyms.has(`${stem}h`) || demonyms.has(`${stem}ish`) || demonyms.has(`${stem}ch`);
  return NATIONAL_NOUNS.has(w) || demonyms.has(w);
}

/**
 * Is the capitalised word at k not a reference to the registry's people of that name? A date, a
 * place, a nationality or an ordinary word ('on Friday', 'German Gref') is theirs only where the
 * article names one of them; a surname after a given name that is not theirs ('Lleyton Hewitt'
 * when the registry knows only Patricia Hewitt) is somebody else's.
 */
function notThisName(idx: PeopleIndex, local: ReadonlySet<string>, toks: readonly Tok[], k: number): boolean {
  const w = toks[k]!.low;
  const here = [...idx.words.get(w)!].some((id) => local.has(id));
  if (on('ordinary-lone-names') && !here && idx.ordinary(w)) return true;
  // 'The British Chambers of Commerce said': a word joined by 'of' to a capitalised one names a body, not someone the article never names.
  if (on('body-name-words') && !here && toks[k + 1]?.low === 'of' && toks[k + 2]?.cap === true) return true;
  const before = toks[k - 1];
  // Had the two words been a registry variant, the full name would have been matched already.
  // A given name contradicts only a registered given name: 'Drayton Valentine' may be the registry's 'Valentine', known by surname alone.
  const contradicts = !on('given-names-known') || [...idx.words.get(w)!].some((id) => [...(idx.byId.get(id)?.variants.keys() ?? [])].some((v) => v.includes(' ')));
  return on('other-given-name') && isNameWord(before) && !before!.poss && !FUNCTION_WORDS.has(before!.low) && !idx.ordinary(before!.low) && contradicts;
}

/**
 * 'Ana Matronic' when the registry knows only Ana Roe: a given name before a surname that is not
 * theirs is somebody else's (the two words would have matched had they been a registry name),
 * someone unknown whom a later 'she' may stand for.
 */
function otherSurname(idx: PeopleIndex, toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!on('other-surname') || toks[k]!.poss || !isNameWord(next) || idx.ordinary(next!.low)) return false;
  const w = toks[k]!.low;
  const given = (id: string) => {
    const multi = [...(idx.byId.get(id)?.variants.keys() ?? [])].filter((v) => v.includes(' '));
    return multi.length > 0 && multi.every((v) => v.startsWith(`${w} `));
  };
  return [...idx.words.get(w)!].every(given);
}

/** Lone names, pronouns and roles, everywhere a full name is not. */
function otherMentions(doc: ArticleDoc, idx: PeopleIndex, names: readonly Mention[], taken: boolean[][], needs: Map<Mention, string[]>): Mention[] {
  const local = new Set(names.map((m) => m.personId!));
  const out: Mention[] = [];
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || taken[p]![k]) continue;
      const inQuote = inQuoteAt(t);
      // Acronyms name organisations only ('the WTO said'): no person's name holds one.
      const spoken = !t.cap ? null : FUNCTION_WORDS.has(t.low) ? spokenFunctionWord(toks, k, names) : !idx.words.has(t.low) && isNameWord(t) ? misprintedMention(toks, k, names, p) : null;
      if (spoken) {
        out.push({ kind: 'name', personId: spoken, p, i: k, j: k + 1, sent: t.sent, inQuote });
      } else if (t.cap && !FUNCTION_WORDS.has(t.low) && idx.words.has(t.low)) {
        const courtesy = HONORIFICS.has(toks[k - 1]?.low ?? '') ? toks[k - 1]!.low : undefined;
        if (!courtesy && notThisName(idx, local, toks, k)) continue;
        // 'King Abdullah' is no Mr King: a surname that is a title's word stands alone for them only after a courtesy title or their full name.
        if (!courtesy && on('title-surnames') && TITLE_HEADS.has(t.low) && ![...idx.words.get(t.low)!].some((id) => local.has(id))) continue;
        const unknown = !courtesy && otherSurname(idx, toks, k);
        const personId = unknown ? null : loneName(idx, names, local, t.low, p, k, courtesy);
        // 'the Olympic champion went…': a word no one here answers to, qualifying a post, is no one.
        if (personId === null && on('role-qualifiers') && toks[k - 1]?.low === 'the' && toks[k + 1]?.word === true && isTitleHead(toks, k + 1)) continue;
        out.push({ kind: 'name', personId, p, i: k, j: k + 1, sent: t.sent, inQuote });
      } else if (PERSON_PRONOUNS.has(t.low) && !isNameWord(toks[k + 1])) {
        out.push({ kind: 'pronoun', personId: null, p, i: k, j: k + 1, sent: t.sent, inQuote });
      } else if (t.low === 'the') {
        const n = nominalAt(toks, k, idx.demonyms);
        // 'said the WSIS spokesman': a body's spokesperson, whose body's name stays a mention of its own.
        const body = n && SPOKESPERSONS.has(toks[n.end - 1]!.low) && toks.slice(k + 1, n.end - 1).some((x) => x.cap && idx.words.has(x.low));
        if (!n || (body && on('body-spokespersons'))) continue;
        const m: Mention = { kind: 'nominal', personId: null, p, i: k, j: n.end, sent: t.sent, inQuote };
        needs.set(m, n.need);
        out.push(m);
        k = n.end - 1;
      }
    }
  });
  return out;
}

/**
 * The person an epithet with no post in it ('the Dutchman', 'the 30-year-old') stands for: the
 * one the story is about so far, named most often, the latest named on a tie.
 */
function protagonist(before: readonly Mention[]): string | null {
  const count = new Map<string, number>();
  // Only a person: a club or a company named more often is not 'the 21-year-old'.
  const person = (id: string) => !on('epithet-subjects') || !id.startsWith('org-');
  for (const m of before) if (m.kind === 'name' && m.personId && person(m.personId) && !m.inQuote) count.set(m.personId, (count.get(m.personId) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [id, n] of count) if (n >= most) [best, most] = [id, n];
  return best;
}

/**
 * Finds every reference to a person in an article, in reading order: full names, lone surnames
 * (resolved to the person of that name in this article, else the only one in the corpus), roles
 * ('the senator', 'the Arsenal boss': the latest person named before it whose titles hold every
 * word of the role) and he/she (resolved later, by attribution).
 */
export function findMentions(doc: ArticleDoc, idx: PeopleIndex): Mention[] {
  const taken = doc.passages.map((pd) => new Array<boolean>(pd.toks.length).fill(false));
  const needs = new Map<Mention, string[]>();
  const names = fullNames(doc, idx, taken);
  const out = [...names, ...orgHeadMentions(doc, names, taken), ...otherMentions(doc, idx, names, taken, needs)];
  out.sort((a, b) => a.p - b.p || a.i - b.i);
  for (let n = 0; n < out.length; n++) {
    const need = needs.get(out[n]!);
    const named = need && on('role-appositives') ? nameAfterRole(doc, out, n) : null;
    if (!need || named) { if (named) out[n]!.personId = named; continue; }
    if (need.length === 0) {
      out[n]!.personId = protagonist(out.slice(0, n));
      out[n]!.epithet = true;
      continue;
    }
    const role = { need, rank: rankOf(doc.passages[out[n]!.p]!.toks.slice(out[n]!.i, out[n]!.j)) };
    out[n]!.personId = holder(idx, out.slice(0, n), role) ?? (on('role-heads') && need.length > 1 ? holder(idx, out.slice(0, n), { ...role, need: need.slice(-1) }) : null);
    // A spokesperson speaks for a body, not for whoever was named ('said the spokesman').
    if (out[n]!.personId === null && on('unheld-roles') && !SPOKESPERSONS.has(need[need.length - 1]!)) {
      out[n]!.unheld = true;
      out[n]!.personId = soleCandidate(out.slice(0, n));
    }
  }
  return out;
}

/**
 * The one person (not an organisation) named in full before a role no title resolves, or null when
 * there are none or several: 'the Salford MP' in a story that has named only Hazel Roe is her.
 */
function soleCandidate(before: readonly Mention[]): string | null {
  const ids = new Set<string>();
  for (const m of before) if (m.kind === 'name' && m.personId && !m.personId.startsWith('org-') && !m.inQuote && m.j - m.i >= 2) ids.add(m.personId);
  return ids.size === 1 ? [...ids][0]! : null;
}
