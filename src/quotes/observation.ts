import { withoutPossessive } from '../text/tokens.js';
import type { Tok } from './extract.js';
import { isGluedHyphen } from './names.js';

/** A printed name with the evidence beside it that it names a person. */
export interface NameObservation {
  display: string[];
  low: string[];
  title: string | null;
  /** Printed after a courtesy title ('Mr', 'Lord'): only people have those. */
  honorific: boolean;
  /** The courtesy title itself ('dr', 'lord'), when there was one. */
  courtesy?: string;
  /** A peer's title with its seat ('Lord Nicholls of Birkenhead'): no one the corpus names otherwise ('Richard Nicholls'). */
  peer?: boolean;
  /** Seen only as a name with a known first name, with no title or speech verb beside it. */
  weak?: boolean;
  /** Printed as the inverted subject of a speech verb right after a quotation ('"…," said X'). */
  quoting?: boolean;
  /** Its surname is printed alone beside a speech verb in the same article ('"…," Young told'). */
  spoken?: boolean;
  /** Taken up as 'its' straight after its speech verb ('X said its offer'): an organisation. */
  itself?: boolean;
  articleId: string;
}

/** The observation of the printed name at tokens [r.i, r.j), a possessive's 's left off and hyphenated words joined. */
export function nameObservation(toks: readonly Tok[], r: { i: number; j: number }, title: string | null, articleId: string, honorific = false): NameObservation {
  const display: string[] = [];
  const low: string[] = [];
  for (let k = r.i; k < r.j; k++) {
    const t = toks[k]!;
    if (!t.word) continue;
    const text = withoutPossessive(t);
    if (k > r.i && isGluedHyphen(toks, k - 1)) display[display.length - 1] += `-${text}`;
    // 'John E. Kelly' is shown as printed; the folded name leaves the dot out.
    else display.push(text.length === 1 && toks[k + 1]?.text === '.' && k + 1 < r.j ? `${text}.` : text);
    low.push(t.low);
  }
  return { display, low, title, honorific, articleId };
}
