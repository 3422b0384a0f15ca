import { BE_FORMS, FUNCTION_WORDS, HONORIFICS, NON_INVERTING_VERBS, PERSON_PRONOUNS, SKIP_BEFORE_VERB, SPOKESPERSONS, TITLE_HEADS, UNNAMED_PEOPLE } from '../text/lexicon.js';
import { isReportingVerb } from './speech-verbs.js';
import { definitePartySpokes, spokesBody, spokespersonAt } from './spokes.js';
import { BLOCKED, NONE, governed, mentionAt, qualifiesPost, toksOf, type Ctx, type Who } from './context.js';
import type { Mention } from './mentions.js';
import type { Tok } from './extract.js';
import { on } from './mechanisms.js';
import { isGluedHyphen, isNameWord, pastComplement } from './names.js';
import { resolvePronoun } from './pronouns.js';
import { openDescribed } from './open-descriptions.js';
import { relativeBefore } from './appositives.js';
import { loneStranger } from './strangers.js';
import { possessorHead, possessorPost } from './possessor-posts.js';
import { frontedEnd, OPENERS, PREPOSITIONS } from './fronted.js';


/** How far into a sentence its subject is looked for, in words. */
const SUBJECT_REACH = 14;

/** Who a mention stands for: its person, a pronoun's antecedent, or nobody we may name. */
export function whoOf(c: Ctx, m: Mention): Who {
  if (m.kind === 'pronoun') return resolvePronoun(c, m);
  // 'the Trafford Centre spokeswoman': a role speaking for a body is the body's voice.
  if (m.kind === 'nominal' && m.personId === null && on('spokesperson-anaphora') && SPOKESPERSONS.has(toksOf(c, m.p)[m.j - 1]!.low)) return spokenFor(c, m.p, m.j - 1);
  if (m.epithet && on('epithet-subjects')) return epithetOf(c, m);
  if (m.unheld) return unheldRole(c, m);
  return m.personId ? { kind: 'person', id: m.personId } : BLOCKED;
}

/**
 * 'Agassi beat Massu. "…," said the American.': an epithet stands for the person the sentence
 * before is about, as a pronoun would; the story's protagonist only when that names no one.
 */
function epithetOf(c: Ctx, m: Mention): Who {
  const span = c.sentences[m.sent - 1];
  const subject = span && span.p >= m.p - 1 ? sentenceSubject(c, m.sent - 1) : NONE;
  // '"…we played quite well." The Holland international said…': a sentence of someone's quotation is about its speaker.
  // Not one that speaks of someone else ('…although Mark's injury is different.' The Australian…).
  const said = subject.kind === 'none' && on('quoted-epithets') ? c.quoted?.get(m.sent - 1) : undefined;
  const speaker = said && !c.mentions.some((x) => x.sent === m.sent - 1 && x.kind === 'name' && x.personId !== null && x.personId !== said) ? said : undefined;
  const w: Who = speaker ? { kind: 'person', id: speaker } : subject;
  // Only someone the article has named in full: a stray word taken for a name ('Double Olympic champion') is no one to follow.
  if (w.kind === 'person' && !w.id.startsWith('org-') && (w.id === m.personId || namedInFull(c, w.id, m))) return w;
  // …and not when someone the registry does not know opens that sentence or this one ('Minar, ranked 158th, pulled out. "…," said the 20-year-old').
  const stranger = on('stranger-epithets') && (loneStranger(c, m.sent - 1) || loneStranger(c, m.sent, m.i));
  return m.personId && w.kind === 'none' && !stranger ? { kind: 'person', id: m.personId } : BLOCKED;
}

/**
 * 'Mr Roe said X. "…," the Spectator editor said.': a role no one named holds stands for the person
 * the sentence right before is about, when the article named them in full; failing that, for the
 * only person the article has named so far (its `personId`); nobody when that sentence is about
 * someone else, as two people could then hold it.
 */
function unheldRole(c: Ctx, m: Mention): Who {
  const span = c.sentences[m.sent - 1];
  const w = span && span.p >= m.p - 1 ? sentenceSubject(c, m.sent - 1) : NONE;
  const person = w.kind === 'person' && !w.id.startsWith('org-');
  if (person && (w.id === m.personId || namedInFull(c, w.id, m))) return w;
  return m.personId && !person ? { kind: 'person', id: m.personId } : BLOCKED;
}

