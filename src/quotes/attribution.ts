import type { ArticleDoc, QuoteSpan } from './extract.js';
import type { Mention } from './mentions.js';
import { FUNCTION_WORDS } from '../text/lexicon.js';
import { isSpeechVerb } from './speech-verbs.js';
import { attributionAfter, isVerbAt, subjectAfter, subjectBefore, verbJustBefore } from './clauses.js';
import { colonSpeaker, verdictAfter } from './named-views.js';
import { ARTICLES, BLOCKED, NONE, sentenceSpans, toksOf, type Ctx, type Who } from './context.js';
import { mainSubject, sentenceSubject } from './coreference.js';
import { opensSentence } from './names.js';
import { quotedAs } from './appositives.js';
import { on } from './mechanisms.js';
import { isInscription, tokIndex } from './notspeech.js';
import { contradictedSex } from './article-sex.js';
import { chainedPronoun } from './quote-chains.js';
import { verblessAfter } from './verbless.js';
import { documentSpeaker } from './documents.js';
import { chainBackwards, type Chained } from './backward-chains.js';
import { introducesNext, namesItsSpeaker, nobodyElseBetween, reportsSpeech, standsAlone, type Placed } from './continuation.js';
import {
  WEAK_SPEECH_VERBS,
} from '../text/lexicon.js';

/** What attribution knows of the registry beyond names: nothing, unless the index says. */
const NO_FACTS: Pick<Ctx, 'sex' | 'seats'> = { sex: new Map(), seats: { byOffice: new Map(), byParty: new Map(), byPerson: new Map() } };

/** One quotation as printed in one article, with the speaker the rules gave it. */
export interface Occurrence {
  articleId: string;
  /** Position of the article in the corpus and of the quotation in it, for stable ordering. */
  order: number;
  text: string;
  partial: boolean;
  speakerId: string | null;
  passageIds: string[];
}

/** The previous quotation of the article and the speaker it was given. */
type Prev = Placed & { speaker: string | null };

function place(c: Ctx, q: QuoteSpan): Placed {
  const first = q.parts[0]!;
  const last = q.parts[q.parts.length - 1]!;
  const openIdx = first.openMark >= 0 ? tokIndex(toksOf(c, first.p), first.openMark) : 0;
  const closeIdx = last.closeMark >= 0 ? tokIndex(toksOf(c, last.p), last.closeMark) : -1;
  return { q, p0: first.p, pl: last.p, openIdx, closeIdx };
}

/**
 * Does this finding end the search? A person does; so does a blocked subject, unless the verb only
 * names where a report came from ('according to', 'reported'), when later rules may still find the speaker.
 */
function decisive(c: Ctx, p: number, verb: number, w: Who): boolean {
  return w.kind === 'person' || (w.kind === 'blocked' && !WEAK_SPEECH_VERBS.has(toksOf(c, p)[verb]!.low));
}

/** The subject of a speech verb before a quotation, else the main clause's ('…, adding: "…"'). */
function speakerOfVerb(c: Ctx, p: number, v: number, lo: number): Who {
  const quoted = quotedAs(c, p, v);
  if (quoted) return quoted;
  const w = subjectBefore(c, p, v, lo);
  if (w.kind !== 'none') return w;
  // '"…," said Joaquin Almunia, "but…"': the verb between two halves has its subject after it.
  const before = toksOf(c, p)[v - 1];
  // …and so does one opening its sentence ('Said Mr Bysshe: "…"').
  if (before?.mark === 'close' || (before?.text === ',' && toksOf(c, p)[v - 2]?.mark === 'close') || opensSentence(toksOf(c, p), v)) {
    const after = subjectAfter(c, p, v);
    if (after.kind !== 'none') return after;
  }
  return mainSubject(c, p, v);
}

/** Where the quotation's sentence starts, and where the search for its verb starts: after a previous quotation in the same sentence. */
interface Reach {
  lo: number;
  segLo: number;
  /** The previous quotation ends in this sentence, before this one. */
  samePrev: boolean;
}

function reach(c: Ctx, pl: Placed, prev: Prev | null): Reach {
  const toks0 = toksOf(c, pl.p0);
  const sent0 = toks0[pl.openIdx]!.sent;
  let lo = pl.openIdx;
  while (lo > 0 && toks0[lo - 1]!.sent === sent0) lo--;
  const samePrev = prev !== null && prev.pl === pl.p0 && prev.closeIdx >= lo && prev.closeIdx < pl.openIdx;
  return { lo, segLo: samePrev ? prev!.closeIdx + 1 : lo, samePrev };
}

/**
 * 'Malaysia said damage will be "significant", Agence France Presse reported': after a sentence
 * another speech verb opens, an outlet's 'reported' names the report's source, not its speaker.
 */
function sourceOnly<T extends { verb: number }>(c: Ctx, pl: Placed, segLo: number, a: T | null): T | null {
  if (!a || !on('reporting-sources') || toksOf(c, pl.pl)[a.verb]?.low !== 'reported') return a;
  for (let k = segLo; k < pl.openIdx; k++) if (isVerbAt(c, pl.p0, k)) return null;
  return a;
}

