import type { ArticleDoc, QuoteSpan } from './extract.js';
import {
  BLOCK_BEFORE_QUOTE,
  DETERMINERS,
  MEDIA_NOUNS,
  NAMING_CUES,
  NON_INVERTING_VERBS,
  PERSON_PRONOUNS,
  SIGN_NOUNS,
  SKIP_BEFORE_VERB,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_SMALL_WORDS,
  UNNAMED_SPEAKERS,
  WEAK_SPEECH_VERBS,
} from '../text/lexicon.js';
import type { Mention } from './people.js';
import type { Tok } from './extract.js';

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

/** What a clause says about who spoke: a person, nobody found yet, or someone we must not name. */
type Who = { kind: 'person'; id: string } | { kind: 'none' } | { kind: 'blocked' };

/** Words that make the quotation that follows a noun phrase of the reporter's ('a "historic step"'). */
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

const NONE: Who = { kind: 'none' };
const BLOCKED: Who = { kind: 'blocked' };

interface Ctx {
  doc: ArticleDoc;
  mentions: Mention[];
  /** Per passage, token index → index into `mentions`, -1 where no mention. */
  at: Int32Array[];
}

const toksOf = (c: Ctx, p: number): Tok[] => c.doc.passages[p]!.toks;

function mentionAt(c: Ctx, p: number, k: number): Mention | null {
  const n = c.at[p]![k] ?? -1;
  return n < 0 ? null : c.mentions[n]!;
}

/** A speech verb used as a verb: not inside a quotation and not a noun ('a conference call', 'her comments'). */
function isVerbAt(c: Ctx, p: number, k: number): boolean {
  const toks = toksOf(c, p);
  const t = toks[k]!;
  if (!t.word || t.q >= 0 || !SPEECH_VERBS.has(t.low)) return false;
  if (t.low === 'according') return toks[k + 1]?.low === 'to';
  const b1 = toks[k - 1];
  const b2 = toks[k - 2];
  if (b1?.word && (DETERMINERS.has(b1.low) || b1.poss)) return false;
  // 'a conference call', 'the press statement' — but 'the minister added', 'a spokesperson said' are verbs.
  const role = (t: Tok) => TITLE_HEADS.has(t.low) || UNNAMED_SPEAKERS.has(t.low) || PERSON_PRONOUNS.has(t.low) || SKIP_BEFORE_VERB.has(t.low);
  if (b1?.word && b2?.word && DETERMINERS.has(b2.low) && !b1.cap && !role(b1)) return false;
  return true;
}

/** Resolves he/she to the first named person of the same sentence before it, else of the nearest earlier sentence. */
function resolvePronoun(c: Ctx, m: Mention): Who {
  const idx = c.mentions.indexOf(m);
  const usable = (x: Mention) => !x.inQuote && x.kind !== 'pronoun' && x.personId !== null;
  for (let n = 0; n < idx; n++) {
    const x = c.mentions[n]!;
    if (x.sent === m.sent && usable(x)) return { kind: 'person', id: x.personId! };
  }
  // Earlier sentences, nearest first; in each, its first named person (the likely subject).
  let sent = -1;
  let found: Mention | null = null;
  for (let n = idx - 1; n >= 0; n--) {
    const x = c.mentions[n]!;
    if (x.sent >= m.sent) continue;
    if (x.p < m.p - 3) break;
    if (x.sent !== sent) {
      if (found) break;
      sent = x.sent;
    }
    if (usable(x)) found = x;
  }
  return found ? { kind: 'person', id: found.personId! } : BLOCKED;
}

function whoOf(c: Ctx, m: Mention): Who {
  if (m.kind === 'pronoun') return resolvePronoun(c, m);
  return m.personId ? { kind: 'person', id: m.personId } : BLOCKED;
}

/** The subject of the clause a participle or 'and said' belongs to: the sentence's first person before the verb. */
function mainSubject(c: Ctx, p: number, v: number): Who {
  const toks = toksOf(c, p);
  const sent = toks[v]!.sent;
  const named: Mention[] = [];
  for (const m of c.mentions) if (m.p === p && m.sent === sent && m.i < v && !m.inQuote) named.push(m);
  const first = named.find((m) => m.kind !== 'pronoun') ?? named[0];
  return first ? whoOf(c, first) : BLOCKED;
}

