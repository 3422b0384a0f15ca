import { MONTH_ABBREVIATIONS } from './lexicon.js';

/** A sentence and its offsets in the text it was cut from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Words that end with a full stop without ending a sentence. ICU's sentence rules break after
 * 'Mr.' or 'Nov.'; news copy is full of them, so we join such breaks back.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...`mr mrs ms dr prof sen rep gov gen lt col maj sgt capt cmdr adm st jr sr rev hon pres supt insp
  no nos vs etc inc corp co ltd plc bros dept est approx fig al ave blvd mt ft`
    .split(/\s+/)
    .filter(Boolean),
  ...MONTH_ABBREVIATIONS,
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** True when a break after `before` is a false one: an abbreviation or a dotted acronym like 'U.S.'. */
function endsWithAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(“"'‘])((?:\p{L}\.)+|\p{L}+\.)\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (/^(?:\p{L}\.)+$/u.test(word)) return true; // U.S. / J. / a.m.
  return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

/**
 * Splits text into sentences with offsets, using Intl.Segmenter and then rejoining breaks that
 * follow abbreviations or precede a lower-case continuation. Trailing spaces are left out of
 * each sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = start + seg.segment.trimEnd().length;
    if (end <= start) continue;
    const prev = out[out.length - 1];
    const piece = text.slice(start, end);
    if (prev && (endsWithAbbreviation(prev.text) || /^[\p{Ll}\d,;:)\]]/u.test(piece))) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else {
      out.push({ text: piece, start, end });
    }
  }
  return out;
}
