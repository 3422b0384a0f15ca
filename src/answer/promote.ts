import type { EngineView as Engine } from '../engine.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';
import { sourceRef } from './sources.js';
import type { AlsoIn, AskHit, Span } from './types.js';

/** Share of a sentence's words the lead snippet must hold for the sentence to be that outlet's wording of it. */
const SAME_REPORT = 0.5;

const wordsOf = (text: string) => tokenize(text).filter((t) => t.word).map((t) => t.low);

/** `text` in runs, a word in `bold` marked as matched, the rest (spaces, punctuation) not. */
function spansOf(text: string, bold: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let at = 0;
  const push = (s: string, match: boolean) => {
    const last = spans[spans.length - 1];
    if (last && last.match === match) last.text += s;
    else if (s) spans.push({ text: s, match });
  };
  for (const t of tokenize(text).filter((x) => x.word && bold.has(x.low))) {
    push(text.slice(at, t.start), false);
    push(text.slice(t.start, t.end), true);
    at = t.end;
  }
  push(text.slice(at), false);
  return spans;
}

/**
 * The hit as another outlet that carries it printed it: when a filter keeps only that outlet, its
 * own sentences stand in for the lead's, since near-identical is not identical and every word
 * shown must be the cited article's. The sentences are those of its passage that mostly hold the
 * lead snippet's words; null when none does.
 */
export function promote(engine: Engine, hit: AskHit, other: AlsoIn, rest: AlsoIn[]): AskHit | null {
  const passage = engine.passages.get(other.passageId);
  const article = passage && engine.articles.get(passage.articleId);
  if (!passage || !article) return null;
  const lead = new Set(wordsOf(hit.snippet));
  const same = splitSentences(passage.text).filter((s) => {
    const w = wordsOf(s.text);
    return w.length > 0 && w.filter((x) => lead.has(x)).length / w.length >= SAME_REPORT;
  });
  if (same.length === 0) return null;
  const snippet = passage.text.slice(same[0]!.start, same[same.length - 1]!.end);
  const bold = new Set(hit.spans.filter((s) => s.match).flatMap((s) => wordsOf(s.text)));
  return { ...hit, snippet, spans: spansOf(snippet, bold), passageId: passage.id, source: sourceRef(article), alsoIn: rest };
}
