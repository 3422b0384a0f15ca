/**
 * He and she: whom a pronoun stands for, read back from its sentence over the sentences before,
 * as an editor would.
 */
import type { Mention } from './mentions.js';
import { BLOCKED, NONE, mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { on } from './mechanisms.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../text/lexicon.js';
import { isNameWord, isTitleHead } from './names.js';
import { isReportingVerb } from './speech-verbs.js';
import { strangerOpens } from './strangers.js';
import { groupPronounOpens, pluralOpens } from './plural-subjects.js';
import { sentenceSubject } from './coreference.js';

/** How many sentences back he/she looks for whom it stands for, and how far sentences naming no one may stretch that. */
const PRONOUN_REACH = { sentences: 3, withNameless: 6 } as const;

/**
 * Does sentence `s` mention anyone at all, a pronoun or a role included, or print two name words
 * together outside quotation marks ('Chief Secretary to the Treasury Paul Boateng attacked…'), a
 * person the registry may not hold?
 */
function namesAnyone(c: Ctx, s: number): boolean {
  const span = c.sentences[s]!;
  if (c.mentions.some((m) => m.sent === s && m.p === span.p)) return true;
  const toks = toksOf(c, span.p);
  for (let k = span.i; k + 1 < span.j; k++) if (toks[k]!.q < 0 && isNameWord(toks[k]) && isNameWord(toks[k + 1])) return true;
  return false;
}

/**
 * Resolves he/she as an editor would: the subject of its own sentence when that comes first,
 * else the subject of the nearest earlier sentence that has one (looking back at most three
 * sentences and three paragraphs), else, past that reach, the one person a profile names. An
 * unnamed subject in between ('a spokesman') blocks it.
 */
export function resolvePronoun(c: Ctx, m: Mention): Who {
  // He or she is a person, of that sex: a sentence about an organisation, or about a woman for 'he', is passed over.
  const sex = toksOf(c, m.p)[m.i]!.low === 'she' ? 'f' : 'm';
  const person = (w: Who) => w.kind !== 'person' || w.spokes === true || (!w.id.startsWith('org-') && (!on('pronoun-gender') || c.unsexed?.has(w.id) === true || (c.sex.get(w.id) ?? sex) === sex));
  // '…would rise by a third, she said': a reporting clause tacked on after a comma is not about the clause before it.
  const toks = toksOf(c, m.p);
  const tacked = on('pronoun-reporters') && toks[m.i - 1]?.text === ',' && isReportingVerb(toks[m.j]?.low ?? '');
  const own = tacked ? NONE : sentenceSubject(c, m.sent, m.i);
  if (own.kind !== 'none' && person(own)) return own;
  if (own.kind === 'none' && !tacked && strangerOpens(c, m.sent, m.i)) return BLOCKED;
  // Sentences of its own paragraph that name no one at all ('Once created the folders act as…') do not use up the reach.
  let reach = PRONOUN_REACH.sentences;
  for (let s = m.sent - 1; s >= 0 && s >= m.sent - reach; s--) {
    const span = c.sentences[s];
    if (!span || span.p < m.p - 3) break;
    if (groupPronounOpens(c, s)) continue;
    const w = (s === m.sent - 1 ? butSubject(c, s) : null) ?? sentenceSubject(c, s);
    if (on('nameless-sentences') && span.p === m.p && w.kind === 'none' && !namesAnyone(c, s) && reach < PRONOUN_REACH.withNameless) reach++;
    if (w.kind === 'blocked' && pluralOpens(c, s)) continue;
    // 'Mr Roe's sentiments were echoed by Ann Doe': a subject printed only as a possessive owns the
    // sentiments; the one person named after 'by' is whom the sentence is about.
    const agent = s === m.sent - 1 && w.kind === 'person' && possessiveOnly(c, s, w.id) ? onlyNamed(c, s) : null;
    if (agent && person(agent)) return agent;
    if (w.kind !== 'none' && person(w)) return w;
    // 'Tom Roe met Ann Doe. "…," she said.': the subject is of the other sex; the one person named of hers is meant.
    const other = s === m.sent - 1 && w.kind === 'person' ? onlyOfSex(c, s, sex) : null;
    if (other) return other;
    if (w.kind === 'none' && strangerOpens(c, s)) return BLOCKED;
    // 'But that was not enough for Mr Sarkozy. "…," he said.': a sentence with no subject of
    // its own that names one person, whoever is its subject, is about them.
    const named = w.kind === 'none' && s === m.sent - 1 && on('object-antecedents') ? onlyNamed(c, s) : null;
    if (named && person(named)) return named;
  }
  const sole = on('sole-person') ? solePerson(c, m) : null;
  return sole && person(sole) ? sole : BLOCKED;
}

/**
 * 'Hewitt said he had had a "gutful" but Tennis Australia's Geoff Pollard rejected his comments.':
 * the person a closing 'but' clause is about (a body's possessive before the name aside), who the
 * next sentence's 'he said' answers for; null when the sentence has no such clause.
 */
function butSubject(c: Ctx, s: number): Who | null {
  if (!on('but-clauses')) return null;
  const { p, i, j } = c.sentences[s]!;
  const toks = toksOf(c, p);
  let found: Who | null = null;
  for (let k = i + 1; k < j; k++) {
    if (toks[k]!.low !== 'but' || toks[k]!.q >= 0) continue;
    // A body's possessive before the name ('Tennis Australia's') says whose the person is.
    let n = k + 1;
    let e = n;
    while (e < j && e - n < 4 && toks[e]!.cap && !toks[e]!.poss) e++;
    if (toks[e]?.cap && toks[e]!.poss) n = e + 1;
    // 'but captain Fabien Pelous sees hope': a post before the name says what the person is.
    while (on('but-posts') && n < j && n - k <= 4 && toks[n]!.word && !mentionAt(c, p, n) && (isTitleHead(toks, n) || TITLE_MODIFIERS.has(toks[n]!.low) || (toks[n]!.cap && isTitleHead(toks, n + 1)))) n++;
    const x = mentionAt(c, p, n);
    const next = x ? toks[x.j] : undefined;
    found = x && x.kind === 'name' && x.personId && !x.personId.startsWith('org-') && next?.word && !next.cap ? { kind: 'person', id: x.personId } : found;
  }
  return found;
}

/**
 * The one person sentence s names outside quotation marks (possessives aside), after 'for', 'from'
 * or 'by' at the end of a clause, when it refers to no one and nothing else (no role, no pronoun,
 * no body: 'The world number one went the distance against X' is not about X), or null.
 */
function onlyNamed(c: Ctx, s: number): Who | null {
  const refs = c.mentions.filter((x) => x.sent === s && !x.inQuote && !isOwner(c, x));
  const ids = new Set(refs.map((x) => (x.kind === 'name' && x.personId !== null && !x.personId.startsWith('org-') ? x.personId : '')));
  if (ids.size !== 1 || ids.has('')) return null;
  const m = refs[0]!;
  const toks = toksOf(c, m.p);
  // 'an Alan Shearer strike' names a thing; 'the Olympic champion went down to X' has a role for
  // subject; 'pressed for talks with striker X' is about whoever pressed.
  if (toks[m.j]?.word) return null;
  const b = HONORIFICS.has(toks[m.i - 1]?.low ?? '') ? m.i - 2 : m.i - 1;
  if (!['for', 'from', 'by'].includes(toks[b]?.low ?? '')) return null;
  for (let k = c.sentences[s]!.i; k < m.i - 3; k++) if (toks[k]!.word && !toks[k]!.cap && TITLE_HEADS.has(toks[k]!.low)) return null;
  return { kind: 'person', id: m.personId! };
}

/**
 * The one person an article has named before mention m, when it has named only one (bodies
 * aside) and no one unnamed or unknown since: in a profile or an interview, 'he says' five
 * paragraphs on is still the one man the story is about.
 */
function solePerson(c: Ctx, m: Mention): Who | null {
  let id: string | null = null;
  let last = -1;
  // A lone word opening a longer capitalised name ('Royal' of 'Royal Academy') names no one.
  const inLonger = (x: Mention) => x.j - x.i === 1 && toksOf(c, x.p)[x.j]?.cap === true;
  c.mentions.forEach((x, n) => {
    if (x.p > m.p || (x.p === m.p && x.i >= m.i) || x.inQuote || x.kind === 'pronoun' || x.personId?.startsWith('org-') || inLonger(x)) return;
    if (x.kind === 'name' && x.personId !== null && (id === null || id === x.personId)) [id, last] = [x.personId, n];
    else if (x.kind === 'name' && x.personId !== null) id = '';
  });
  if (!id) return null;
  // 'the director', an unknown name, after the person's last mention: someone else may be meant.
  const other = c.mentions.some((x, n) => n > last && (x.p < m.p || (x.p === m.p && x.i < m.i)) && !x.inQuote && x.kind !== 'pronoun' && x.personId === null);
  // '…welcomed the opportunity.': a sentence opening in lower case has lost its subject, someone unknown.
  const headless = (s: number) => {
    const { p, i, j } = c.sentences[s]!;
    const first = toksOf(c, p).slice(i, j).find((t) => t.word);
    return first !== undefined && first.q < 0 && !first.cap && !/^\d/.test(first.text);
  };
  for (let s = c.mentions[last]!.sent + 1; s <= m.sent; s++) if (c.sentences[s] && headless(s)) return null;
  return other ? null : { kind: 'person', id };
}

/** A name printed as a possessive ('Mr Roe's sentiments'): whose thing it is, not whom the sentence is about. */
function isOwner(c: Ctx, x: Mention): boolean {
  return on('possessive-bystanders') && x.kind === 'name' && toksOf(c, x.p)[x.j - 1]?.poss === true;
}

/** Is person `id` named in sentence s, outside quotation marks, only as a possessive? */
function possessiveOnly(c: Ctx, s: number, id: string): boolean {
  const own = c.mentions.filter((x) => x.sent === s && !x.inQuote && x.personId === id);
  return own.length > 0 && own.every((x) => isOwner(c, x));
}

/**
 * The one person sentence s names (outside quotation marks) whose sex is `sex`, when every other
 * person it names is known to be of the other sex; else null.
 */
function onlyOfSex(c: Ctx, s: number, sex: 'm' | 'f'): Who | null {
  if (!on('sex-only-antecedents')) return null;
  const ids = new Set(c.mentions.filter((x) => x.sent === s && !x.inQuote && x.kind === 'name' && x.personId && !x.personId.startsWith('org-')).map((x) => x.personId!));
  const of = [...ids].filter((id) => c.sex.get(id) === sex && !c.unsexed?.has(id));
  const known = [...ids].every((id) => c.sex.has(id) && !c.unsexed?.has(id));
  return of.length === 1 && known ? { kind: 'person', id: of[0]! } : null;
}
