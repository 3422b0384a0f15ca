import { analyze } from '../search/analyze.js';
import type { Occurrence } from './attribute.js';
import { fold, lcsLength } from './text.js';

/** Occurrences of one quotation across sources: the same speaker, the same words give or take. */
export interface QuoteCluster {
  speakerId: string | null;
  /** The longest faithful wording. */
  rep: Occurrence;
  members: Occurrence[];
}

/** Share of the shorter quotation's words, in order, that the longer one must hold. */
const MIN_OVERLAP = 0.8;

interface Item {
  occ: Occurrence;
  terms: string[];
  plain: string;
}

/**
 * Are two wordings one quotation? Compared on search terms (stemmed, stop words out, numbers
 * normalised, so '100%' meets 'one hundred per cent'): the shorter must appear, in order, in the
 * longer. A phrase of one or two words joins only a barely longer one, never a long quotation that happens to
 * contain it ('candid' is not the same quote as a paragraph that uses the word).
 */
export function sameQuotation(a: readonly string[], b: readonly string[]): number {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length === 0) return 0;
  const common = lcsLength(s, l);
  if (common / s.length < MIN_OVERLAP) return 0;
  if (s.length < 3 && l.length - s.length > 1) return 0;
  return common / l.length;
}

/** Groups the same quotation reported by several outlets (or twice in one) into clusters, per speaker. */
export function clusterOccurrences(occurrences: readonly Occurrence[]): QuoteCluster[] {
  const items: Item[] = occurrences.map((occ) => ({ occ, terms: analyze(occ.text), plain: fold(occ.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() }));
  items.sort((a, b) => b.terms.length - a.terms.length || b.occ.text.length - a.occ.text.length || a.occ.order - b.occ.order);
  const clusters: (QuoteCluster & { terms: string[]; plain: string })[] = [];
  // Per speaker: term → clusters holding it, so each quotation is compared only with plausible matches.
  const postings = new Map<string, Map<string, number[]>>();
  const byPlain = new Map<string, number>();
  for (const it of items) {
    const sp = it.occ.speakerId ?? '';
    let post = postings.get(sp);
    if (!post) postings.set(sp, (post = new Map()));
    let best = -1;
    let bestScore = 0;
    const exact = byPlain.get(`${sp}\u0000${it.plain}`);
    if (exact !== undefined) best = exact;
    else if (it.terms.length > 0) {
      const shared = new Map<number, number>();
      for (const t of new Set(it.terms)) for (const ci of post.get(t) ?? []) shared.set(ci, (shared.get(ci) ?? 0) + 1);
      for (const [ci, n] of shared) {
        if (n < Math.ceil(new Set(it.terms).size * MIN_OVERLAP)) continue;
        const score = sameQuotation(it.terms, clusters[ci]!.terms);
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
    clusters.push({ speakerId: it.occ.speakerId, rep: it.occ, members: [it.occ], terms: it.terms, plain: it.plain });
    byPlain.set(`${sp}\u0000${it.plain}`, ci);
    for (const t of new Set(it.terms)) {
      const list = post.get(t);
      if (list) list.push(ci);
      else post.set(t, [ci]);
    }
  }
  return clusters.map(({ speakerId, rep, members }) => ({ speakerId, rep, members: members.sort((a, b) => a.order - b.order) }));
}
