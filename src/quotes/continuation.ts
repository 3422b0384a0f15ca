/**
 * When a quotation continues the speaker of the one before it, and when the reporter's words
 * around it belong to another quotation: the rules attributeArticle's last steps read.
 */
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './extract.js';
import { isVerbAt } from './clauses.js';
import { toksOf, type Ctx } from './context.js';
import { on } from './mechanisms.js';
import { sentenceSubject } from './coreference.js';
import { isSpeechVerb } from './speech-verbs.js';

/** A quotation placed in its passages: where it opens and closes. */
export interface Placed {
  q: QuoteSpan;
  p0: number;
  pl: number;
  openIdx: number;
  closeIdx: number;
}

/** '"…there?'" John Crowther added: "…"': a verb with a colon and a quotation after it introduces that one, not the one before. */
export function introducesNext<T extends { verb: number }>(c: Ctx, p: number, a: T | null): T | null {
  const toks = toksOf(c, p);
  return a && on('colon-introductions') && toks[a.verb + 1]?.text === ':' && toks[a.verb + 2]?.mark === 'open' ? null : a;
}

/**
 * Does the quotation name its speaker in full ('"I get on well with Jo Roe - he backs me"')? People
 * speak of themselves as 'I': a name in their own words is someone else's, so a rule that gave the
 * words to that name read the sentence wrong, and no speaker is better than that one.
 */
export function namesItsSpeaker(c: Ctx, quote: number, speaker: string): boolean {
  // A body's statement does name it ('The Y Union has thrown its support behind…').
  // 'I've had a quiet word with Olof': their given name alone is as much someone else's (a
  // surname alone may be the reporter's, run into a quotation whose closing mark was lost).
  const given = (m: Mention) => {
    const w = toksOf(c, m.p)[m.i]!.low;
    return c.mentions.some((f) => f.personId === speaker && f.kind === 'name' && f.j - f.i >= 2 && toksOf(c, f.p)[f.i]!.low === w);
  };
  const named = (m: Mention) => m.j - m.i >= 2 || (on('self-named-alone') && given(m));
  return on('self-named') && !speaker.startsWith('org-') && c.mentions.some((m) => m.inQuote && m.personId === speaker && m.kind === 'name' && named(m) && toksOf(c, m.p)[m.i]!.q === quote);
}

/**
 * Does the sentence have a reporting verb of its own (outside quotation marks)? With `said`, only
 * one saying that someone said something ('said', 'told'; not 'believes', nor 'claiming' draws).
 */
export function reportsSpeech(c: Ctx, sent: number, said = false): boolean {
  const span = c.sentences[sent];
  if (!span) return false;
  const toks = toksOf(c, span.p);
  const saying = (w: string) => !said || (isSpeechVerb(w) && !w.endsWith('ing'));
  for (let k = span.i; k < span.j; k++) if (isVerbAt(c, span.p, k) && saying(toks[k]!.low)) return true;
  return false;
}

/** The quotation is its own sentence: no words of the reporter's before or after it. */
export function standsAlone(c: Ctx, pl: Placed, lo: number): boolean {
  const toks0 = toksOf(c, pl.p0);
  for (let k = lo; k < pl.openIdx; k++) if (toks0[k]!.word) return false;
  if (pl.closeIdx < 0) return true;
  const toksL = toksOf(c, pl.pl);
  const sent = toksL[pl.closeIdx]!.sent;
  for (let k = pl.closeIdx + 1; k < toksL.length && toksL[k]!.sent === sent; k++) if (toksL[k]!.word) return introducesNextAfter(c, pl.pl, k);
  return true;
}

/** '"…there?'" John Crowther added: "…"': the reporter's words after a quotation are only the next one's attribution. */
function introducesNextAfter(c: Ctx, p: number, k: number): boolean {
  const toks = toksOf(c, p);
  for (let v = k; v < toks.length && toks[v]!.sent === toks[k]!.sent && toks[v]!.mark === null; v++) if (isVerbAt(c, p, v)) return introducesNext(c, p, { verb: v }) === null;
  return false;
}

/**
 * No other person is named between the previous quotation's sentence and this one, which follows it
 * closely. Names inside the previous attribution's own sentence ('…," he said, as X and Y met') do
 * not count: they are not who the next quotation belongs to.
 */
export function nobodyElseBetween(c: Ctx, prev: Placed, cur: Placed, speaker: string): boolean {
  if (cur.p0 - prev.pl > 1) return false;
  const prevToks = toksOf(c, prev.pl);
  const prevSent = prevToks[prev.closeIdx >= 0 ? prev.closeIdx : prevToks.length - 1]?.sent ?? -1;
  for (const m of c.mentions) {
    if (m.inQuote || m.kind === 'pronoun' || m.sent <= prevSent) continue;
    const beforeCur = m.p < cur.p0 || (m.p === cur.p0 && m.i < cur.openIdx);
    // '…Simon Taylor looks certain to get the call. "…Simon Taylor is an outstanding player…"': whom the words speak of did not say them.
    const spokenOf = on('spoken-of') && m.personId !== null && namesItsSpeaker(c, cur.q.id, m.personId);
    // 'Since the formation of the Premier League…': a body named as what the story is about says
    // nothing; one reporting speech is caught below.
    const topic = on('body-topics') && m.kind === 'name' && m.personId?.startsWith('org-') === true;
    if (beforeCur && m.personId !== speaker && !spokenOf && !topic) return false;
  }
  // 'A spokesman for the Information Commissioner's Office said…. "If a party…"': someone else's report in between ends the run.
  const curSent = toksOf(c, cur.p0)[cur.openIdx]!.sent;
  for (let s = prevSent + 1; on('other-reporters') && s < curSent; s++) {
    const w = reportsSpeech(c, s, true) ? sentenceSubject(c, s) : null;
    if (w && (w.kind === 'blocked' || (w.kind === 'person' && w.id !== speaker && w.id.startsWith('org-')))) return false;
  }
  return true;
}
