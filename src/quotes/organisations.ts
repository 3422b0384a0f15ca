import { BODY_NOUNS, CALENDAR_WORDS, FUNCTION_WORDS, HONORIFICS, LAW_WORDS, NON_INVERTING_VERBS, ORG_WORDS, PARTY_WORDS, POST_NOMINALS, SPOKES_WORDS, TEAM_WORDS, TITLE_HEADS } from '../text/lexicon.js';
import { isSpeechVerb } from './speech-verbs.js';
import type { ArticleDoc, Tok } from './extract.js';
import { skipsBeforeVerb, type NameRules } from './names.js';
import type { Person } from './registry.js';
import { slug } from './util.js';
import { on } from './mechanisms.js';
import { mayNameBody, plainNameWords, takenUpBodies } from './taken-up-bodies.js';

/** Small words that may stand inside an organisation's name ('Federation of the Red Cross and Red Crescent'). */
const INNER = new Set(['of', 'the', 'and', 'for', '&']);

/** A run of capitalised words and acronyms from k ('The UK Independence Party', 'WTO'), a leading article left out. */
function readOrg(toks: readonly Tok[], k: number): { i: number; j: number } | null {
  let i = k;
  // 'But the Home Office said': the words opening the sentence are not the body's name.
  while (toks[i]?.word && FUNCTION_WORDS.has(toks[i]!.low) && !toks[i]!.acronym) i++;
  let j = i;
  let last = -1;
  while (j < toks.length && j - i < 12) {
    const t = toks[j]!;
    if (t.mark !== null || t.q >= 0) break;
    if (t.word && t.cap && !t.poss) last = j;
    else if (t.word && t.cap && t.poss) {
      last = j;
      break;
    } else if (!((t.word || t.text === '&') && INNER.has(t.low) && last >= 0)) break;
    j++;
  }
  return last < i ? null : { i, j: last + 1 };
}

/**
 * 'said Hannah Ward of the Refugee Council', 'Dr Jeremy Philpott of the UK Patent Office': a name
 * opening with a given name or a title before 'of' is the body's person, not the start of its name.
 */
function personOfBody(words: readonly Tok[], rules: NameRules): boolean {
  const of = words.findIndex((t) => t.low === 'of');
  const head = words.slice(0, of);
  const opens = head[0] && (rules.gaz.firstNames.has(head[0].low) || HONORIFICS.has(head[0].low) || TITLE_HEADS.has(head[0].low));
  return of >= 2 && opens === true && head.every((t) => t.cap && !t.acronym && !ORG_WORDS.has(t.low));
}

/**
 * Is this run an organisation's name? It holds an organisation word ('Office', 'Party',
 * 'Organisation'), is a known organisation, or is an acronym ('WTO'); never a place, a
 * nationality, a party adjective alone ('the Tories'), a team or a date.
 */
