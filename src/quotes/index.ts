import type { Article, Corpus, Passage } from '../corpus/types.js';
import { analyze } from '../search/analyze.js';
import { attributeArticle, type Occurrence } from './attribution.js';
import { clusterOccurrences } from './cluster.js';
import { buildArticleDoc } from './extract.js';
import { bySalience, closest, isKnown, resolveSpeaker } from './lookup.js';
import { findMentions } from './mentions.js';
import { buildOrganisations } from './organisations.js';
import { corpusWords } from './corpus-words.js';
import { gazetteer } from '../text/gazetteer.js';
import { buildPeople, identifyingWords, indexPeople } from './registry.js';
import { addToList, hash, nameWords } from './util.js';
import type { Citation, Quote, QuoteIndex, QuoteResult, Speaker } from './types.js';

export type { Citation, Quote, QuoteIndex, QuoteResult, Speaker } from './types.js';
export { suggestSpeakers } from './lookup.js';
export { wordings, type Wording } from './cluster.js';

const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function pushTo(r: Record<string, string[]>, k: string, v: string) {
  const list = r[k];
  if (!list) r[k] = [v];
  else if (!list.includes(v)) list.push(v);
}

/** The most frequent key; a tie goes to the longer, fuller form ('Finance Minister' over 'Minister'). */
function mostCommon(m: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of m) if (c > n || (c === n && best !== null && k.length > best.length)) [best, n] = [k, c];
  return best;
}

/** Fulls first; then the most widely carried; then reading order. */
function quoteOrder(a: Quote & { order: number }, b: Quote & { order: number }): number {
  return Number(a.partial) - Number(b.partial) || b.citations.length - a.citations.length || a.order - b.order;
}

/**
 * Extracts, attributes and clusters every quotation of the corpus and builds the speaker
 * registry, once. Lookups afterwards only read these tables.
 */
export function buildQuoteIndex(corpus: Corpus): QuoteIndex {
  const byArticle = new Map<string, Passage[]>();
  for (const p of corpus.passages) addToList(byArticle, p.articleId, p);
  const docs = corpus.articles.map((a) => buildArticleDoc(a, (byArticle.get(a.id) ?? []).sort((x, y) => x.n - y.n)));
  const rules = { gaz: gazetteer(), ...corpusWords(docs) };
  const persons = buildPeople(docs, rules);
  const orgs = buildOrganisations(docs, rules, persons);
  const orgIds = new Set(orgs.map((o) => o.id));
  const people = [...persons, ...orgs];
  const pidx = indexPeople(people, rules.gaz.demonyms);

  const occurrences: Occurrence[] = [];
  const mentioned = new Map<string, Set<string>>();
  const loneNames = new Map<string, Set<string>>();
  docs.forEach((doc, n) => {
    const mentions = findMentions(doc, pidx);
    for (const m of mentions) {
      if (m.kind !== 'name' || m.personId === null) continue;
      const pid = doc.passages[m.p]!.passage.id;
      mentioned.set(m.personId, (mentioned.get(m.personId) ?? new Set()).add(pid));
      if (m.j - m.i === 1) {
        const t = doc.passages[m.p]!.toks[m.i]!;
        loneNames.set(m.personId, (loneNames.get(m.personId) ?? new Set()).add(t.poss ? t.text.slice(0, -2) : t.text));
      }
    }
    occurrences.push(...attributeArticle(doc, mentions, n));
  });

  const articles = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
  const passages = new Map<string, Passage>(corpus.passages.map((p) => [p.id, p]));
  const quotes: (Quote & { order: number })[] = [];
  const quoteTerms = dict<string[]>();
  const termCache = new Map<string, Set<string>>();
  const passageTerms = (pid: string): Set<string> => {
    let t = termCache.get(pid);
    if (!t) termCache.set(pid, (t = new Set(analyze(passages.get(pid)?.text ?? ''))));
    return t;
  };
  for (const cl of clusterOccurrences(occurrences)) {
    const perSource = new Map<string, Occurrence>();
    for (const m of cl.members) {
      const held = perSource.get(m.articleId);
      if (!held || m.text.length > held.text.length) perSource.set(m.articleId, m);
    }
    const citations: Citation[] = [...perSource.values()]
      .sort((a, b) => a.order - b.order)
      .map((m) => {
        const a = articles.get(m.articleId);
        return { sourceId: m.articleId, passageId: m.passageIds[0]!, publisher: a?.publisher ?? null, url: a?.url ?? null, text: m.text, passageIds: m.passageIds };
      });
    const base = `q-${hash(`${cl.speakerId ?? ''}|${cl.rep.text}|${citations[0]!.passageId}`)}`;
    let id = base;
    for (let n = 2; Object.hasOwn(quoteTerms, id); n++) id = `${base}-${n}`;
    const org = cl.speakerId !== null && orgIds.has(cl.speakerId);
    quotes.push({
      id,
      text: cl.rep.text,
      partial: cl.rep.partial,
      speakerId: org ? null : cl.speakerId,
      organisationId: org ? cl.speakerId : null,
      citations,
      order: Math.min(...cl.members.map((m) => m.order)),
    });
    // The topic filter looks at the quotation and the passages around it (each passage analysed once).
    const terms = new Set(cl.terms);
    for (const pid of new Set(cl.members.flatMap((m) => m.passageIds))) for (const t of passageTerms(pid)) terms.add(t);
    quoteTerms[id] = [...terms].sort();
  }
  quotes.sort(quoteOrder);

  const quotesBySpeaker = dict<Quote[]>();
  const allQuotes: Quote[] = quotes.map(({ order: _order, ...q }) => q);
  for (const q of allQuotes) {
    const who = q.speakerId ?? q.organisationId;
    if (who) (quotesBySpeaker[who] ??= []).push(q);
  }

  const speakers: Speaker[] = people.map((p) => {
    const aliases = new Set<string>();
    for (const v of p.variants.values()) aliases.add(v.display);
    for (const w of loneNames.get(p.id) ?? []) aliases.add(w);
    aliases.delete(p.name);
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: [...aliases].sort((a, b) => b.length - a.length || a.localeCompare(b)),
      description: mostCommon(p.titles) ?? (p.kind === 'organisation' ? 'organisation' : null),
      quotes: quotesBySpeaker[p.id]?.length ?? 0,
      mentions: mentioned.get(p.id)?.size ?? 0,
    };
  });
  speakers.sort(bySalience);

  const speakerById = dict<Speaker>();
  const names = dict<string[]>();
  const words = dict<string[]>();
  const searchNames = dict<string[]>();
  for (const s of speakers) {
    speakerById[s.id] = s;
    const all = [s.name, ...s.aliases].map(nameWords);
    searchNames[s.id] = [...new Set(all.map((w) => w.join(' ')))];
    for (const w of all) {
      pushTo(names, w.join(' '), s.id);
      for (const x of identifyingWords(w)) pushTo(words, x, s.id);
    }
  }
  return { speakers, speakerById, quotesBySpeaker, quotes: allQuotes, names, nameWords: words, searchNames, quoteTerms };
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
