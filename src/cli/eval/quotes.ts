/**
 * Blind evaluation of quotation attribution on hand-labelled BBC articles (issue 10).
 *
 * `npm run eval:quotes` prints the dev and the test split (`-- dev` or `-- test` for one). Dev may
 * be printed with its misses (`--misses`) to tune on, and with one line per attribution mechanism
 * switched off (`--ablate`); test only ever prints aggregate figures.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadCorpus } from '../../corpus/load.js';
import type { Corpus } from '../../corpus/types.js';
import { buildQuoteIndex, listSpeakers, wordings, type Quote, type QuoteIndex, type Speaker } from '../../quotes/index.js';
import { MECHANISMS, switchOff } from '../../quotes/mechanisms.js';
import { printsWords } from '../../text/fold.js';
import { holds, isSpeaker, labelFor, labelSchema, norm, type Label, type Labels } from './quote-labels.js';

const registrySchema = z.object({ people: z.array(z.string()), organisations: z.array(z.string()), notSpeakers: z.array(z.string()) });
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the BBC archive sits next to the repository, on CI too. */
export const BBC_CORPUS = `${ROOT}../shared/corpora/bbc`;

interface Cited {
  quote: Quote;
  text: string;
  speaker: Speaker | undefined;
}

/** Every citation of an article, with the speaker of its quotation. */
function citationsOf(qi: QuoteIndex, byArticle: Map<string, Cited[]>, articleId: string): Cited[] {
  if (byArticle.size === 0) {
    for (const q of qi.quotes) {
      for (const c of q.citations) {
        const list = byArticle.get(c.sourceId) ?? [];
        const who = q.speakerId ?? q.organisationId;
        list.push({ quote: q, text: c.text, speaker: who ? qi.speakerById[who] : undefined });
        byArticle.set(c.sourceId, list);
      }
    }
  }
  return byArticle.get(articleId) ?? [];
}

/** Counts for one split; `misses` is filled only when asked for. */
export interface QuoteScore {
  fullTotal: number;
  fullFound: number;
  returned: number;
  correct: number;
  wrongPerson: number;
  neverQuoted: number;
  partialTotal: number;
  partialFound: number;
  notSpeechTotal: number;
  notSpeechExtracted: number;
  notSpeechAttributed: number;
  /** Missed full quotations by reason (aggregate, printed for both splits). */
  missedBy: { notExtracted: number; asPhrase: number; noSpeaker: number; otherSpeaker: number };
  misses: string[];
}

/** Why a labelled full quotation was missed: never extracted, extracted as a phrase, given to nobody, or to someone else. */
function missReason(l: Label, mine: readonly Cited[], speech: readonly Label[]): keyof QuoteScore['missedBy'] {
  const held = mine.filter((c) => holds(c.text, l, speech));
  if (held.length === 0) return 'notExtracted';
  if (held.some((c) => c.speaker && !isSpeaker(c.speaker, l.speaker))) return 'otherSpeaker';
  return held.every((c) => c.quote.partial) ? 'asPhrase' : 'noSpeaker';
}

function scoreArticle(s: QuoteScore, labels: readonly Label[], mine: readonly Cited[], file: string, verbose: boolean): void {
  const speech = labels.filter((l) => l.kind === 'speech');
  const quoted = speech.map((l) => l.speaker).filter((x): x is string => x !== null);
  for (const l of speech.filter((x) => x.partial && x.speaker !== null)) {
    s.partialTotal++;
    if (mine.some((c) => holds(c.text, l, speech) && isSpeaker(c.speaker, l.speaker))) s.partialFound++;
  }
  for (const l of speech.filter((x) => !x.partial && x.speaker !== null)) {
    s.fullTotal++;
    if (mine.some((c) => holds(c.text, l, speech) && isSpeaker(c.speaker, l.speaker))) s.fullFound++;
    else {
      const why = missReason(l, mine, speech);
      s.missedBy[why]++;
      if (verbose) s.misses.push(`missed  ${file} [${l.speaker}] (${why}) ${l.text.slice(0, 140)}`);
    }
  }
  for (const c of mine) {
    if (!c.speaker) continue;
    const match = labelFor(c.text, speech);
    if (!quoted.some((q) => isSpeaker(c.speaker, q))) {
      s.neverQuoted++;
      if (verbose) s.misses.push(`never   ${file} [${c.speaker.name}] ${c.text.slice(0, 100)}`);
    }
    if (match && !isSpeaker(c.speaker, match.speaker)) {
      s.wrongPerson++;
      if (verbose && match.partial) s.misses.push(`wrongp  ${file} [${c.speaker.name}; label ${match.speaker}] ${c.text.slice(0, 100)}`);
    }
    if (match && match.kind === 'not-speech') continue;
    // Precision is over full quotations: skip what the labels call a phrase, or what we call one that nobody labelled.
    if (match?.partial || (!match && c.quote.partial)) continue;
    s.returned++;
    if (match && isSpeaker(c.speaker, match.speaker)) s.correct++;
    else if (verbose) s.misses.push(`wrong   ${file} [${c.speaker.name}; label ${match ? match.speaker : 'none'}] ${c.text.slice(0, 140)}`);
  }
  for (const l of labels.filter((x) => x.kind === 'not-speech')) {
    s.notSpeechTotal++;
    const hits = mine.filter((c) => norm(c.text) === norm(l.text));
    if (hits.some((c) => c.speaker)) s.notSpeechAttributed++;
    if (hits.length > 0) {
      s.notSpeechExtracted++;
      const given = hits.find((c) => c.speaker)?.speaker?.name;
      if (verbose) s.misses.push(`notspch ${file} ${l.text}${given ? ` (given to ${given})` : ''}`);
    }
  }
}

