import type { QuoteIndex, Speaker } from '../quotes/index.js';
import { analyze } from '../search/analyze.js';

/** A run of query terms that together name one person (or a single ordinary term). */
export interface NameUnit {
  terms: string[];
  /** The person the run names, when it names one. */
  speakerId: string | null;
  /** The terms that name the unit on their own (see namingTerms). */
  naming: string[];
}

interface KnownName {
  terms: string[];
  speakerId: string;
  /** The speaker's one-word names ('Blair', 'Kim'), as analysed terms. */
  lone: ReadonlySet<string>;
}

// Keyed by the speaker list, which a server engine's per-request registries share; each
// speaker's analysed names are kept per speaker object, which a server engine's partial reload
// keeps for the speakers an update did not touch.
const cache = new WeakMap<readonly object[], Map<string, KnownName[]>>();
const perSpeaker = new WeakMap<Speaker, KnownName[]>();

function namesOf(s: Speaker): KnownName[] {
  let out = perSpeaker.get(s);
  if (!out) {
    const all = [s.name, ...s.aliases].map((n) => analyze(n));
    const lone = new Set(all.filter((t) => t.length === 1).map((t) => t[0]!));
    out = all.map((terms) => ({ terms, speakerId: s.id, lone })).filter((n) => n.terms.length > 0);
    perSpeaker.set(s, out);
  }
  return out;
}

/** Every known person's name and aliases as analysed terms, by first term, longest first; built once per list of speakers. */
function knownNames(qi: QuoteIndex): Map<string, KnownName[]> {
  let byFirst = cache.get(qi.speakers);
  if (!byFirst) {
    byFirst = new Map();
    const names = qi.speakers.flatMap(namesOf).sort((a, b) => b.terms.length - a.terms.length);
    for (const n of names) byFirst.set(n.terms[0]!, [...(byFirst.get(n.terms[0]!) ?? []), n]);
    cache.set(qi.speakers, byFirst);
  }
  return byFirst;
}

/**
 * Groups the query's terms into units: a person's full name ('Maria de la Cruz') is one unit, every
 * other term its own. A passage that names the person by surname alone ('Cruz') then covers the
 * whole unit, as a reader would count it, instead of missing two of its three words. A one-word
 * name counts only where `nameLike` says the word is written as a name: the 'job' of 'a day job'
 * is not Steve Jobs.
 */
export function groupNames(terms: readonly string[], qi: QuoteIndex, nameLike: (term: string) => boolean = () => true): NameUnit[] {
  const names = knownNames(qi);
  const units: NameUnit[] = [];
  for (let i = 0; i < terms.length; ) {
    const name = names.get(terms[i]!)?.find((n) => n.terms.every((t, k) => terms[i + k] === t) && (n.terms.length > 1 || nameLike(terms[i]!)));
    const len = name?.terms.length ?? 1;
    const run = terms.slice(i, i + len);
    units.push({ terms: run, speakerId: name?.speakerId ?? null, naming: name ? namingTerms(run, name.lone) : run });
    i += len;
  }
  return units;
}

/**
 * Which words of a person's full name name them alone: the family name, as the articles write it
 * alone — the last word in English copy ('Rooney' for Wayne Rooney; 'Wayne' may be anyone), the
 * first where the articles call the person by it and never by the last ('Kim' for Kim Jong Un).
 * When the articles show neither, any word of the name counts.
 */
function namingTerms(run: readonly string[], lone: ReadonlySet<string>): string[] {
  if (run.length < 2) return [...run];
  if (lone.has(run[run.length - 1]!)) return [run[run.length - 1]!];
  if (lone.has(run[0]!)) return [run[0]!];
  return [...run];
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
  if (quotations.length === 0) return false;
  const s = plain(sentence);
  return quotations.some((q) => {
    const t = plain(q);
    return t.length > 0 && s.length > 0 && (s.includes(t.slice(0, 30)) || t.includes(s.slice(0, 30)));
  });
}
