import type { Tok } from './extract.js';
import {
  BLOCK_BEFORE_QUOTE,
  BE_FORMS,
  BODY_NOUNS,
  DETERMINERS,
  FUNCTION_WORDS,
  NON_INVERTING_VERBS,
  PERSON_PRONOUNS,
  SKIP_BEFORE_VERB,
  SPOKES_WORDS,
  SPOKESPERSONS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  UNNAMED_SPEAKERS,
} from '../text/lexicon.js';
import { isReportingVerb } from './speech-verbs.js';
import { BLOCKED, NONE, mentionAt, qualifiesPost, toksOf, type Ctx, type Who } from './context.js';
import { on } from './mechanisms.js';
import { APPOSITIVE_REACH, describedName, headBefore, isDash, namedAfterComma, namedAfterPost, nextComma, quotedAs } from './appositives.js';
import { sentenceSubject, whoOf } from './coreference.js';
import { spokesBody } from './spokes.js';
import { isGluedHyphen, skipsBeforeVerb } from './names.js';
import { beforeOfPlace } from './beside-verb.js';
import { descriptionMark, openDescribed } from './open-descriptions.js';
import { bodyBefore, bodyNounAfter, bodyNounStart } from './body-nominals.js';

/** A speech verb used as a verb: not inside a quotation and not a noun ('a conference call', 'her comments'). */
export function isVerbAt(c: Ctx, p: number, k: number): boolean {
  const toks = toksOf(c, p);
  const t = toks[k]!;
  if (!t.word || t.q >= 0 || !isReportingVerb(t.low)) return false;
  if (t.low === 'according') return toks[k + 1]?.low === 'to';
  const b1 = toks[k - 1];
  const b2 = toks[k - 2];
  if (b1?.word && (DETERMINERS.has(b1.low) || b1.poss)) return false;
  // 'a conference call', 'the press statement' — but 'the minister added', 'a spokesperson said' are verbs.
  const role = (t: Tok) => TITLE_HEADS.has(t.low) || UNNAMED_SPEAKERS.has(t.low) || PERSON_PRONOUNS.has(t.low) || SKIP_BEFORE_VERB.has(t.low);
  // 'the newspaper quoted X as saying': a body's noun before 'quoted' is its subject, the speaker after it.
  const body = on('body-subject-verbs') && BODY_NOUNS.has(b1?.low ?? '') && t.low === 'quoted';
  if (b1?.word && b2?.word && DETERMINERS.has(b2.low) && !b1.cap && !role(b1) && !body) return false;
  // 'said the PPI report was "much less alarming"': a speech word between 'the' and a name and 'was' is a noun.
  if (on('named-reports') && b1?.cap && b2?.word && DETERMINERS.has(b2.low) && BE_FORMS.has(toks[k + 1]?.low ?? '')) return false;
  return true;
}