/** Who said the quotation at `pl`, by the rules of attributeArticle in order; `v1` is the speech verb right before it, or -1. */
function whoSaid(c: Ctx, pl: Placed, prev: Prev | null, { lo, segLo, samePrev }: Reach, v1: number): Who {
  // 1. 'Okafor said: "…"', 'told reporters: "…"', 'said "…"'
  if (v1 >= 0) {
    const chained = chainedPronoun(c, pl.p0, v1, prev);
    if (chained) return chained;
    const w = speakerOfVerb(c, pl.p0, v1, lo);
    if (w.kind === 'blocked') return documentSpeaker(c, pl.p0, v1, prev) ?? w;
    if (decisive(c, pl.p0, v1, w)) return w;
  }
  const colon = v1 < 0 ? colonSpeaker(c, pl.p0, pl.openIdx) : null;
  if (colon) return colon;
  // 2. '"…," Okafor said' / '"…," said Lindqvist' (not after a full stop: that starts a new sentence)
  if (pl.closeIdx >= 0 && !/\.['’]?$/u.test(pl.q.text)) {
    const a = sourceOnly(c, pl, segLo, introducesNext(c, pl.pl, attributionAfter(c, pl.pl, pl.closeIdx)));
    const chained = a ? chainedPronoun(c, pl.pl, a.verb, prev) : null;
    if (chained) return chained;
    if (a?.who.kind === 'blocked') return documentSpeaker(c, pl.pl, a.verb, prev) ?? a.who;
    if (a && decisive(c, pl.pl, a.verb, a.who)) return a.who;
  }
  // 2a. '"…," Mr Bootle.': the verb dropped
  const verbless = pl.closeIdx >= 0 && /,$/u.test(pl.q.text) ? verblessAfter(c, pl.pl, pl.closeIdx) : null;
  if (verbless) return verbless;
  // 2b. '"…" is the assessment of X'
  const verdict = pl.closeIdx >= 0 ? verdictAfter(c, pl.pl, pl.closeIdx) : null;
  if (verdict?.kind === 'person') return verdict;
  // 3. the nearest speech verb earlier in the sentence
  let v = -1;
  for (let k = pl.openIdx - 1; k >= segLo && v < 0; k--) if (isVerbAt(c, pl.p0, k)) v = k;
  // 'Mr Roe said the public felt let down and "…"': a view inside someone's words is theirs.
  for (let k = v - 1; k >= segLo && v >= 0 && !isSpeechVerb(toksOf(c, pl.p0)[v]!.low); k--) if (isVerbAt(c, pl.p0, k) && isSpeechVerb(toksOf(c, pl.p0)[k]!.low)) v = k;
  if (v >= 0) {
    const w = speakerOfVerb(c, pl.p0, v, lo);
    if (decisive(c, pl.p0, v, w)) return w;
  } else if (samePrev) {
    // Several quotations under one verb: 'had "paved the way" for a "very solid deal"'.
    return prev!.speaker ? { kind: 'person', id: prev!.speaker } : BLOCKED;
  }
  // 4. a speech verb later in the sentence ('…a "historic step", Okafor said.')
  if (pl.closeIdx >= 0) {
    const toksL = toksOf(c, pl.pl);
    const sentL = toksL[pl.closeIdx]!.sent;
    for (let k = pl.closeIdx + 1; k < toksL.length && toksL[k]!.sent === sentL && toksL[k]!.mark !== 'open'; k++) {
      if (!isVerbAt(c, pl.pl, k) || !introducesNext(c, pl.pl, { verb: k })) continue;
      const w = quotedAs(c, pl.pl, k) ?? subjectBefore(c, pl.pl, k, pl.closeIdx + 1);
      const who = w.kind === 'none' ? subjectAfter(c, pl.pl, k) : w;
      if (decisive(c, pl.pl, k, who)) return who;
    }
  }
  // 4b. 'He also criticised the cult of celebrity: "…"': a colon hands the sentence over to its subject's words.
  const introduced = clauseColon(c, pl, lo);
  if (introduced) return introduced;
  // 5. a quotation standing alone continues the previous speaker's
  const alone = standsAlone(c, pl, lo);
  if (prev?.speaker && alone && nobodyElseBetween(c, prev, pl, prev.speaker)) return { kind: 'person', id: prev.speaker };
  // 6. a quotation standing alone after a sentence about someone is theirs ('X spoke to reporters. "…"')
  return alone ? afterSubject(c, pl) : NONE;
}

/** The person a sentence is about when it ends in a colon that opens the quotation, with no speech verb of its own. */
function clauseColon(c: Ctx, pl: Placed, lo: number): Who | null {
  const toks = toksOf(c, pl.p0);
  if (!on('colon-clauses') || toks[pl.openIdx - 1]?.text !== ':' || pl.openIdx - 1 <= lo) return null;
  const sent = toks[pl.openIdx]!.sent;
  // Only a sentence that opens with its subject and names nobody else ('Mr Roe recalls how Doe advised him:' is Doe's).
  const named = c.mentions.filter((m) => m.sent === sent && !m.inQuote && m.i < pl.openIdx);
  const first = named[0];
  if (!first || named.some((m) => m.personId !== first.personId) || first.i - lo > 2) return null;
  const w = sentenceSubject(c, sent, pl.openIdx - 1);
  return w.kind === 'person' && !w.id.startsWith('org-') ? w : null;
}

/** The person the sentence before a lone quotation is about, when it is right before it. */
function afterSubject(c: Ctx, pl: Placed): Who {
  const s = toksOf(c, pl.p0)[pl.openIdx]!.sent - 1;
  const span = c.sentences[s];
  if (!span || span.p < pl.p0 - 1) return NONE;
  const w = sentenceSubject(c, s);
  return w.kind === 'person' ? w : NONE;
}

/**
 * Attributes every quotation of an article to a speaker (or to nobody) and decides whether it is a
 * full quotation or a phrase inside reported speech. Rules, in order: a speech verb right before
 * the quotation; an attribution right after it; the nearest speech verb earlier in the sentence;
 * one later in the sentence; and a quotation standing alone right after one by a known speaker
 * continues it. A verb whose subject is an organisation or an unnamed person ends the search with
 * no speaker; so does finding nothing.
 */
export function attributeArticle(doc: ArticleDoc, mentions: Mention[], order: number, facts: Pick<Ctx, 'sex' | 'seats'> = NO_FACTS): Occurrence[] {
  const at = doc.passages.map((pd) => new Int32Array(pd.toks.length).fill(-1));
  mentions.forEach((m, n) => {
    for (let k = m.i; k < m.j; k++) at[m.p]![k] = n;
  });
  const c: Ctx = { doc, mentions, at, sentences: sentenceSpans(doc), ...facts, quoted: new Map() };
  c.unsexed = contradictedSex(c);
  const out: Occurrence[] = [];
  const chain: Chained[] = [];
  let prev: Prev | null = null;
  for (const q of doc.quotes) {
    const pl = place(c, q);
    if (pl.openIdx < 0 || isInscription(c, q, pl.openIdx, pl.closeIdx)) continue;
    const r = reach(c, pl, prev);
    const v1 = verbJustBefore(c, pl.p0, pl.openIdx, r.segLo);
    const who = whoSaid(c, pl, prev, r, v1);
    const speaker = who.kind === 'person' && !namesItsSpeaker(c, q.id, who.id) ? who.id : null;

    const wordCount = q.parts.reduce((n, part) => n + toksOf(c, part.p).filter((t) => t.q === q.id && t.word && t.start >= part.start).length, 0);
    const before = toksOf(c, pl.p0)[pl.openIdx - 1];
    const afterDeterminer = before?.word === true && ARTICLES.has(before.low);
    const startsUpper = /^[\p{Lu}\p{N}]/u.test(q.text.replace(/^[^\p{L}\p{N}]+/u, ''));
    // Lower case straight after a speech verb is a whole statement only if it carries its own
    // closing punctuation ('said "it is close to done,"'); a headline's 'vows "no new taxes"' is a phrase.
    const full =
      q.parts.length > 1 || (!afterDeterminer && ((startsUpper && wordCount >= 2) || (v1 >= 0 && wordCount >= 3 && /[,.!?]$/u.test(q.text))));
    // One or two words in quotation marks that no speech verb introduces and no one is given, or
    // that qualify the noun after them ('a "yes" vote'), are the reporter's scare quotes, not speech.
    const scare = (speaker === null && !full && wordCount <= 2 && !startsUpper && !reportsSpeech(c, toksOf(c, pl.p0)[pl.openIdx]!.sent)) || (afterDeterminer && wordCount <= 2 && modifiesNoun(c, pl));
    prev = { ...pl, speaker };
    if (speaker && !speaker.startsWith('org-')) for (const part of q.parts) for (const t of toksOf(c, part.p)) if (t.q === q.id) c.quoted!.set(t.sent, speaker);
    if (scare) continue;
    chain.push({ pl, alone: standsAlone(c, pl, r.lo), partial: !full, speakerId: speaker });
    out.push({
      articleId: doc.article.id,
      order: order * 10_000 + q.id,
      text: q.text,
      partial: !full,
      speakerId: speaker,
      passageIds: [...new Set(q.parts.map((part) => doc.passages[part.p]!.passage.id))],
    });
  }
  chainBackwards(c, chain);
  chain.forEach((x, n) => (out[n]!.speakerId = x.speakerId));
  return out;
}

/** Is the quotation followed straight away by the noun it qualifies ('a "yes" vote')? */
function modifiesNoun(c: Ctx, pl: Placed): boolean {
  if (pl.closeIdx < 0) return false;
  const next = toksOf(c, pl.pl)[pl.closeIdx + 1];
  return next?.word === true && !next.cap && !FUNCTION_WORDS.has(next.low) && !isSpeechVerb(next.low);
}
