import { COGNITION_VERBS, NAMING_CUES, SPEECH_VERBS } from '../text/lexicon.js';
import { wordnetReportingVerbs } from '../text/reporting-verbs.js';
import type { Tok } from './extract.js';
import { on } from './mechanisms.js';

/**
 * Is this (folded) word a verb that introduces what someone said? The hand list is the floor;
 * WordNet's verbs of telling and saying ('retorted', 'cautioned') add the rest, except those the
 * lexicon reads as naming a thing rather than reporting speech ('named', 'dubbed').
 */
export function isSpeechVerb(word: string): boolean {
  if (SPEECH_VERBS.has(word)) return true;
  if (!on('wordnet-reporting-verbs') || NAMING_CUES.has(word)) return false;
  return wordnetReportingVerbs()?.has(word) ?? false;
}

/**
 * Does this word report what someone said or holds ('said', 'believes', 'estimated')? Verbs of
 * thinking introduce a quotation or name whose view a sentence gives as verbs of saying do
 * ('…, Mr Roe believes.'), though they are no evidence that a name beside them is a person's.
 */
export function isReportingVerb(word: string): boolean {
  return isSpeechVerb(word) || (on('cognition-verbs') && COGNITION_VERBS.has(word));
}

/** Does the word at k, outside quotation marks, stand right beside a verb of speech outside them ('May said:', 'said Hassel')? */
export function besideSpeechVerb(toks: readonly Tok[], k: number): boolean {
  const verb = (x: Tok | undefined) => x?.word === true && x.q < 0 && isSpeechVerb(x.low);
  return toks[k]!.q < 0 && (verb(toks[k + 1]) || verb(toks[k - 1]));
}