/** Who is the subject of the speech verb at v, reading leftwards no further than lo. */
export function subjectBefore(c: Ctx, p: number, v: number, lo: number): Who {
  const toks = toksOf(c, p);
  const verb = toks[v]!;
  if (verb.low.endsWith('ing')) return NONE; // 'adding', 'saying': the main clause's subject spoke
  let j = v - 1;
  while (j >= lo && skipsBeforeVerb(toks, j) && !mentionAt(c, p, j)) j--;
  if (j < lo) return NONE;
  const t = toks[j]!;
  if (t.q >= 0) return NONE;
  // 'Lisa Roe, head of policy at the Y Trust said': the name before an unclosed description.
  const open = openDescribed(c, p, j, lo);
  if (open) return whoOf(c, open);
  const m = mentionAt(c, p, j);
  if (m) {
    // 'Pasquale D'Amuro of the FBI called…': the person the body describes speaks, not the body.
    const of = m.personId?.startsWith('org-') && on('people-of-bodies') ? beforeOfPlace(toks, j) : j;
    const head = of !== j && of >= lo ? mentionAt(c, p, of) : null;
    if (head && head.kind === 'name' && head.personId && !head.personId.startsWith('org-')) return whoOf(c, head);
    // 'Roe and Doe said': a joint statement is neither one's.
    let b = m.i - 1;
    while (b >= 0 && toks[b]!.word && !mentionAt(c, p, b) && (TITLE_HEADS.has(toks[b]!.low) || TITLE_MODIFIERS.has(toks[b]!.low) || toks[b]!.cap)) b--;
    if (toks[b]?.low === 'and' && mentionAt(c, p, b - 1)) return BLOCKED;
    return whoOf(c, m);
  }
  if (!t.word) {
    // 'Ada Okafor, told': a name set off by a comma, never a pronoun ('he, said' is not speech);
    // 'Tim Crawford, group economist at Halifax, said': the name before the description.
    if (!(t.text === ',' || (on('appositives') && isDash(t))) || j - 1 < lo) return NONE;
    const before = headBefore(c, p, j, lo);
    return before && before.kind !== 'pronoun' ? whoOf(c, before) : NONE;
  }
  // 'It is a view shared by Rooney, who believes "…"': 'who' stands for the name before its comma.
  const antecedent = t.low === 'who' && on('relative-subjects') && toks[j - 1]?.text === ',' ? mentionAt(c, p, j - 2) : null;
  if (antecedent && antecedent.kind === 'name' && !antecedent.personId?.startsWith('org-')) return whoOf(c, antecedent);
  if (t.low === 'and' || t.low === 'but' || t.low === 'who') return NONE;
  // '"…," it said in a statement': the organisation the sentence before is about.
  if (t.low === 'it' && on('it-organisations')) return bodyBefore(c, p, j);
  // '"…," the firm said': the body the sentence before is about.
  const body = bodyNounStart(toks, j);
  if (body >= lo) return bodyBefore(c, p, body);
  // 'William Corr of the Campaign for Tobacco-Free Kids urged'
  const of = on('of-descriptions') ? beforeOfPlace(toks, j) : j;
  const head = of !== j && of >= lo ? mentionAt(c, p, of) : null;
  if (head && head.kind === 'name' && head.personId && !head.personId.startsWith('org-')) return whoOf(c, head);
  if (SPOKES_WORDS.has(t.low)) return bodyOf(c, p, j);
  // 'Scott Stanzel, a spokesman for the campaign said': a description with no closing comma.
  const described = describedName(c, p, j, lo);
  if (described) return whoOf(c, described);
  return BLOCKED; // an organisation, a place, or someone unnamed ('a hospital spokesperson')
}

/**
 * 'a Home Office spokesman said', 'a UK Government official responded': a spokesperson's words
 * are the named body's; an unnamed one's ('a spokesman said') are nobody's we can name.
 */
function bodyOf(c: Ctx, p: number, j: number): Who {
  const m = mentionAt(c, p, j - 1);
  if (m?.personId?.startsWith('org-')) return { kind: 'person', id: m.personId };
  const body = spokesBody(c, p, j, (s) => sentenceSubject(c, s));
  if (body) return { kind: 'person', id: body, spokes: true };
  // 'Mr Tanzi's statement said': a person's own statement is theirs (their spokesman's words are not).
  const toks = toksOf(c, p);
  return m?.personId && toks[j]!.low === 'statement' && toks[j - 1]!.poss ? { kind: 'person', id: m.personId } : BLOCKED;
}

/** The body of a spokesperson named from the article at k ('a spokesman', 'the prime minister's official spokesman'). */
function spokesAfter(c: Ctx, p: number, k: number): string | null {
  const toks = toksOf(c, p);
  for (let m = k + 1; m < toks.length && m <= k + 5; m++) {
    if (!toks[m]!.word) return null;
    if (SPOKESPERSONS.has(toks[m]!.low)) return spokesBody(c, p, m, (s) => sentenceSubject(c, s));
  }
  return null;
}