function isOrgName(words: readonly Tok[], rules: NameRules, spoken = false): boolean {
  const low = words.filter((t) => t.word && !(t.low === 'the' || t.low === 'of' || t.low === 'and' || t.low === 'for'));
  if (low.length === 0) return false;
  const whole = low.map((t) => t.low).join(' ');
  if (rules.gaz.places.has(whole) || rules.gaz.demonyms.has(whole)) return false;
  if (low.some((t) => TEAM_WORDS.has(t.low) || CALENDAR_WORDS.has(t.low))) return false;
  if (low.length === 1 && PARTY_WORDS.has(whole)) return false;
  if (on('laws-speak-not') && low.length >= 2 && LAW_WORDS.has(low[low.length - 1]!.low)) return false;
  if (on('people-of-bodies') && personOfBody(words, rules)) return false;
  if (rules.gaz.organisations.has(whole)) return true;
  // 'Marks & Spencer', 'Bradford & Bingley': names joined by an ampersand are a firm's.
  if (on('ampersand-names') && low.length >= 2 && words.some((t) => t.text === '&')) return !low.some((t) => HONORIFICS.has(t.low));
  if (low.length === 1 && low[0]!.acronym && low[0]!.low.length >= 2) return !TITLE_HEADS.has(low[0]!.low) && !(on('post-nominals') && POST_NOMINALS.has(low[0]!.low));
  // 'a Vodafone spokesman said': a body someone speaks for, whatever its name looks like.
  if (spoken && low.length === 1) return !rules.common.has(whole) && !rules.gaz.firstNames.has(whole);
  // 'a Department for Work and Pensions spokeswoman': any body a spokesperson speaks for, unless its words are all places or nationalities.
  // Not a person's ('Mr Roe's spokesman', 'a Jane Roe spokesman'): a courtesy title, a possessive or a given name and surname.
  const last = low[low.length - 1]!.low;
  // 'Red Crescent Societies', 'Global Industries': an organisation word in the plural.
  const singular = on('plural-org-words') ? last.replace(/ies$/u, 'y').replace(/s$/u, '') : last;
  const orgWord = low.length >= 2 && (ORG_WORDS.has(last) || ORG_WORDS.has(singular));
  if (orgWord || !(spoken && on('spokes-for') && low.length >= 2)) return orgWord;
  const person = HONORIFICS.has(low[0]!.low) || low.some((t) => t.poss) || (low.length === 2 && rules.gaz.firstNames.has(low[0]!.low));
  return !person && !low.every((t) => rules.gaz.places.has(t.low) || rules.gaz.demonyms.has(t.low));
}

/** Is toks[i, e) a description saying what kind of body the name before it is ('the world's biggest reinsurer', 'a Dutch bank')? */
function bodyDescription(toks: readonly Tok[], i: number, e: number): boolean {
  const words = toks.slice(i, e);
  const head = words[words.length - 1];
  return on('body-appositives') && ['the', 'a', 'an'].includes(words[0]?.low ?? '') && head?.word === true && !head.cap && BODY_NOUNS.has(head.low) && !words.some((t) => t.low === 'of');
}

/**
 * The organisation named as a speech verb's subject at v: 'The WTO said', 'said the Home Office',
 * 'a Home Office spokesman said', 'said a Vodafone spokesman'; `spoken` when a spokesperson speaks for it.
 */
function speakerOrg(toks: readonly Tok[], v: number): { i: number; j: number; spoken: boolean } | null {
  let e = v - 1;
  while (e >= 0 && skipsBeforeVerb(toks, e)) e--;
  const spokenBefore = toks[e]?.word === true && SPOKES_WORDS.has(toks[e]!.low);
  if (spokenBefore) e--;
  // 'Munich Re, the world's biggest reinsurer, said': step back over the description.
  let described = false;
  if (toks[e]?.text === ',') {
    let b = e - 1;
    while (b >= 0 && e - b < 10 && toks[b]!.text !== ',') b--;
    if (toks[b]?.text === ',') {
      described = bodyDescription(toks, b + 1, e);
      e = b - 1;
    }
  }
  let b = e;
  while (b >= 0 && toks[b]!.word && (toks[b]!.cap || INNER.has(toks[b]!.low))) b--;
  const before = b < e ? readOrg(toks, b + 1) : null;
  // 'a spokesman for Dell said', 'a spokeswoman for the Department for International Development said'
  let f = before && on('spoken-for-names') ? before.i - 1 : b;
  if (before && toks[f]?.low === 'the') f--;
  const spokenFor = toks[f]?.low === 'for' && SPOKES_WORDS.has(toks[f - 1]?.low ?? '');
  if (before && before.j === e + 1) return { ...before, spoken: spokenBefore || spokenFor || described };
  // 'told the Financial Times': after these verbs the name is the listener.
  if (NON_INVERTING_VERBS.has(toks[v]!.low)) return null;
  const after = toks[v + 1]?.low === 'the' || toks[v + 1]?.low === 'to' ? readOrg(toks, v + 2) : readOrg(toks, v + 1);
  return after ? { ...after, spoken: toks[after.j]?.word === true && SPOKES_WORDS.has(toks[after.j]!.low) } : null;
}