/** Who is the subject of the speech verb at v, reading leftwards no further than lo. */
function subjectBefore(c: Ctx, p: number, v: number, lo: number): Who {
  const toks = toksOf(c, p);
  const verb = toks[v]!;
  if (verb.low.endsWith('ing')) return NONE; // 'adding', 'saying': the main clause's subject spoke
  let j = v - 1;
  while (j >= lo && toks[j]!.word && SKIP_BEFORE_VERB.has(toks[j]!.low) && !mentionAt(c, p, j)) j--;
  if (j < lo) return NONE;
  const t = toks[j]!;
  if (t.q >= 0) return NONE;
  const m = mentionAt(c, p, j);
  if (m) {
    // 'Roe and Doe said': a joint statement is neither one's.
    let b = m.i - 1;
    while (b >= 0 && toks[b]!.word && !mentionAt(c, p, b) && (TITLE_HEADS.has(toks[b]!.low) || TITLE_MODIFIERS.has(toks[b]!.low) || toks[b]!.cap)) b--;
    if (toks[b]?.low === 'and' && mentionAt(c, p, b - 1)) return BLOCKED;
    return whoOf(c, m);
  }
  if (!t.word) {
    // 'Ada Okafor, told': a name set off by a comma, never a pronoun ('he, said' is not speech).
    const before = t.text === ',' && j - 1 >= lo ? mentionAt(c, p, j - 1) : null;
    return before && before.kind !== 'pronoun' ? whoOf(c, before) : NONE;
  }
  if (t.low === 'and' || t.low === 'but' || t.low === 'who') return NONE;
  return BLOCKED; // an organisation, a place, or someone unnamed ('a hospital spokesperson')
}

/** Who follows an inverted speech verb ('said Lindqvist', 'says trade minister Ada Okafor', 'according to X'). */
function subjectAfter(c: Ctx, p: number, v: number): Who {
  const toks = toksOf(c, p);
  if (NON_INVERTING_VERBS.has(toks[v]!.low)) return NONE;
  let k = v + 1;
  if (toks[v]!.low === 'according' && toks[k]?.low === 'to') k++;
  const first = toks[k];
  if (!first?.word) return NONE;
  let skipped = 0;
  while (k < toks.length && skipped < 6) {
    const m = mentionAt(c, p, k);
    if (m) return whoOf(c, m);
    const t = toks[k]!;
    if (!t.word) break;
    if (t.low === 'a' || t.low === 'an' || UNNAMED_SPEAKERS.has(t.low) && !TITLE_HEADS.has(t.low)) return BLOCKED;
    if (t.cap || TITLE_HEADS.has(t.low) || TITLE_MODIFIERS.has(t.low) || t.low === 'the') {
      k++;
      skipped++;
      continue;
    }
    break;
  }
  return skipped > 0 ? BLOCKED : NONE;
}

const tokIndex = (toks: readonly Tok[], pos: number): number => toks.findIndex((t) => t.start === pos);

/** Quoted text nobody says: a title, a nickname, a placard or a programme name. */
function isInscription(c: Ctx, q: QuoteSpan, openIdx: number, closeIdx: number): boolean {
  const words = q.text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const titleCase =
    words.length >= 2 &&
    words.length <= 8 &&
    !/[.!?]$/u.test(q.text) &&
    words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
  if (titleCase) return true;
  const first = q.parts[0]!;
  const toks = toksOf(c, first.p);
  const sent = toks[openIdx]?.sent;
  for (let k = openIdx - 1, n = 0; k >= 0 && n < 4 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (!t.word) continue;
    n++;
    if (n === 1 && (NAMING_CUES.has(t.low) || (t.low === 'as' && ['known', 'billed', 'dubbed'].includes(toks[k - 1]?.low ?? '')))) return true;
    if (SIGN_NOUNS.has(t.low)) return true;
  }
  if (closeIdx >= 0 && words.length <= 6) {
    const last = q.parts[q.parts.length - 1]!;
    const after = toksOf(c, last.p)[closeIdx + 1];
    if (after?.word && MEDIA_NOUNS.has(after.low)) return true;
  }
  return false;
}

