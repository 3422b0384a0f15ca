import { BE_FORMS, CALENDAR_WORDS, FUNCTION_WORDS, HONORIFICS, LAW_WORDS, PARTY_WORDS, TEAM_WORDS, TITLE_HEADS } from '../text/lexicon.js';
import { bodyNounStart } from './body-nominals.js';
import type { ArticleDoc, Tok } from './extract.js';
import { on } from './mechanisms.js';
import { skipsBeforeVerb, type NameRules } from './names.js';
import { isSpeechVerb } from './speech-verbs.js';

// 'Wimpey said the market had proved "challenging". "…," it added.' The article's own 'it' or
// 'the firm' tells what the name before it is, where no organisation word or list could: a
// company named by a coined word ('Wimpey', 'Euronext', 'Deutsche Boerse').

/** Small words that may stand inside a body's name ('Bank of England'). */
const INNER = new Set(['of', 'and', 'for', '&']);

/** How many sentences back a body taken up by 'it' or 'the firm' may have been named. */
const REACH = 2;

/** Is the subject of the speech verb at v 'it' or a body noun ('"…," it said', 'the firm said', 'said the club')? */
function takesUpBody(toks: readonly Tok[], v: number): boolean {
  // 'The watchdog is said to believe…' reports what others say of it.
  if (BE_FORMS.has(toks[v - 1]?.low ?? '')) return false;
  let e = v - 1;
  while (e >= 0 && skipsBeforeVerb(toks, e)) e--;
  const before = toks[e];
  if (before?.word && before.q < 0 && (before.low === 'it' || bodyNounStart(toks, e) >= 0)) return true;
  if (toks[v + 1]?.low !== 'the') return false;
  for (let j = v + 2; j <= v + 5 && j < toks.length; j++) if (bodyNounStart(toks, j) === v + 1) return !toks[j + 1]?.word;
  return false;
}

/** The capitalised run a sentence opens with, outside quotations, as its subject (followed by a verb or a comma), or null. */
function openingRun(toks: readonly Tok[], k: number): { i: number; j: number } | null {
  let i = k;
  while (toks[i] && (toks[i]!.mark === 'open' || toks[i]!.text === '(')) i++;
  if (toks[i]?.low === 'the') i++;
  let j = i;
  while (toks[j]?.word && toks[j]!.q < 0 && !toks[j]!.poss && (toks[j]!.cap || (j > i && INNER.has(toks[j]!.low)))) j++;
  while (j > i && !toks[j - 1]!.cap) j--;
  const next = toks[j];
  if (j === i || !next || next.poss || (next.word ? next.cap : next.text !== ',')) return null;
  return { i, j };
}

/** Words that can all belong to a body's name: none a courtesy title, a post, a date or a party. */
export const plainNameWords = (words: readonly Tok[]): boolean =>
  words.every((t) => !t.word || !(HONORIFICS.has(t.low) || TITLE_HEADS.has(t.low) || CALENDAR_WORDS.has(t.low) || PARTY_WORDS.has(t.low)));

/** Can these words be a body's name: no person's (a given name or a title in it), place, nationality, party, team, date, law or plural of people? */
export function mayNameBody(words: readonly Tok[], rules: NameRules): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const whole = words.map((t) => t.low).join(' ');
  if (rules.gaz.places.has(whole) || rules.gaz.demonyms.has(whole) || rules.gaz.firstNames.has(first.low) || FUNCTION_WORDS.has(first.low)) return false;
  if (!plainNameWords(words) || words.some((t) => TEAM_WORDS.has(t.low))) return false;
  // 'MPs', 'Millions of South Koreans': people in the plural, not a body's name.
  if (/^\p{Lu}+s$/u.test(last.text) || rules.gaz.demonyms.has(last.low.replace(/s$/u, ''))) return false;
  return !LAW_WORDS.has(last.low) && !rules.common.has(last.low) && (words.length > 1 || !rules.common.has(first.low));
}

/**
 * Names an article takes up as a body: the opening subject of the nearest sentence before (up to
 * two back) that opens with one, when a speech verb's subject is 'it' or 'the firm'.
 */
export function takenUpBodies(doc: ArticleDoc): { text: string; words: Tok[] }[] {
  if (!on('taken-up-bodies')) return [];
  const starts: { p: number; k: number }[] = [];
  doc.passages.forEach((pd, p) => pd.toks.forEach((t, k) => (starts[t.sent] ??= { p, k })));
  const out: { text: string; words: Tok[] }[] = [];
  doc.passages.forEach((pd) => {
    pd.toks.forEach((t, v) => {
      if (!t.word || t.q >= 0 || !isSpeechVerb(t.low) || !takesUpBody(pd.toks, v)) return;
      for (let s = t.sent - 1; s >= 0 && s >= t.sent - REACH; s--) {
        const at = starts[s];
        if (!at) continue;
        const toks = doc.passages[at.p]!.toks;
        const run = openingRun(toks, at.k);
        if (!run) continue;
        out.push({ text: doc.passages[at.p]!.text, words: toks.slice(run.i, run.j) });
        break;
      }
    });
  });
  return out;
}