/** Scores the quote index against one labelled split. */
export function scoreQuotes(corpus: Corpus, qi: QuoteIndex, labels: Labels, verbose = false): QuoteScore {
  const s: QuoteScore = { fullTotal: 0, fullFound: 0, returned: 0, correct: 0, wrongPerson: 0, neverQuoted: 0, partialTotal: 0, partialFound: 0, notSpeechTotal: 0, notSpeechExtracted: 0, notSpeechAttributed: 0, missedBy: { notExtracted: 0, asPhrase: 0, noSpeaker: 0, otherSpeaker: 0 }, misses: [] };
  const idOf = new Map(corpus.articles.map((a) => [a.file, a.id]));
  const cache = new Map<string, Cited[]>();
  for (const a of labels.articles) {
    const id = idOf.get(a.article);
    if (!id) throw new Error(`labelled article ${a.article} is not in the corpus`);
    scoreArticle(s, a.quotes, citationsOf(qi, cache, id), a.article, verbose);
  }
  return s;
}

/** Citations whose article does not contain the words a reply prints beside them (quote marks and spacing folded). */
export function unprintedCitations(corpus: Corpus, qi: QuoteIndex): { total: number; bad: string[] } {
  const raw = new Map(corpus.articles.map((a) => [a.id, a.raw]));
  let total = 0;
  const bad: string[] = [];
  for (const q of qi.quotes) {
    for (const w of wordings(q)) {
      for (const c of w.citations) {
        total++;
        if (!printsWords(raw.get(c.sourceId) ?? '', w.text)) bad.push(`${c.sourceId}: ${w.text.slice(0, 100)}`);
      }
    }
  }
  return { total, bad };
}

/** Registry entries among the top `n` that the hand-labelled list calls not a speaker, and those it has no label for. */
export function registryAudit(qi: QuoteIndex, list: z.infer<typeof registrySchema>, n = 100): { bad: string[]; unlabelled: string[] } {
  const known = new Set([...list.people, ...list.organisations]);
  const not = new Set(list.notSpeakers);
  const top = listSpeakers(qi).slice(0, n);
  return { bad: top.filter((s) => not.has(s.name)).map((s) => s.name), unlabelled: top.filter((s) => !known.has(s.name) && !not.has(s.name)).map((s) => s.name) };
}

