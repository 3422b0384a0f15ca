import { analyze } from '../search/analyze.js';
import { splitSentences } from '../text/sentences.js';

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
export function factsDiffer(rawA: string, rawB: string): boolean {
  // Typography is no fact: 'Trump’s' and "Trump's" name the same man.
  const [a, b] = [rawA, rawB].map((s) => s.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"'));
  const numbers = (s: string) => new Set(s.match(NUMBER) ?? []);
  const na = numbers(a!);
  const nb = numbers(b!);
  if ([...na].some((n) => !nb.has(n)) || [...nb].some((n) => !na.has(n))) return true;
  if (NEGATION.test(a!) !== NEGATION.test(b!)) return true;
  const names = (s: string) => new Set(s.match(NAME) ?? []);
  const ma = names(a!);
  const mb = names(b!);
  return [...ma].some((n) => !mb.has(n) && !b!.includes(n)) || [...mb].some((n) => !ma.has(n) && !a!.includes(n));
}

/** Share of a sentence's terms another must hold to be its counterpart in the other report. */
export const COUNTERPART_CONTAINMENT = 0.6;

/** A snippet's sentences with their terms. */
export type Analysed = readonly { text: string; terms: ReadonlySet<string> }[];

/** Splits and analyses a snippet's text (items built from windows carry theirs already). */
export function analyseSnippet(text: string): Analysed {
  return splitSentences(text).map((x) => ({ text: x.text, terms: new Set(analyze(x.text)) }));
}

/**
 * True when two snippets of the same report disagree: some sentence of one and its counterpart
 * in the other (the sentence holding most of its words) state different facts. Sentences one
 * snippet has and the other lacks are no disagreement; they are just longer or shorter cuts.
 */
export function reportsDiffer(a: Analysed, b: Analysed): boolean {
  for (const x of a) {
    if (x.terms.size === 0) continue;
    const overlap = (y: Analysed[number]) => [...x.terms].filter((t) => y.terms.has(t)).length / x.terms.size;
    const best = b.reduce<{ y: Analysed[number] | null; o: number }>((acc, y) => (overlap(y) > acc.o ? { y, o: overlap(y) } : acc), { y: null, o: 0 });
    if (best.y && best.o >= COUNTERPART_CONTAINMENT && factsDiffer(x.text, best.y.text)) return true;
  }
  return false;
}

/** A ranked item that can absorb near-duplicates: its article and its snippet's sentences. */
export interface Clusterable {
  groupKey: string;
  sentences: Analysed;
}

/**
 * True when two snippets are the same report: some sentence of one and some sentence of the
 * other are near-identical, each holding 80% of the other's terms. Both ways, because a sentence
 * whose words all stand in a longer one ('The delegation is led by X') is not that sentence
 * ('officials met a delegation led by X for talks that…'), just as a shorter or longer cut of a
 * wire story still shares its sentences whole.
 */
export function sameReport(a: Analysed, b: Analysed): boolean {
  return a.some((x) => b.some((y) => (carries(x.terms, y.terms) && carries(y.terms, x.terms)) || sameWords(x, y)));
}

/** Fewest terms of a sentence two outlets print word for word for it to be one report, however short. */
export const MIN_TERMS_FOR_IDENTICAL = 4;

const folded = (s: string) => s.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** True when two sentences are the same words (typography folded): too short to judge by containment, but no chance match. */
function sameWords(x: Analysed[number], y: Analysed[number]): boolean {
  // Equal terms first: the same words make the same terms, and folding is dearer than counting.
  return x.terms.size >= MIN_TERMS_FOR_IDENTICAL && x.terms.size === y.terms.size && folded(x.text) === folded(y.text);
}

/**
 * Groups ranked items so each report appears once: an item sharing a near-identical sentence with
 * an earlier group's first item, and stating the same facts, joins that group. Returns groups in
 * rank order, the first member of each being its representative; items of the same group key
 * (one article) are never shown as corroborating each other.
 */
export function clusterRanked<T extends Clusterable>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const home = groups.find((g) => sameReport(g[0]!.sentences, item.sentences) && !reportsDiffer(g[0]!.sentences, item.sentences));
    if (!home) groups.push([item]);
    else if (!home.some((m) => m.groupKey === item.groupKey)) home.push(item);
  }
  return groups;
}