/** A speech verb right before the quotation ('said:', 'told reporters:', 'said "…"'). */
function verbJustBefore(c: Ctx, p: number, openIdx: number, lo: number): number {
  const toks = toksOf(c, p);
  let k = openIdx - 1;
  let punctuated = false;
  if (k >= lo && (toks[k]!.text === ':' || toks[k]!.text === ',')) {
    punctuated = true;
    k--;
  }
  let between = 0;
  for (; k >= lo && between <= 4; k--) {
    const t = toks[k]!;
    if (t.mark !== null || t.q >= 0) return -1;
    if (!t.word) {
      if (t.text === '.' || t.text === ',') continue;
      return -1;
    }
    if (isVerbAt(c, p, k)) return punctuated || between === 0 ? k : -1;
    if (BLOCK_BEFORE_QUOTE.has(t.low)) return -1;
    between++;
  }
  return -1;
}

/** Words that may make up the subject of an attribution after a quotation ('the chief executive', 'a hospital spokesperson'). */
function subjectish(t: Tok): boolean {
  return (
    t.cap ||
    DETERMINERS.has(t.low) ||
    TITLE_HEADS.has(t.low) ||
    TITLE_MODIFIERS.has(t.low) ||
    UNNAMED_SPEAKERS.has(t.low) ||
    PERSON_PRONOUNS.has(t.low) ||
    SKIP_BEFORE_VERB.has(t.low) ||
    ['for', 'of', 'they', 'we', 'i', 'it', 'you'].includes(t.low)
  );
}

/** An attribution straight after the closing mark ('…," Okafor said' / '…," said Lindqvist'). */
function attributionAfter(c: Ctx, p: number, closeIdx: number): { who: Who; verb: number } | null {
  const toks = toksOf(c, p);
  let k = closeIdx + 1;
  while (k < toks.length && [',', '—', '–', '-'].includes(toks[k]!.text)) k++;
  const lo = k;
  for (; k < toks.length && k < lo + 9; k++) {
    const t = toks[k]!;
    if (t.mark !== null || t.q >= 0) return null;
    if (!t.word) {
      if (t.text === '.' && toks[k - 1]?.word && toks[k - 1]!.text.length <= 3 && toks[k - 1]!.cap) continue; // 'Dr.'
      return null;
    }
    if (isVerbAt(c, p, k)) {
      const who = k === lo ? subjectAfter(c, p, k) : subjectBefore(c, p, k, lo);
      return { who, verb: k };
    }
    if (!subjectish(t)) return null;
  }
  return null;
}

interface Placed {
  q: QuoteSpan;
  p0: number;
  pl: number;
  openIdx: number;
  closeIdx: number;
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
  const w = subjectBefore(c, p, v, lo);
  return w.kind === 'none' ? mainSubject(c, p, v) : w;
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

/** Who said the quotation at `pl`, by the rules of attributeArticle in order; `v1` is the speech verb right before it, or -1. */
function whoSaid(c: Ctx, pl: Placed, prev: Prev | null, { lo, segLo, samePrev }: Reach, v1: number): Who {
  // 1. 'Okafor said: "…"', 'told reporters: "…"', 'said "…"'
  if (v1 >= 0) {
    const w = speakerOfVerb(c, pl.p0, v1, lo);
    if (decisive(c, pl.p0, v1, w)) return w;
  }
  // 2. '"…," Okafor said' / '"…," said Lindqvist' (not after a full stop: that starts a new sentence)
  if (pl.closeIdx >= 0 && !/\.$/u.test(pl.q.text)) {
    const a = attributionAfter(c, pl.pl, pl.closeIdx);
    if (a && decisive(c, pl.pl, a.verb, a.who)) return a.who;
  }
  // 3. the nearest speech verb earlier in the sentence
  let v = -1;
  for (let k = pl.openIdx - 1; k >= segLo && v < 0; k--) if (isVerbAt(c, pl.p0, k)) v = k;
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
      if (!isVerbAt(c, pl.pl, k)) continue;
      const w = subjectBefore(c, pl.pl, k, pl.closeIdx + 1);
      const who = w.kind === 'none' ? subjectAfter(c, pl.pl, k) : w;
      if (decisive(c, pl.pl, k, who)) return who;
    }
  }
  // 5. a quotation standing alone continues the previous speaker's
  if (prev?.speaker && standsAlone(c, pl, lo) && nobodyElseBetween(c, prev, pl, prev.speaker)) return { kind: 'person', id: prev.speaker };
  return NONE;
}