/** Has the article named this person in full before mention `m`? */
function namedInFull(c: Ctx, id: string, m: Mention): boolean {
  return c.mentions.some((x) => x.personId === id && x.kind === 'name' && (x.j - x.i >= 2 || titled(c, x)) && (x.p < m.p || (x.p === m.p && x.i < m.i)));
}

/** 'Lord Butler', 'Mrs Roe': a surname after a courtesy title is as settled a reference as a full name. */
function titled(c: Ctx, x: Mention): boolean {
  const before = toksOf(c, x.p)[x.i - 1];
  return on('courtesy-references') && before?.cap === true && HONORIFICS.has(before.low);
}

/** A mention the subject search reads past: a body as an object, the owner of a view, or a name inside a phrase's object. */
function passedOver(c: Ctx, m: Mention, object: boolean, view: boolean, until: number): boolean {
  // An organisation as an object ('an interview with BBC Radio 4', 'told BBC News') is not what the sentence is about.
  if (qualifiesPost(c, m) || (governed(c, m) && m.personId?.startsWith('org-'))) return true;
  // 'For Jo Roe, Quill's decision was an error': whose decision it is, not whose view.
  if ((object || toksOf(c, m.p)[m.j - 1]!.poss) && view) return true;
  return object && until === Infinity && on('phrase-objects');
}

/**
 * The subject of sentence `s`, read from its start up to `until` (a token of the same passage):
 * the first person referred to outside quotation marks, or BLOCKED when an unnamed role comes
 * first ('The prime minister's official spokesman said…'), or NONE when it names nobody.
 */
export function sentenceSubject(c: Ctx, s: number, until = Infinity): Who {
  const span = c.sentences[s];
  if (!span) return NONE;
  // 'Real losses have been suffered, observed Jack Boorman': a sentence reporting someone's words is
  // about its speaker, whoever its first clause names ('somebody', 'committee member', 'the court').
  if (until === Infinity && on('reporting-subjects')) {
    const reporter = reportingSubject(c, span);
    if (reporter?.kind === 'person') return reporter;
  }
  const toks = toksOf(c, span.p);
  let words = 0;
  let inPhrase = false;
  // A preposition after the sentence's first words opens an object ('ask for talks with striker X'): a name in it is not the subject.
  let object = false;
  const opening = frontedEnd(toks, span.i, span.j);
  const view = viewpointOf(c, span, opening, until);
  for (let k = span.i; k < Math.min(span.j, until) && words < SUBJECT_REACH; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || t.mark !== null) continue;
    if (k < opening) continue;
    const m = mentionAt(c, span.p, k);
    if (m && passedOver(c, m, object, view !== null, until)) {
      k = m.j - 1;
      continue;
    }
    const spokes = on('spokesperson-anaphora') ? spokesAfterName(c, span.p, m ? m.j : k) : -1;
    if (m && spokes >= 0) return spokenFor(c, span.p, spokes);
    const held = m ? possessorPost(c, m) ?? possessorHead(c, m) : null;
    if (held) return held;
    if (m) return whoOf(c, m);
    if (!t.word) {
      if (t.text === ',') inPhrase = object = false;
      continue;
    }
    const passive = BE_FORMS.has(toks[k - 1]?.low ?? '') || BE_FORMS.has(toks[k - 2]?.low ?? '');
    // 'Man-of-the-match Stephen Jones': a word inside a hyphened compound is neither a
    // preposition opening an object nor an unnamed person.
    const compound = on('hyphened-compounds') && (isGluedHyphen(toks, k - 1) || isGluedHyphen(toks, k + 1));
    if (PREPOSITIONS.has(t.low) && words > 0 && !passive && !inCapitalisedPost(toks, k) && !compound) object = true;
    words++;
    if (PREPOSITIONS.has(t.low)) inPhrase = true;
    else if (!inPhrase && on('spokesperson-anaphora') && spokespersonAt(toks, k) >= 0) {
      const n = spokespersonAt(toks, k);
      if (!namedNext(c, span.p, n)) return spokenFor(c, span.p, n);
      k = n;
    }
    // 'The minister's spokesman': a possessive is whose, not who, the subject is.
    else if (!inPhrase && !t.poss && !compound && UNNAMED_PEOPLE.has(t.low) && !TITLE_HEADS.has(t.low) && !FUNCTION_WORDS.has(t.low)) return BLOCKED;
  }
  const reporter = until === Infinity ? speakerOfSentence(c, span) : NONE;
  return reporter.kind === 'none' && view ? whoOf(c, view) : reporter;
}

