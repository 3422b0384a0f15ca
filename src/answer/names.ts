import type { QuoteIndex } from '../quotes/index.js';
import { analyze } from '../search/analyze.js';

/** A run of query terms that together name one person (or a single ordinary term). */
export interface NameUnit {
  terms: string[];
  /** The person the run names, when it names one. */
  speakerId: string | null;
}

interface KnownName {
  terms: string[];
  speakerId: string;
}

const cache = new WeakMap<QuoteIndex, Map<string, KnownName[]>>();

/** Every known person's name and aliases as analysed terms, by first term, longest first; built once per quote index. */
function knownNames(qi: QuoteIndex): Map<string, KnownName[]> {
  let byFirst = cache.get(qi);
  if (!byFirst) {
    byFirst = new Map();
    const names = qi.speakers
      .flatMap((s) => [s.name, ...s.aliases].map((n) => ({ terms: analyze(n), speakerId: s.id })))
      .filter((n) => n.terms.length > 0)
      .sort((a, b) => b.terms.length - a.terms.length);
    for (const n of names) byFirst.set(n.terms[0]!, [...(byFirst.get(n.terms[0]!) ?? []), n]);
    cache.set(qi, byFirst);
  }
  return byFirst;
}

/**
 * Groups the query's terms into units: a person's full name ('Maria de la Cruz') is one unit, every
 * other term its own. A passage that names the person by surname alone ('Cruz') then covers the
 * whole unit, as a reader would count it, instead of missing two of its three words.
 */
export function groupNames(terms: readonly string[], qi: QuoteIndex): NameUnit[] {
  const names = knownNames(qi);
  const units: NameUnit[] = [];
  for (let i = 0; i < terms.length; ) {
    const name = names.get(terms[i]!)?.find((n) => n.terms.every((t, k) => terms[i + k] === t));
    const len = name?.terms.length ?? 1;
    units.push({ terms: terms.slice(i, i + len), speakerId: name?.speakerId ?? null });
    i += len;
  }
  return units;
}

/** The passages holding a quotation by any of these people, each with the words it prints. */
export function passagesQuoting(qi: QuoteIndex, speakerIds: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of speakerIds) {
    for (const q of qi.quotesBySpeaker[id] ?? []) {
      for (const c of q.citations) for (const p of c.passageIds) out.set(p, [...(out.get(p) ?? []), c.text]);
    }
  }
  return out;
}

const plain = (s: string) => s.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** True when a sentence holds (part of) one of these quotations: where X's words are, not just X's paragraph. */
export function sentenceQuotes(sentence: string, quotations: readonly string[]): boolean {
  const s = plain(sentence);
  return quotations.some((q) => {
    const t = plain(q);
    return t.length > 0 && s.length > 0 && (s.includes(t.slice(0, 30)) || t.includes(s.slice(0, 30)));
  });
}