/** An organisation as one article names it: its fullest name, and the shorter name or acronym it also goes by. */
interface OrgName {
  display: string;
  short: { key: string; display: string } | null;
}

const keyOf = (words: readonly Tok[]) => words.filter((x) => x.word).map((x) => x.low).join(' ');
const displayOf = (text: string, words: readonly Tok[]) => text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[’']s$/u, '');

/** The name an acronym stands for in this article ('WTO' → 'World Tourism Organisation'), by initials. */
function expansion(doc: ArticleDoc, acronym: string, rules: NameRules): { key: string; display: string } | null {
  const want = acronym.replace(/[^\p{Lu}]/gu, '');
  for (const pd of doc.passages) {
    for (let k = 0; k < pd.toks.length; k++) {
      if (!pd.toks[k]!.cap || pd.toks[k - 1]?.cap) continue;
      const r = readOrg(pd.toks, k);
      if (!r) continue;
      const words = pd.toks.slice(r.i, r.j);
      const initials = words.filter((t) => t.word && !INNER.has(t.low)).map((t) => t.text[0]).join('');
      // 'The National Institute of Economic and Social Research (NIESR)': the article spells the acronym out itself.
      const spelt = on('acronym-expansions') && want.length >= 3 && pd.toks[r.j]?.text === '(' && pd.toks[r.j + 1]?.text === acronym;
      // 'DrKW' for 'Dresdner Kleinwort Wasserstein': three initials or more are a name's own, whatever its words.
      const long = on('fuller-names') && want.length >= 3 && plainNameWords(words) && !rules.gaz.firstNames.has(words[0]!.low);
      if (initials === want && words.length > 1 && (spelt || long || isOrgName(words, rules))) return { key: keyOf(words), display: displayOf(pd.text, words) };
    }
  }
  return null;
}

/** What the corpus shows of one organisation: its display name, how many articles quote it, the shorter names it goes by. */
interface Seen {
  display: string;
  count: number;
  shorts: Map<string, string>;
}

/** An acronym ('WTO', 'M&S') or a name of initials in mixed case ('DrKW', 'BSkyB'). */
function isInitialism(t: Tok): boolean {
  return t.acronym || (on('fuller-names') && /^(?:\p{Lu}\p{Ll}{0,2}){2,4}$/u.test(t.text) && (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 3);
}

/**
 * The fullest name this article prints for a body it also names by its first words: 'Contrack
 * International' for 'Contrack', 'Cairn Energy' for 'Cairn'; null when it prints none longer.
 */
function fullerName(doc: ArticleDoc, words: readonly Tok[], rules: NameRules): { key: string; display: string } | null {
  const key = keyOf(words);
  // A body known by its short name ('Apple') keeps it: 'Apple Developer Connection' is another.
  if (!on('fuller-names') || rules.gaz.organisations.has(key)) return null;
  let best: { key: string; display: string } | null = null;
  for (const pd of doc.passages) {
    pd.toks.forEach((t, k) => {
      if (t.low !== words[0]!.low || !t.cap || pd.toks[k - 1]?.cap) return;
      const r = readOrg(pd.toks, k);
      const run = r && r.i === k ? pd.toks.slice(r.i, r.j) : [];
      const runKey = keyOf(run);
      // One word more: 'Cairn Energy', 'Continental Airlines'; a longer run names something of the body's.
      const more = run.at(-1)?.low ?? '';
      // …and not a place: 'Yukos USA' is a subsidiary.
      if (run.length === words.length + 1 && runKey.startsWith(`${key} `) && best === null && plainNameWords(run) && !rules.gaz.places.has(more) && !rules.gaz.demonyms.has(more)) best = { key: runKey, display: displayOf(pd.text, run) };
    });
  }
  return best;
}

/** Organisations this article shows making statements, by folded name. */
export function observeOrgs(doc: ArticleDoc, rules: NameRules): Map<string, OrgName> {
  const out = new Map<string, OrgName>();
  for (const pd of doc.passages) {
    pd.toks.forEach((t, v) => {
      if (!t.word || t.q >= 0 || !isSpeechVerb(t.low)) return;
      const r = speakerOrg(pd.toks, v);
      if (!r) return;
      const words = pd.toks.slice(r.i, r.j);
      if (!isOrgName(words, rules, r.spoken)) return;
      const only = words.length === 1 && isInitialism(words[0]!) ? words[0]! : null;
      const full = only ? expansion(doc, only.text, rules) : null;
      if (full) out.set(full.key, { display: full.display, short: { key: only!.low, display: only!.text } });
      else out.set(keyOf(words), { display: displayOf(pd.text, words), short: null });
    });
  }
  for (const { text, words } of takenUpBodies(doc)) {
    if (out.has(keyOf(words)) || !mayNameBody(words, rules)) continue;
    const short = { key: keyOf(words), display: displayOf(text, words) };
    const full = fullerName(doc, words, rules);
    out.set(full?.key ?? short.key, full ? { display: full.display, short } : { display: short.display, short: null });
  }
  return out;
}

/**
 * 'the IMF said' in one article and 'the International Monetary Fund (IMF) said' in another are one
 * body: an acronym seen alone joins the one spelt-out name that goes by it.
 */
function mergeAcronyms(seen: Map<string, Seen>): void {
  const owners = new Map<string, string[]>();
  for (const [key, v] of seen) for (const a of v.shorts.keys()) owners.set(a, [...(owners.get(a) ?? []), key]);
  for (const [a, keys] of owners) {
    const alone = seen.get(a);
    if (!alone || keys.length !== 1 || keys[0] === a) continue;
    seen.get(keys[0]!)!.count += alone.count;
    seen.delete(a);
  }
}

/**
 * The organisations the corpus quotes, as registry entries kept apart from people (kind
 * 'organisation'): 'Downing Street said', 'the WTO said', 'a Home Office spokesman said'.
 */
export function buildOrganisations(docs: Iterable<ArticleDoc>, rules: NameRules, people: readonly Person[]): Person[] {
  const seen = new Map<string, Seen>();
  for (const d of docs) {
    for (const [key, o] of observeOrgs(d, rules)) {
      const held = seen.get(key) ?? { display: o.display, count: 0, shorts: new Map<string, string>() };
      held.count++;
      if (o.short) held.shorts.set(o.short.key, o.short.display);
      seen.set(key, held);
    }
  }
  if (on('acronym-merge')) mergeAcronyms(seen);
  const taken = new Set(people.flatMap((p) => [...p.variants.keys()]));
  const used = new Set(people.map((p) => p.id));
  const out: Person[] = [];
  for (const [key, v] of seen) {
    // 'Shigeo Morioka of the International Longevity Centre': a person's name before 'of' is the body's person speaking.
    const beforeOf = key.split(' of ')[0]!;
    if (taken.has(key) || (on('speakers-of-bodies') && beforeOf !== key && taken.has(beforeOf))) continue;
    let id = `org-${slug(v.display)}`;
    for (let n = 2; used.has(id); n++) id = `org-${slug(v.display)}-${n}`;
    used.add(id);
    const variants = new Map([[key, { display: v.display, count: v.count }]]);
    for (const [a, display] of v.shorts) variants.set(a, { display, count: 1 });
    out.push({ id, name: v.display, kind: 'organisation', variants, titles: new Map(), titleWords: new Set(), honorifics: 0, itself: 0, strong: 1 });
  }
  return out;
}
