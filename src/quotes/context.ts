import type { ArticleDoc, Tok } from './extract.js';
import type { Mention } from './mentions.js';
import { on } from './mechanisms.js';
import { FUNCTION_WORDS, SKIP_BEFORE_VERB, SPOKES_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../text/lexicon.js';
import { isSpeechVerb } from './speech-verbs.js';

/** What a clause says about who spoke: a person, nobody found yet, or someone we must not name. */
/** `spokes`: the body a spokesperson speaks for, whom a later 'he' or 'she' may take up. */
export type Who = { kind: 'person'; id: string; spokes?: boolean } | { kind: 'none' } | { kind: 'blocked' };

/** The organisation an office's spokesperson speaks for: by the office's name, and by the person who holds it. */
export interface Seats {
  byOffice: ReadonlyMap<string, string>;
  /** A party's adjective ('tory') → the party's organisation. */
  byParty: ReadonlyMap<string, string>;
  byPerson: ReadonlyMap<string, string>;
}

/** Words that make the quotation that follows a noun phrase of the reporter's ('a "historic step"'). */
export const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

export const NONE: Who = { kind: 'none' };
export const BLOCKED: Who = { kind: 'blocked' };

export interface Ctx {
  doc: ArticleDoc;
  mentions: Mention[];
  /** Per passage, token index → index into `mentions`, -1 where no mention. */
  at: Int32Array[];
  /** Per sentence number, where it lies: passage p, tokens [i, j). */
  sentences: { p: number; i: number; j: number }[];
  /** Person id → sex, where a first name or courtesy title tells it. */
  sex: ReadonlyMap<string, 'm' | 'f'>;
  /** People whose listed sex the article's own pronouns contradict: for them 'he' or 'she' tells nothing. */
  unsexed?: ReadonlySet<string>;
  seats: Seats;
  /** Sentence number → the person whose quotation fills it, set as quotations are attributed in reading order. */
  quoted?: Map<number, string>;
}

/** Where each sentence of the article lies (a sentence never crosses a passage). */
export function sentenceSpans(doc: ArticleDoc): Ctx['sentences'] {
  const out: Ctx['sentences'] = [];
  doc.passages.forEach((pd, p) => {
    pd.toks.forEach((t, k) => {
      const span = out[t.sent];
      if (span) span.j = k + 1;
      else out[t.sent] = { p, i: k, j: k + 1 };
    });
  });
  return out;
}

export const toksOf = (c: Ctx, p: number): Tok[] => c.doc.passages[p]!.toks;

/** The mention covering token k of passage p, or null. */
export function mentionAt(c: Ctx, p: number, k: number): Mention | null {
  const n = c.at[p]![k] ?? -1;
  return n < 0 ? null : c.mentions[n]!;
}


/** An organisation named just before a post or a noun ('CBI chief economist Ian McCafferty'): it qualifies them, it is not the subject. */
export function qualifiesPost(c: Ctx, m: Mention): boolean {
  const next = toksOf(c, m.p)[m.j];
  // 'BBC Radio 4', 'a BBC interview', 'BBC news correspondent X': it qualifies what follows.
  // An acronym we cannot resolve is a body too, and qualifies a post after it ('said ISM survey chairman Norbert Ore').
  if (on('name-qualifiers') && postBeforeName(c, m)) return true;
  const acronym = on('posts-before-names') && m.personId === null && m.j - m.i === 1 && toksOf(c, m.p)[m.i]!.acronym;
  if ((m.personId?.startsWith('org-') !== true && !acronym) || next?.word !== true) return false;
  if (TITLE_HEADS.has(next.low) || TITLE_MODIFIERS.has(next.low) || next.cap) return true;
  // 'the Home Office defended the measures': a verb in the past tense tells what it did.
  if (/[^e]ed$/u.test(next.low)) return false;
  return !FUNCTION_WORDS.has(next.low) && !isSpeechVerb(next.low) && !SKIP_BEFORE_VERB.has(next.low) && !SPOKES_WORDS.has(next.low);
}

/** Words after which a name is an object, not a subject: 'an interview with the FT', 'told BBC News'. */
const GOVERNING = new Set(['in', 'at', 'on', 'to', 'for', 'with', 'from', 'of', 'by', 'after', 'before', 'during', 'about', 'against', 'under', 'over', 'like', 'including', 'between', 'among', 'than', 'into', 'via', 'told', 'tell', 'tells', 'asked', 'ask', 'asks', 'urged', 'called']);

/** Is the word at i the object of a preposition or of a verb like 'told' ('at the firm', 'told the club')? */
export function governedAt(toks: readonly Tok[], i: number): boolean {
  return GOVERNING.has(toks[i - 1]?.low ?? '');
}

/** Is the mention the object of a preposition or of a verb like 'told' (directly, or after 'the')? */
export function governed(c: Ctx, m: Mention): boolean {
  const toks = toksOf(c, m.p);
  const b = toks[m.i - 1]?.low === 'the' ? m.i - 2 : m.i - 1;
  return GOVERNING.has(toks[b]?.low ?? '');
}

/** How many title words may stand between a qualifying word and the name ('Olympic 1,500m champion'). */
const POST_REACH = 3;

/**
 * 'Double Olympic champion Kelly Roe', 'Blair ally Tom Doe', 'said Jo Roe aide Tom Doe': a name
 * (of up to three words) before a post that a full name follows qualifies the post; the person
 * named after it is who the words are about.
 */
function postBeforeName(c: Ctx, m: Mention): boolean {
  if (m.kind !== 'name' || m.j - m.i > 3) return false;
  const toks = toksOf(c, m.p);
  let k = m.j;
  // 'Green MEP Jo Roe': a post in capitals is an acronym ('MEP', 'MSP').
  while (k < m.j + POST_REACH && toks[k]?.word === true && (!toks[k]!.cap || toks[k]!.acronym) && (TITLE_HEADS.has(toks[k]!.low) || TITLE_MODIFIERS.has(toks[k]!.low))) k++;
  const next = mentionAt(c, m.p, k);
  return k > m.j && TITLE_HEADS.has(toks[k - 1]!.low) && next !== null && next.kind === 'name' && next.j - next.i >= 2 && next.personId !== m.personId;
}