/** Reads the registry labels (test/eval/speakers-bbc.json). */
export async function readRegistryLabels(): Promise<z.infer<typeof registrySchema>> {
  return registrySchema.parse(JSON.parse(await readFile(`${ROOT}test/eval/speakers-bbc.json`, 'utf8')));
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

let built: Promise<{ corpus: Corpus; qi: QuoteIndex }> | null = null;
/** The BBC archive and its quote index, built once per process. */
export function bbcIndex(): Promise<{ corpus: Corpus; qi: QuoteIndex }> {
  built ??= loadCorpus(BBC_CORPUS).then((corpus) => ({ corpus, qi: buildQuoteIndex(corpus) }));
  return built;
}

/**
 * Runs the quote evaluation on one split ('dev' or 'test') and returns printable text. Misses
 * are listed only for dev and only when asked: the test split stays blind.
 */
export async function evalQuotes(split: 'dev' | 'test', opts: { misses?: boolean } = {}): Promise<string> {
  const { corpus, qi } = await bbcIndex();
  const labels = labelSchema.parse(JSON.parse(await readFile(`${ROOT}test/eval/quotes-bbc.${split}.json`, 'utf8')));
  const verbose = split === 'dev' && opts.misses === true;
  const s = scoreQuotes(corpus, qi, labels, verbose);
  const cites = unprintedCitations(corpus, qi);
  const reg = registryAudit(qi, await readRegistryLabels());
  const lines = [
    `quotes on bbc ${split} (${labels.articles.length} articles)`,
    `  full quotations per named speaker: recall ${pct(s.fullFound, s.fullTotal)} (${s.fullFound}/${s.fullTotal}), precision ${pct(s.correct, s.returned)} (${s.correct}/${s.returned})`,
    `  given to the wrong person: ${s.wrongPerson}; given to someone never quoted in the article: ${s.neverQuoted}`,
    `  full quotations missed: ${s.missedBy.notExtracted} not extracted, ${s.missedBy.asPhrase} taken for a phrase, ${s.missedBy.noSpeaker} given to nobody, ${s.missedBy.otherSpeaker} given to someone else`,
    `  phrases inside reported speech (partial) per named speaker: recall ${pct(s.partialFound, s.partialTotal)} (${s.partialFound}/${s.partialTotal})`,
    `  not-speech spans extracted as quotations: ${s.notSpeechExtracted}/${s.notSpeechTotal}, given to a speaker: ${s.notSpeechAttributed}`,
    `  registry top 100: ${reg.bad.length} not people${reg.bad.length ? ` (${reg.bad.join(', ')})` : ''}; ${reg.unlabelled.length} unlabelled${reg.unlabelled.length ? ` (${reg.unlabelled.join(', ')})` : ''}`,
    `  citations that do not print the words (whole archive): ${cites.bad.length}/${cites.total}`,
    ...s.misses.map((m) => `    ${m}`),
  ];
  return lines.join('\n');
}

/**
 * What each attribution mechanism buys on dev: the dev figures with that one mechanism switched
 * off (the index rebuilt each time), beside the figures with all of them on. Dev only.
 */
export async function ablateQuotes(): Promise<string> {
  const { corpus, qi } = await bbcIndex();
  const read = async (split: string) => labelSchema.parse(JSON.parse(await readFile(`${ROOT}test/eval/quotes-bbc.${split}.json`, 'utf8')));
  const labels = await read('dev');
  // Beside the dev figures: how many citations of unlabelled articles (neither split) change speaker.
  const labelled = new Set([...labels.articles, ...(await read('test')).articles].map((a) => a.article));
  const unlabelled = new Set(corpus.articles.filter((a) => !labelled.has(a.file)).map((a) => a.id));
  const whoAt = (x: QuoteIndex) => new Map(x.quotes.flatMap((q) => q.citations.filter((c) => unlabelled.has(c.sourceId)).map((c) => [`${c.sourceId}|${c.text}`, q.speakerId ?? q.organisationId] as const)));
  const base = whoAt(qi);
  const line = (name: string) => {
    const x = buildQuoteIndex(corpus);
    const s = scoreQuotes(corpus, x, labels);
    const changed = [...whoAt(x)].filter(([k, v]) => base.get(k) !== v).length;
    return `  ${name.padEnd(31)} recall ${pct(s.fullFound, s.fullTotal)} (${s.fullFound}/${s.fullTotal}), precision ${pct(s.correct, s.returned)} (${s.correct}/${s.returned}), wrong person ${s.wrongPerson}, never quoted ${s.neverQuoted}; unlabelled citations changed ${changed}`;
  };
  const lines = [`quote attribution mechanisms on bbc dev (${labels.articles.length} articles), each switched off alone`, line('all on')];
  for (const m of MECHANISMS) {
    switchOff([m]);
    lines.push(line(`without ${m}`));
  }
  switchOff([]);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const misses = process.argv.includes('--misses');
  const only = process.argv.find((a) => a === 'dev' || a === 'test');
  if (process.argv.includes('--ablate')) console.log(await ablateQuotes());
  else for (const split of only ? [only] : (['dev', 'test'] as const)) console.log(await evalQuotes(split, { misses }));
}
