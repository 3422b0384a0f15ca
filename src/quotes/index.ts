import type { Corpus, Passage } from '../corpus/types.js';
import { withoutPossessive } from '../text/tokens.js';
import { analyze } from '../search/analyze.js';
import { assembleQuotes } from './assemble.js';
import { attributeArticle, type Occurrence } from './attribution.js';
import { buildArticleDoc, type ArticleDoc } from './extract.js';
import { bySalience, closest, isKnown, resolveSpeaker } from './lookup.js';
import { findMentions } from './mentions.js';
import { buildSeats } from './spokes.js';
import { buildOrganisations } from './organisations.js';
import { corpusWords } from './corpus-words.js';
import { gazetteer } from '../text/gazetteer.js';
import { buildPeople, identifyingWords, indexPeople, type IndexRules, type PeopleIndex, type Person } from './registry.js';
import type { NameRules } from './names.js';
import { CALENDAR_WORDS } from '../text/lexicon.js';
import { addToList, nameWords } from './util.js';
import type { Quote, QuoteIndex, QuoteResult, Speaker } from './types.js';

export type { Citation, Quote, QuoteIndex, QuoteResult, Speaker } from './types.js';

export { resolveSpeaker, suggestSpeakers } from './lookup.js';

export { wordings, type Wording } from './cluster.js';

/** How the registry is built. */
export const QUOTE_BUILD = {
  /**
   * Up to this many passages every article's tokens are held through the four passes; past it
   * they are made afresh for each pass (about 40% slower, a tenth of the memory: 2.2 GB → 0.3 GB
   * for the tokens of 10,000 articles).
   */
  holdTokensUpToPassages: 50_000,
} as const;

const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/**
 * Adds `v` to the list at `k` unless it is there. With `latest`, `v` can only be there as the
 * list's last entry (each speaker's words are added together, and ids are unique), so the check
 * is one comparison: a first name tens of thousands of speakers share made `includes` quadratic.
 */
function pushTo(r: Record<string, string[]>, k: string, v: string, latest = false) {
  const list = r[k];
  if (!list) r[k] = [v];
  else if (latest ? list[list.length - 1] !== v : !list.includes(v)) list.push(v);
}

/** The most frequent key; a tie goes to the longer, fuller form ('Finance Minister' over 'Minister'). */
function mostCommon(m: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of m) if (c > n || (c === n && best !== null && k.length > best.length)) [best, n] = [k, c];
  return best;
}

/** Per person: the passages naming them, and the single words they were named by ('Blair'). */
interface Naming {
  mentioned: Map<string, Set<string>>;
  loneNames: Map<string, Set<string>>;
}

/** Finds every reference to a person in every article and attributes every quotation. */
function attributeAll(docs: Iterable<ArticleDoc>, pidx: PeopleIndex): { occurrences: Occurrence[]; naming: Naming } {
  const facts = { sex: pidx.sex, seats: buildSeats(pidx.people, (p) => mostCommon(p.titles)) };
  const occurrences: Occurrence[] = [];
  const naming: Naming = { mentioned: new Map(), loneNames: new Map() };
  let n = 0;
  for (const doc of docs) {
    const mentions = findMentions(doc, pidx);
    for (const m of mentions) {
      if (m.kind !== 'name' || m.personId === null) continue;
      const pid = doc.passages[m.p]!.passage.id;
      naming.mentioned.set(m.personId, (naming.mentioned.get(m.personId) ?? new Set()).add(pid));
      if (m.j - m.i === 1) {
        const t = doc.passages[m.p]!.toks[m.i]!;
        naming.loneNames.set(m.personId, (naming.loneNames.get(m.personId) ?? new Set()).add(withoutPossessive(t)));
      }
    }
    for (const o of attributeArticle(doc, mentions, n++, facts)) occurrences.push(o);
  }
  return { occurrences, naming };
}

/** The registry entry of a person or an organisation, most salient first once sorted. */
function speakerOf(p: Person, naming: Naming, quotesBySpeaker: Record<string, Quote[]>): Speaker {
  const aliases = new Set<string>();
  for (const v of p.variants.values()) aliases.add(v.display);
  for (const w of naming.loneNames.get(p.id) ?? []) aliases.add(w);
  aliases.delete(p.name);
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    aliases: [...aliases].sort((a, b) => b.length - a.length || a.localeCompare(b)),
    description: mostCommon(p.titles) ?? (p.kind === 'organisation' ? 'organisation' : null),
    quotes: quotesBySpeaker[p.id]?.length ?? 0,
    mentions: naming.mentioned.get(p.id)?.size ?? 0,
  };
}

/** Name → speaker tables for lookups and autocomplete. */
function lookupTables(speakers: readonly Speaker[]): Pick<QuoteIndex, 'speakerById' | 'names' | 'nameWords' | 'searchNames'> {
  const speakerById = dict<Speaker>();
  const names = dict<string[]>();
  const words = dict<string[]>();
  const searchNames = dict<string[]>();
  const unique = new Set(speakers.map((s) => s.id)).size === speakers.length;
  for (const s of speakers) {
    speakerById[s.id] = s;
    const all = [s.name, ...s.aliases].map(nameWords);
    searchNames[s.id] = [...new Set(all.map((w) => w.join(' ')))];
    for (const w of all) {
      pushTo(names, w.join(' '), s.id, unique);
      for (const x of identifyingWords(w)) pushTo(words, x, s.id, unique);
    }
  }
  return { speakerById, names, nameWords: words, searchNames };
}