/**
 * 'Chief Secretary to the Treasury Paul Roe', 'Secretary of State for Work…': is the preposition at
 * k part of a capitalised post (one before it, more capitals after), opening no object?
 */
function inCapitalisedPost(toks: readonly Tok[], k: number): boolean {
  // 'deputy minister for women Jacqui Smith': a post's lower-case complement before the name.
  if (on('post-complements') && TITLE_HEADS.has(toks[k - 1]?.low ?? '')) {
    const x = pastComplement(toks, k);
    if (x >= 0 && isNameWord(toks[x]) && isNameWord(toks[x + 1])) return true;
  }
  if (!on('capitalised-posts') || (toks[k + 1]?.low === 'the' ? toks[k + 2] : toks[k + 1])?.cap !== true) return false;
  for (let b = k - 1; b >= 0 && k - b <= 8; b--) {
    const t = toks[b]!;
    if (!t.word) return false;
    if (t.cap && TITLE_HEADS.has(t.low)) return true;
    if (!t.cap && !PREPOSITIONS.has(t.low) && t.low !== 'the') return false;
  }
  return false;
}

/**
 * 'For analyst Jo Roe, the plan was an error.': a sentence opened by 'for' and a person gives that
 * person's view, so it is about them when its own clause names nobody (and a later 'he' is them).
 * The name must close the opening phrase, else it is what the phrase is for ('For Roe's sake').
 */
function viewpointOf(c: Ctx, span: Ctx['sentences'][number], opening: number, until: number): Mention | null {
  const toks = toksOf(c, span.p);
  let k = span.i;
  while (k < opening && (toks[k]!.mark !== null || OPENERS.has(toks[k]!.low))) k++;
  if (!on('viewpoint-openers') || opening === span.i || opening > until || toks[k]?.low !== 'for') return null;
  const m = mentionAt(c, span.p, opening - 2);
  return m && m.kind !== 'pronoun' && m.i > k && !m.inQuote && !toks[m.j - 1]!.poss ? m : null;
}

/** The spokesperson word after a name at k ('the Trafford Centre spokeswoman', 'Mr Roe's chief spokesman'), or -1. */
function spokesAfterName(c: Ctx, p: number, k: number): number {
  return spokespersonAt(toksOf(c, p), k);
}

/** Is the spokesperson word at k a title, the name following it ('spokesman Mark Roe', 'spokesman, Mark Roe')? */
function namedNext(c: Ctx, p: number, k: number): boolean {
  const next = toksOf(c, p)[k + 1]?.text === ',' ? k + 2 : k + 1;
  return mentionAt(c, p, next) !== null;
}

/** A sentence whose subject is a spokesperson is about the body they speak for, which 'he' or 'she' may take up; nobody we can name when it has none. */
function spokenFor(c: Ctx, p: number, k: number): Who {
  if (definitePartySpokes(c, p, k)) {
    const before = sentenceSubject(c, toksOf(c, p)[k]!.sent - 1);
    if (before.kind === 'person' && !before.spokes && !before.id.startsWith('org-')) return before;
  }
  const body = spokesBody(c, p, k, (s) => sentenceSubject(c, s));
  return body ? { kind: 'person', id: body, spokes: true } : BLOCKED;
}

/** A sentence that reports someone's words is about its speaker, wherever they stand ('…, Mr Straw said.'). */
function speakerOfSentence(c: Ctx, span: Ctx['sentences'][number]): Who {
  const toks = toksOf(c, span.p);
  for (let k = span.i; k < span.j; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word || !isReportingVerb(t.low) || NON_INVERTING_VERBS.has(t.low)) continue;
    const before = mentionAt(c, span.p, k - 1);
    const after = nameAfter(c, span.p, k); // 'according to X'
    const m = before && before.kind !== 'pronoun' ? before : after && after.kind !== 'pronoun' ? after : null;
    if (m) return m.personId ? { kind: 'person', id: m.personId } : BLOCKED;
  }
  return NONE;
}