/** Does the word at k go on with a post before the name an inverted verb introduces (`skipped` words of it so far)? */
function continuesPost(toks: readonly Tok[], k: number, skipped: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  // 'said Bank of Japan chief X'; with 'titles-of-the', 'said UK Chancellor of the Exchequer X' and 'said Economic and Fiscal Policy Minister X'.
  const titled = on('titles-of-the') && skipped > 0 && toks[k - 1]?.cap === true;
  const inner = ((t.low === 'of' || t.low === 'the') && next?.cap === true) || (titled && t.low === 'of' && next?.low === 'the' && toks[k + 2]?.cap === true) || (titled && t.low === 'and' && next?.cap === true);
  // 'said Nortel president and chief executive Bill Owens': one person's two posts.
  const joint = on('joint-posts') && t.low === 'and' && skipped > 0 && TITLE_HEADS.has(toks[k - 1]?.low ?? '') && (TITLE_HEADS.has(next?.low ?? '') || TITLE_MODIFIERS.has(next?.low ?? ''));
  // 'said awards pundit Tom O'Neil': any plain word may qualify the post before the name.
  return t.cap || TITLE_HEADS.has(t.low) || TITLE_MODIFIERS.has(t.low) || t.low === 'the' || inner || joint || !FUNCTION_WORDS.has(t.low);
}

/** Who follows an inverted speech verb ('said Lindqvist', 'says trade minister Ada Okafor', 'according to X'). */
export function subjectAfter(c: Ctx, p: number, v: number): Who {
  const toks = toksOf(c, p);
  if (NON_INVERTING_VERBS.has(toks[v]!.low)) return NONE;
  let k = v + 1;
  if (toks[v]!.low === 'according' && toks[k]?.low === 'to') k++;
  const first = toks[k];
  if (!first?.word) return NONE;
  let skipped = 0;
  while (k < toks.length && skipped < 6) {
    const m = mentionAt(c, p, k);
    // 'said CBI chief economist Ian McCafferty': a body before a post qualifies it.
    if (m && qualifiesPost(c, m)) {
      skipped += m.j - k;
      k = m.j;
      continue;
    }
    if (m) return whoOf(c, m);
    const t = toks[k]!;
    // 'said EEF chief economist, Steve Radley': a comma between the post and the name.
    if (t.text === ',' && skipped > 0 && mentionAt(c, p, k + 1)) {
      k++;
      continue;
    }
    // 'said Moscow-based US lawyer Jamie Firestone': a hyphenated modifier is one word of the post.
    if (on('posts-before-names') && isGluedHyphen(toks, k) && skipped > 0) {
      k++;
      continue;
    }
    if (!t.word) break;
    // 'said the club', 'said the Japanese firm'
    if (skipped === 0 && bodyNounAfter(c, p, k) > 0) return bodyBefore(c, p, k);
    // 'said a Vodafone spokesman'
    const body = t.low === 'a' || t.low === 'an' ? mentionAt(c, p, k + 1) : null;
    if (body?.personId?.startsWith('org-') && SPOKES_WORDS.has(toks[body.j]?.low ?? '')) return { kind: 'person', id: body.personId };
    // 'said a spokesman', right after a sentence about a body; 'said the prime minister's spokesman'
    const spoken = t.low === 'a' || t.low === 'an' || t.low === 'the' ? spokesAfter(c, p, k) : null;
    if (spoken) return { kind: 'person', id: spoken, spokes: true };
    // 'said union leader X': an unnamed body's word that qualifies a post or a name is not the speaker.
    const next = toks[k + 1];
    // 'said union official X': an official is a post as a leader is, when a name follows it.
    const official = on('official-posts') && next !== undefined && SPOKES_WORDS.has(next.low) && mentionAt(c, p, k + 2) !== null;
    const qualifying = on('posts-before-names') && next?.word === true && (TITLE_HEADS.has(next.low) || TITLE_MODIFIERS.has(next.low) || official || mentionAt(c, p, k + 1) !== null);
    if (t.low === 'a' || t.low === 'an' || (UNNAMED_SPEAKERS.has(t.low) && !TITLE_HEADS.has(t.low) && !qualifying)) {
      // 'said the report's author, Professor Jane Roe': the description is followed by the name.
      const named = t.low === 'a' || t.low === 'an' ? namedAfterPost(c, p, k) : namedAfterComma(c, p, k);
      return named ?? BLOCKED;
    }
    if (continuesPost(toks, k, skipped)) {
      k++;
      skipped++;
      continue;
    }
    break;
  }
  // 'said one of their lawyers, Michalis Dimitrakopoulos'
  if (skipped > 0) return namedAfterComma(c, p, k) ?? BLOCKED;
  return NONE;
}


