import type { Tok } from './extract.js';
import type { Mention } from './mentions.js';
import { on } from './mechanisms.js';
import { besideSpeechVerb } from './speech-verbs.js';

/**
 * 'Guitarist Brian May has said…. May said: "…"': a surname that is a function word ('May') is
 * the person's, whom the article named in full before, beside a speech verb; elsewhere it is the
 * word. Their id, or null.
 */
export function spokenFunctionWord(toks: readonly Tok[], k: number, names: readonly Mention[]): string | null {
  if (!on('function-word-surnames') || !besideSpeechVerb(toks, k)) return null;
  const ids = new Set(names.filter((m) => m.personId && m.j - m.i >= 2 && m.surname === toks[k]!.low).map((m) => m.personId!));
  return ids.size === 1 ? [...ids][0]! : null;
}