/** What mention finding needs to know of words: nationalities, ordinary words, first names by sex. */
function indexRules(rules: NameRules): IndexRules {
  const g = rules.gaz;
  const ordinary = (w: string) => rules.common.has(w) || CALENDAR_WORDS.has(w) || g.demonyms.has(w) || g.places.has(w);
  return { demonyms: g.demonyms, ordinary, male: g.maleNames, female: g.femaleNames };
}

/**
 * Extracts, attributes and clusters every quotation of the corpus and builds the speaker
 * registry (people, and apart from them the organisations quoted), once. Lookups afterwards
 * only read these tables.
 */
export function buildQuoteIndex(corpus: Corpus): QuoteIndex {
  const byArticle = new Map<string, Passage[]>();
  for (const p of corpus.passages) addToList(byArticle, p.articleId, p);
  for (const list of byArticle.values()) list.sort((x, y) => x.n - y.n);
  // Each pass tokenises the articles afresh, one at a time: holding every article's tokens at
  // once took gigabytes on a large archive, more than tokenising four times costs.
  const fresh = (): Iterable<ArticleDoc> => ({
    *[Symbol.iterator]() {
      for (const a of corpus.articles) yield buildArticleDoc(a, byArticle.get(a.id) ?? []);
    },
  });
  const docs = corpus.passages.length > QUOTE_BUILD.holdTokensUpToPassages ? fresh() : [...fresh()];
  const rules = { gaz: gazetteer(), ...corpusWords(docs) };
  const persons = buildPeople(docs, rules);
  const orgs = buildOrganisations(docs, rules, persons);
  const people = [...persons, ...orgs];
  const { occurrences, naming } = attributeAll(docs, indexPeople(people, indexRules(rules)));
  const { quotes, quoteTerms } = assembleQuotes(corpus, occurrences, new Set(orgs.map((o) => o.id)));

  const quotesBySpeaker = bySpeaker(quotes);
  // Someone the articles neither quote nor name where mention finding looks ('Final' of 'the
  // Final', read as a surname while people were gathered) is no one a user could ask about.
  const speakers = people.map((p) => speakerOf(p, naming, quotesBySpeaker)).filter(isKnown).sort(bySalience);
  return { speakers, quotesBySpeaker, quotes, quoteTerms, ...lookupTables(speakers) };
}

/** Each speaker's quotations, in the order given (full ones first, as assembleQuotes lists them). */
function bySpeaker(quotes: readonly Quote[]): Record<string, Quote[]> {
  const quotesBySpeaker = dict<Quote[]>();
  for (const q of quotes) {
    const who = q.speakerId ?? q.organisationId;
    if (who) (quotesBySpeaker[who] ??= []).push(q);
  }
  return quotesBySpeaker;
}

/** A quote index from a registry stored elsewhere (speakers most salient first, quotations in registry order). */
export function quoteIndexOf(speakers: Speaker[], quotes: Quote[], quoteTerms: Record<string, string[]>): QuoteIndex {
  return { speakers, quotesBySpeaker: bySpeaker(quotes), quotes, quoteTerms, ...lookupTables(speakers) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What did this person say (about this topic)? Resolves the name (full, surname, alias, close
 * misspelling; the most quoted person when several fit) and returns their quotations, full ones
 * first, each once with every source that carries it.
 */
export function findQuotes(qi: QuoteIndex, speakerQuery: string, about?: string): QuoteResult {
  const query = speakerQuery.trim();
  const topic = about?.trim() ? about.trim() : null;
  if (!query) {
    return { query, about: topic, speaker: null, quotes: [], note: 'Give the name of the person whose quotations you want.', suggestions: listSpeakers(qi).slice(0, 5) };
  }
  const { speaker, candidates } = resolveSpeaker(qi, query);
  if (!speaker) {
    return { query, about: topic, speaker: null, quotes: [], note: `Nobody named "${query}" is quoted or mentioned in these articles.`, suggestions: closest(qi, query) };
  }
  const notes: string[] = [];
  if (candidates.length > 1) {
    notes.push(`"${query}" matches ${candidates.length} people; showing ${speaker.name} (${plural(speaker.quotes, 'quote')}).`);
  }
  let quotes = qi.quotesBySpeaker[speaker.id] ?? [];
  if (quotes.length === 0) {
    notes.push(`No direct quotations of ${speaker.name}; mentioned in ${plural(speaker.mentions, 'passage')}.`);
  } else if (topic) {
    const want = analyze(topic, 'query');
    if (want.length > 0) {
      const all = quotes.length;
      quotes = quotes.filter((q) => {
        const have = qi.quoteTerms[q.id] ?? [];
        return want.every((t) => have.includes(t));
      });
      if (quotes.length === 0) notes.push(`No quotations of ${speaker.name} about "${topic}"; ${plural(all, 'quotation')} on other subjects.`);
    }
  }
  return { query, about: topic, speaker, quotes, note: notes.length ? notes.join(' ') : null, suggestions: [] };
}

/** Everyone quoted or mentioned, most quotations first. */
export function listSpeakers(qi: QuoteIndex): Speaker[] {
  return qi.speakers.filter(isKnown);
}
