/** Possessive names opening a subject: whose the subject is, not who (the post after them, or the person named there). */
import { TITLE_MODIFIERS } from '../text/lexicon.js';
import { BLOCKED, mentionAt, toksOf, type Ctx, type Who } from './context.js';
import { whoOf } from './coreference.js';
import type { Mention } from './mentions.js';
import { on } from './mechanisms.js';
import { isTitleHead } from './names.js';
import { isReportingVerb } from './speech-verbs.js';

/** How many words a post after a possessive may run ('Ms Roe's former deputy'). */
const POST_WORDS = 4;

/**
 * 'Ms Roe's deputy, Jo Doe, said…', 'Mr Roe's lawyer told…': a name with a possessive before a
 * post is whose the post is; the sentence is about the one holding it: the name printed right
 * after the post, else someone unnamed (BLOCKED). Null when no post follows the possessive.
 */
export function possessorPost(c: Ctx, m: Mention): Who | null {
  const toks = toksOf(c, m.p);
  if (!on('possessor-posts') || m.kind !== 'name' || !toks[m.j - 1]!.poss) return null;
  let k = m.j;
  let head = -1;
  while (k < m.j + POST_WORDS && toks[k]?.word === true && !toks[k]!.cap && (TITLE_MODIFIERS.has(toks[k]!.low) || isTitleHead(toks, k))) {
    if (isTitleHead(toks, k)) head = k;
    k++;
  }
  if (head < 0 || head !== k - 1) return null;
  const holder = mentionAt(c, m.p, toks[k]?.text === ',' ? k + 1 : k);
  return holder && holder.kind === 'name' ? whoOf(c, holder) : BLOCKED;
}

/**
 * "Roe's Bayern counterpart Jo Doe was…" (a word no title list holds): a possessive name opening
 * the subject says whose it is; the person named within two words after it, before any verb of
 * speech, is who. Null otherwise.
 */
export function possessorHead(c: Ctx, m: Mention): Who | null {
  const toks = toksOf(c, m.p);
  if (!on('possessive-heads') || !toks[m.j - 1]!.poss) return null;
  for (let k = m.j, words = 0; k < toks.length && words <= 2; k++, words++) {
    const t = toks[k]!;
    if (!t.word || t.q >= 0 || t.sent !== m.sent || isReportingVerb(t.low)) return null;
    const next = mentionAt(c, m.p, k);
    if (next?.kind === 'name' && next.personId && !next.personId.startsWith('org-')) return whoOf(c, next);
    if (next) k = next.j - 1;
  }
  return null;
}