/** The mention right after the speech verb at k, past 'to' ('according to X') and, with 'inverted-courtesy', a courtesy title ('said Mr Roe'). */
function nameAfter(c: Ctx, p: number, k: number): Mention | null {
  const toks = toksOf(c, p);
  let n = toks[k + 1]?.low === 'to' ? k + 2 : k + 1;
  if (on('inverted-courtesy') && toks[n]?.cap && HONORIFICS.has(toks[n]!.low)) n += toks[n + 1]?.text === '.' ? 2 : 1;
  return mentionAt(c, p, n);
}

/**
 * The named subject of a reporting verb in the sentence: 'Mr Roe (also) told MPs', or inverted
 * after a comma or a quotation ('…, observed Jane Roe'). Not a noun ('Mr Roe's comments') nor an
 * object ('admits Gerrard'); null when the sentence's first reporting verb has no such subject.
 */
function reportingSubject(c: Ctx, span: Ctx['sentences'][number]): Who | null {
  const toks = toksOf(c, span.p);
  for (let k = span.i; k < span.j; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word || !isReportingVerb(t.low) || t.low === 'according') continue;
    // 'Asked about Mr Roe's post, Mr Doe told…': a participle opening the sentence is not its reporting verb.
    if (k === span.i && /(?:ed|ing)$/u.test(t.low)) continue;
      let b = k - 1;
    while (b > span.i && SKIP_BEFORE_VERB.has(toks[b]!.low) && !mentionAt(c, span.p, b)) b--;
    const open = openDescribed(c, span.p, b, span.i);
    if (open) return whoOf(c, open);
    const before = mentionAt(c, span.p, b);
    if (before && before.kind !== 'pronoun' && !toks[b]!.poss && !governed(c, before) && !qualifiesPost(c, before)) return whoOf(c, before);
    // '…is to be overcome, he said.', '…against them, he says, insisting…': the one 'he' stands for.
    if (before?.kind === 'pronoun' && on('pronoun-reporters') && before.i > span.i) return whoOf(c, before);
    // 'told' never inverts ('…, told Reuters' names who heard it).
    const named = nameAfter(c, span.p, k);
    const inverted = !NON_INVERTING_VERBS.has(t.low) && (toks[k - 1]?.text === ',' || toks[k - 1]?.mark === 'close');
    // An inverted subject ends its clause: 'said Mr Roe "should go"' reports Mr Roe's words, not his.
    const ends = named !== null && !toks[named.j]?.word && toks[named.j]?.mark !== 'open';
    const after = inverted && (ends || !on('inverted-courtesy')) ? named : null;
    if (after && after.kind !== 'pronoun') return whoOf(c, after);
    // Only the first reporting verb is the sentence's own: a later one reports inside it ('X said that when Y announced…').
    return null;
  }
  return null;
}

/** The subject of the clause a participle or 'and said' belongs to: the sentence's first person before the verb. */
export function mainSubject(c: Ctx, p: number, v: number): Who {
  const toks = toksOf(c, p);
  const sent = toks[v]!.sent;
  // 'Mr Blair has failed, he claimed, saying…': the participle goes with the reporting clause before it.
  const reporter = on('reporter-participles') && toks[v - 1]?.text === ',' && isReportingVerb(toks[v - 2]?.low ?? '') ? mentionAt(c, p, v - 3) : null;
  if (reporter && toks[reporter.i - 1]?.text === ',') return whoOf(c, reporter);
  const named: Mention[] = [];
  // 'In an interview with the Financial Times, Mr Blair refused…, saying': the object of a preposition did not speak.
  // 'But it said it opposed Mr Roe's plans, calling…': whose plans they are is not who spoke.
  const owner = (m: Mention) => on('possessive-objects') && toks[m.j - 1]!.poss;
  // 'The actor, whose films include Michael Collins, said': nobody inside the relative clause spoke.
  const rel = relativeBefore(toks, v - 1, c.sentences[sent]!.i);
  const end = rel >= 0 ? rel : v;
  for (const m of c.mentions) if (m.p === p && m.sent === sent && m.i < end && !m.inQuote && !governed(c, m) && !qualifiesPost(c, m) && !owner(m)) named.push(m);
  const first = named.find((m) => m.kind !== 'pronoun') ?? named[0];
  if (first) return whoOf(c, first);
  // 'The prime minister's spokesman rejected the claims, saying: "…"'
  const spoken = on('spokesperson-anaphora') ? sentenceSubject(c, sent, v) : NONE;
  return spoken.kind === 'person' && spoken.spokes ? spoken : BLOCKED;
}