/**
 * Attributes every quotation of an article to a speaker (or to nobody) and decides whether it is a
 * full quotation or a phrase inside reported speech. Rules, in order: a speech verb right before
 * the quotation; an attribution right after it; the nearest speech verb earlier in the sentence;
 * one later in the sentence; and a quotation standing alone right after one by a known speaker
 * continues it. A verb whose subject is an organisation or an unnamed person ends the search with
 * no speaker; so does finding nothing.
 */
export function attributeArticle(doc: ArticleDoc, mentions: Mention[], order: number): Occurrence[] {
  const at = doc.passages.map((pd) => new Int32Array(pd.toks.length).fill(-1));
  mentions.forEach((m, n) => {
    for (let k = m.i; k < m.j; k++) at[m.p]![k] = n;
  });
  const c: Ctx = { doc, mentions, at };
  const out: Occurrence[] = [];
  let prev: Prev | null = null;
  for (const q of doc.quotes) {
    const pl = place(c, q);
    if (pl.openIdx < 0 || isInscription(c, q, pl.openIdx, pl.closeIdx)) continue;
    const r = reach(c, pl, prev);
    const v1 = verbJustBefore(c, pl.p0, pl.openIdx, r.segLo);
    const who = whoSaid(c, pl, prev, r, v1);
    const speaker = who.kind === 'person' ? who.id : null;

    const wordCount = q.parts.reduce((n, part) => n + toksOf(c, part.p).filter((t) => t.q === q.id && t.word && t.start >= part.start).length, 0);
    const before = toksOf(c, pl.p0)[pl.openIdx - 1];
    const afterDeterminer = before?.word === true && ARTICLES.has(before.low);
    const startsUpper = /^[\p{Lu}\p{N}]/u.test(q.text.replace(/^[^\p{L}\p{N}]+/u, ''));
    // Lower case straight after a speech verb is a whole statement only if it carries its own
    // closing punctuation ('said "it is close to done,"'); a headline's 'vows "no new taxes"' is a phrase.
    const full =
      q.parts.length > 1 || (!afterDeterminer && ((startsUpper && wordCount >= 2) || (v1 >= 0 && wordCount >= 3 && /[,.!?]$/u.test(q.text))));
    out.push({
      articleId: doc.article.id,
      order: order * 10_000 + q.id,
      text: q.text,
      partial: !full,
      speakerId: speaker,
      passageIds: [...new Set(q.parts.map((part) => doc.passages[part.p]!.passage.id))],
    });
    prev = { ...pl, speaker };
  }
  return out;
}

/** The quotation is its own sentence: no words of the reporter's before or after it. */
function standsAlone(c: Ctx, pl: Placed, lo: number): boolean {
  const toks0 = toksOf(c, pl.p0);
  for (let k = lo; k < pl.openIdx; k++) if (toks0[k]!.word) return false;
  if (pl.closeIdx < 0) return true;
  const toksL = toksOf(c, pl.pl);
  const sent = toksL[pl.closeIdx]!.sent;
  for (let k = pl.closeIdx + 1; k < toksL.length && toksL[k]!.sent === sent; k++) if (toksL[k]!.word) return false;
  return true;
}

/**
 * No other person is named between the previous quotation's sentence and this one, which follows it
 * closely. Names inside the previous attribution's own sentence ('…," he said, as X and Y met') do
 * not count: they are not who the next quotation belongs to.
 */
function nobodyElseBetween(c: Ctx, prev: Placed, cur: Placed, speaker: string): boolean {
  if (cur.p0 - prev.pl > 1) return false;
  const prevToks = toksOf(c, prev.pl);
  const prevSent = prevToks[prev.closeIdx >= 0 ? prev.closeIdx : prevToks.length - 1]?.sent ?? -1;
  for (const m of c.mentions) {
    if (m.inQuote || m.kind === 'pronoun' || m.sent <= prevSent) continue;
    const beforeCur = m.p < cur.p0 || (m.p === cur.p0 && m.i < cur.openIdx);
    if (beforeCur && m.personId !== speaker) return false;
  }
  return true;
}