/** The speech verb right before the quotation opening at openIdx ('said:', 'told reporters:', 'said "…"'), or -1. */
export function verbJustBefore(c: Ctx, p: number, openIdx: number, lo: number): number {
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

/** A speech verb ending a description opened by the comma at k with no closing comma ('X, its minister for economic affairs added'), or -1. */
function verbWithin(c: Ctx, p: number, k: number): number {
  const toks = toksOf(c, p);
  for (let m = k + 1; m < toks.length && m - k <= APPOSITIVE_REACH; m++) {
    if (descriptionMark(toks, m)) continue;
    if (!toks[m]!.word || toks[m]!.q >= 0) return -1;
    if (isVerbAt(c, p, m)) return m;
  }
  return -1;
}

/** Words that may make up the subject of an attribution after a quotation ('the chief executive', 'a hospital spokesperson'). */
function subjectish(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  return (
    skipsBeforeVerb(toks, k) ||
    t.cap ||
    DETERMINERS.has(t.low) ||
    TITLE_HEADS.has(t.low) ||
    TITLE_MODIFIERS.has(t.low) ||
    UNNAMED_SPEAKERS.has(t.low) ||
    PERSON_PRONOUNS.has(t.low) ||
    BODY_NOUNS.has(t.low) ||
    ['for', 'of', 'they', 'we', 'i', 'it', 'you'].includes(t.low)
  );
}

/** An attribution straight after the closing mark ('…," Okafor said' / '…," said Lindqvist'). */
export function attributionAfter(c: Ctx, p: number, closeIdx: number): { who: Who; verb: number } | null {
  const toks = toksOf(c, p);
  let k = closeIdx + 1;
  while (k < toks.length && [',', '—', '–', '-'].includes(toks[k]!.text)) k++;
  const lo = k;
  for (; k < toks.length && k < lo + 9; k++) {
    const t = toks[k]!;
    if (t.mark !== null || t.q >= 0) return null;
    if (!t.word) {
      if (t.text === '.' && toks[k - 1]?.word && toks[k - 1]!.text.length <= 3 && toks[k - 1]!.cap) continue; // 'Dr.'
      // '…," Roy Asher, chief investment officer of Hibernian, told Reuters' (or set off by dashes)
      if ((t.text === ',' || (on('appositives') && isDash(t))) && mentionAt(c, p, k - 1)) {
        const close = nextComma(toks, k);
        const verb = close > 0 ? close + 1 : verbWithin(c, p, k);
        if (verb > 0 && isVerbAt(c, p, verb)) return { who: subjectBefore(c, p, verb, lo), verb };
      }
      return null;
    }
    if (isVerbAt(c, p, k)) {
      const who = quotedAs(c, p, k) ?? (k === lo ? subjectAfter(c, p, k) : subjectBefore(c, p, k, lo));
      return { who, verb: k };
    }
    if (!subjectish(toks, k)) return null;
  }
  return null;
}
