/** Share of a snippet's terms that another passage must hold to count as the same report. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.8;
/** Below this many terms a snippet is too short to call a match anything but chance. */
export const MIN_TERMS_FOR_DUPLICATE = 8;

/**
 * True when `other` carries the snippet in near-identical words: it holds at least 80% of the
 * snippet's distinct terms. Containment rather than Jaccard, because one outlet often carries a
 * wire paragraph inside a longer one of its own.
 */
export function carries(snippetTerms: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  if (snippetTerms.size < MIN_TERMS_FOR_DUPLICATE) return false;
  let shared = 0;
  for (const t of snippetTerms) if (other.has(t)) shared++;
  return shared / snippetTerms.size >= NEAR_DUPLICATE_CONTAINMENT;
}

const NUMBER = /\d[\d,.]*\d|\d/g;
const NEGATION = /\b(not|no|never|none|nor|without)\b|n['’]t\b/i;
// Capitalised words not at the start of a sentence: the names a report gives.
const NAME = /(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}'’-]+/gu;

/**
 * True when two near-identical snippets state different facts: other figures ('killed 12' /
 * 'killed 21'), other names, or one denies what the other says. Such reports are never folded
 * into one; a reader must see both.
 */
export function factsDiffer(a: string, b: string): boolean {
  const numbers = (s: string) => new Set(s.match(NUMBER) ?? []);
  const na = numbers(a);
  const nb = numbers(b);
  if ([...na].some((n) => !nb.has(n)) || [...nb].some((n) => !na.has(n))) return true;
  if (NEGATION.test(a) !== NEGATION.test(b)) return true;
  const names = (s: string) => new Set(s.match(NAME) ?? []);
  const ma = names(a);
  const mb = names(b);
  return [...ma].some((n) => !mb.has(n) && !b.includes(n)) || [...mb].some((n) => !ma.has(n) && !a.includes(n));
}

/** A ranked item that can absorb near-duplicates: its own terms and text, and those of the passage it came from. */
export interface Clusterable {
  groupKey: string;
  snippetTerms: ReadonlySet<string>;
  passageTerms: ReadonlySet<string>;
  snippetText: string;
}

/**
 * Groups ranked items so each report appears once: an item whose passage carries an earlier
 * item's snippet (or the other way round), stating the same facts, joins that item's group.
 * Returns groups in rank order, the first member of each being its representative; items of the
 * same group key (one article) are never shown as corroborating each other.
 */
export function clusterRanked<T extends Clusterable>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const home = groups.find((g) => {
      const lead = g[0]!;
      const same = carries(lead.snippetTerms, item.passageTerms) || carries(item.snippetTerms, lead.passageTerms);
      return same && !factsDiffer(lead.snippetText, item.snippetText);
    });
    if (!home) groups.push([item]);
    else if (!home.some((m) => m.groupKey === item.groupKey)) home.push(item);
  }
  return groups;
}
