import { analyze } from '../search/analyze.js';
import { fold, foldQuoteMarks } from '../text/fold.js';
import type { Citation, Quote } from './types.js';
import type { Occurrence } from './attribution.js';
import { addToList, lcsLength } from './util.js';
import { on } from './mechanisms.js';

/** Occurrences of one quotation across sources: the same speaker, the same words give or take. */
export interface QuoteCluster {
  speakerId: string | null;
  /** Folded plain words of `rep`. */
  plain: string;
  /** The longest faithful wording. */
  rep: Occurrence;
  /** Search terms of `rep`, as compared here (the index reuses them for the topic filter). */
  terms: string[];
  members: Occurrence[];
}

/** Share of the shorter quotation's words, in order, that the longer one must hold. */
const MIN_OVERLAP = 0.8;

/** Below this many search terms a quotation is compared word for word, not by stems. */
const SHORT_PHRASE = 3;

interface Item {
  occ: Occurrence;
  terms: string[];
  plain: string;
}

/**
 * Are two wordings one quotation? Compared on search terms (stemmed, stop words out, numbers
 * normalised, so '40%' meets 'forty per cent'): the shorter must appear, in order, in the longer.
 * A phrase of one or two words joins only a barely longer one, never a long quotation that happens
 * to contain it ('reckless' is not the same quote as a paragraph that uses the word). Returns the
 * share of the longer wording matched, 0 when they differ.
 */
function sameQuotation(a: Item, b: { terms: readonly string[]; plain: string }): number {
  const [s, l] = a.terms.length <= b.terms.length ? [a.terms, b.terms] : [b.terms, a.terms];
  if (s.length === 0) return 0;
  // Stems and stop words hide what makes a short phrase itself ('not confident', 'very confident'):
  // a short one joins only a wording that prints it word for word.
  if (s.length < SHORT_PHRASE) {
    const [ps, pl] = a.terms.length <= b.terms.length ? [a.plain, b.plain] : [b.plain, a.plain];
    if (!` ${pl} `.includes(` ${ps} `)) return 0;
  }
  const common = lcsLength(s, l);
  if (common / s.length < MIN_OVERLAP) return 0;
  if (s.length < 3 && l.length - s.length > 1) return 0;
  return common / l.length;
}

/** A wording's folded words, joined by single spaces: what 'printed word for word' compares. */
const plainOf = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Two wordings in one article are one quotation only when one prints the other word for word
 * (a headline's fragment of the body's quotation): 'We thought the best thing was to play the time
 * remaining.' and, later, 'We thought about giving the game as concluded but… the best thing was to
 * play the time that was remaining.' are two things the speaker said.
 */
function apartInOneArticle(it: Item, cl: QuoteCluster): boolean {
  if (!on('one-article-wordings')) return false;
  return cl.members.some((m) => m.articleId === it.occ.articleId && !` ${plainOf(m.text)} `.includes(` ${it.plain} `));
}

/** Groups the same quotation reported by several outlets (or twice in one) into clusters, per speaker. */
export function clusterOccurrences(occurrences: readonly Occurrence[]): QuoteCluster[] {
  const items: Item[] = occurrences.map((occ) => ({ occ, terms: analyze(occ.text), plain: plainOf(occ.text) }));
  items.sort((a, b) => b.terms.length - a.terms.length || b.occ.text.length - a.occ.text.length || a.occ.order - b.occ.order);
  const clusters: QuoteCluster[] = [];
  // Per speaker: term → clusters holding it, so each quotation is compared only with plausible matches.
  const postings = new Map<string, Map<string, number[]>>();
  const byPlain = new Map<string, number>();
  for (const it of items) {
    const sp = it.occ.speakerId ?? '';
    let post = postings.get(sp);
    if (!post) postings.set(sp, (post = new Map()));
    const plainKey = `${sp}\u0000${it.plain}`;
    const distinct = new Set(it.terms);
    let best = byPlain.get(plainKey) ?? -1;
    if (best < 0 && it.terms.length > 0) {
      const shared = new Map<number, number>();
      for (const t of distinct) for (const ci of post.get(t) ?? []) shared.set(ci, (shared.get(ci) ?? 0) + 1);
      const needed = Math.ceil(distinct.size * MIN_OVERLAP);
      let bestScore = 0;
      for (const [ci, n] of shared) {
        if (n < needed || apartInOneArticle(it, clusters[ci]!)) continue;
        const score = sameQuotation(it, clusters[ci]!);
        if (score > bestScore || (score === bestScore && score > 0 && clusters[ci]!.members.length > clusters[best]!.members.length)) {
          best = ci;
          bestScore = score;
        }
      }
    }
    if (best >= 0) {
      clusters[best]!.members.push(it.occ);
      continue;
    }
    const ci = clusters.length;
    clusters.push({ speakerId: it.occ.speakerId, plain: it.plain, rep: it.occ, terms: it.terms, members: [it.occ] });
    byPlain.set(plainKey, ci);
    for (const t of distinct) addToList(post, t, ci);
  }
  for (const cl of clusters) cl.members.sort((a, b) => a.order - b.order);
  return clusters;
}

/** One wording of a quotation and the sources that printed it in those words. */
export interface Wording {
  text: string;
  citations: Citation[];
}

/**
 * A quotation's citations grouped by the words each source printed: the quotation's own text
 * first, then every other wording (a fragment, or the same words put differently). A reply shows
 * each source beside the words it printed, never beside words it did not.
 */
export function wordings(q: Quote): Wording[] {
  const key = (t: string) => foldQuoteMarks(t);
  const out: Wording[] = [{ text: q.text, citations: [] }];
  for (const c of q.citations) {
    const k = key(c.text);
    const w = out.find((x) => key(x.text) === k);
    if (w) w.citations.push(c);
    else out.push({ text: c.text, citations: [c] });
  }
  return out.filter((w) => w.citations.length > 0);
}
