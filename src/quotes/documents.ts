import { DOCUMENT_NOUNS, SPOKESPERSONS } from '../text/lexicon.js';
import { toksOf, type Ctx, type Who } from './context.js';
import type { PrevQuote } from './quote-chains.js';
import { on } from './mechanisms.js';

/**
 * 'An IAAF statement said: "…" The statement continued: "…"', '"…," it said. "…," said the
 * statement.': 'the statement' or 'the report' beside the speech verb at `verb` goes on with the
 * words of the body quoted just before, in this passage or the one before; nobody's otherwise,
 * since a document a person issued, or one the article has not quoted yet, could be anyone's.
 */
export function documentSpeaker(c: Ctx, p: number, verb: number, prev: PrevQuote | null): Who | null {
  if (!on('document-continuations') || !prev?.speaker?.startsWith('org-') || prev.pl < p - 1) return null;
  const toks = toksOf(c, p);
  // With 'spokesperson-continuations', 'the spokeswoman' after a body's words ('"…," a BaFin spokeswoman said. "…," the spokeswoman said').
  const noun = (w: string) => DOCUMENT_NOUNS.has(w) || (on('spokesperson-continuations') && SPOKESPERSONS.has(w));
  const isDocument = (k: number) => toks[k]?.word === true && noun(toks[k]!.low) && (toks[k - 1]?.low === 'the' || toks[k - 1]?.low === 'its');
  return isDocument(verb - 1) || isDocument(verb + 2) ? { kind: 'person', id: prev.speaker } : null;
}
