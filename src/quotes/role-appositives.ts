/**
 * 'The chief inspector of schools, David Bell, also said…', '"…," said the chairman of the Commons
 * education committee, Labour MP Barry Sheerman.': a role set off by a comma before a name is that
 * person's, whoever the story named before it.
 */
import type { ArticleDoc } from './extract.js';
import type { Mention } from './mentions.js';

/** How far the role's own phrase ('of the Commons education select committee') may run to its comma, and the words before the name ('Labour MP'). */
const ROLE_APPOSITIVE = { phrase: 10, lead: 3 } as const;

const ROLE_PHRASE_OPENERS = new Set(['of', 'at', 'for']);

/** The person a role mention (index n, reading order) names right after its comma, or null. */
export function nameAfterRole(doc: ArticleDoc, mentions: readonly Mention[], n: number): string | null {
  const m = mentions[n]!;
  const toks = doc.passages[m.p]!.toks;
  let k = m.j;
  if (ROLE_PHRASE_OPENERS.has(toks[k]?.low ?? '')) {
    const stop = k + ROLE_APPOSITIVE.phrase;
    while (k < toks.length && k < stop && toks[k]!.text !== ',' && toks[k]!.mark === null && toks[k]!.sent === m.sent) k++;
  }
  if (toks[k]?.text !== ',' || toks[k]!.sent !== m.sent) return null;
  // Mentions are in reading order: the next one is the name after the comma, if any is.
  const after = mentions[n + 1]?.p === m.p ? mentions[n + 1] : undefined;
  if (!after || after.kind !== 'name' || after.personId === null || after.personId.startsWith('org-') || after.inQuote) return null;
  if (after.i <= k || after.i > k + 1 + ROLE_APPOSITIVE.lead || toks[after.j - 1]!.poss) return null;
  // Only words of a post between the comma and the name ('Labour MP', 'Sir'), never a clause.
  for (let x = k + 1; x < after.i; x++) if (!toks[x]!.word || !toks[x]!.cap) return null;
  const end = toks[after.j];
  return !end || end.text === ',' || end.text === '.' || end.mark === 'open' ? after.personId : null;
}
