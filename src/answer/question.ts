import type { EngineView as Engine } from '../engine.js';
import { analyzeTokens } from '../search/analyze.js';
import { idf } from '../search/index.js';
import { FUNCTION_WORDS } from '../text/lexicon.js';
import { gazetteer } from '../text/gazetteer.js';
import { answerTypeOf, categorySpan, countedWordOf, kindWordOf, type AnswerType } from './answer-type.js';
import { resolveSpeaker } from '../quotes/index.js';
import { groupNames } from './names.js';
import type { RankingParams } from './params.js';

/** A unit of the question's meaning: a person's full name, or one ordinary term. */
export interface Unit {
  terms: string[];
  /** How much the unit tells passages apart (IDF of its most telling term). */
  weight: number;
  /** The person it names, when it names one known to the quote index. */
  speakerId: string | null;
  /** The terms that name the unit on their own: a person's family name, not a first name alone. */
  naming: string[];
  /** Names and numbers match only as written (or misspelt): a related word never stands in for them. */
  literal: boolean;
}

/** The analysed question every later stage reads. */
export interface Question {
  text: string;
  /** Each distinct term with the unstemmed word it came from (fuzzy matching compares the word). */
  terms: { term: string; word: string }[];
  units: Unit[];
  totalWeight: number;
  type: AnswerType;
  /** The question's own folded words: a name or number it gives is not an answer to it. */
  asked: ReadonlySet<string>;
  /** People the question names, for "what did X say". */
  speakers: string[];
  /** The term 'how many' counts ('record' in 'how many world records'): the answer's figure must count it. */
  counted: string | null;
}

/** Analyses a question the way articles are analysed, into weighted units and an answer type. */
export function analyseQuestion(engine: Engine, text: string, params: RankingParams): Question {
  const tokens = analyzeTokens(text, 'query', { caselessUs: params.caselessCountries > 0 });
  const wordOf = new Map<string, string>();
  for (const t of tokens) if (!wordOf.has(t.term)) wordOf.set(t.term, t.word);
  const category = categorySpan(text);
  // 'TV show' in 'what TV show…', 'job' in 'what is X's job', 'cost' in 'napster monthly cost':
  // the answer names the thing, not its kind.
  const kindWord = kindWordOf(text);
  const inCategory = new Set(tokens.filter((t) => (category && t.start >= category.start && t.end <= category.end) || t.word === kindWord).map((t) => t.term));
  // 'Chinese', 'American': capitalised, yet no one's name; WordNet's 'China', 'US' may stand in.
  const nationality = (t: string) => params.relatedNationalities > 0 && gazetteer().demonyms.has(wordOf.get(t) ?? t);
  const capitalised = new Set(tokens.filter((t) => /^\p{Lu}/u.test(text[t.start] ?? '') && t.start > 0).map((t) => t.term));
  const units = groupNames([...wordOf.keys()], engine.quotes, (t) => capitalised.has(t) || engine.search.names.has(t)).map((g): Unit => ({
    terms: g.terms,
    speakerId: g.speakerId,
    naming: params.familyNameOnly > 0 ? g.naming : g.terms,
    weight: Math.max(...g.terms.map((t) => idf(engine.search, t) * (inCategory.has(t) ? params.categoryWeight : 1))),
    literal: g.terms.length > 1 || g.speakerId !== null || g.terms.some((t) => /\d/.test(t) || ((engine.search.names.has(t) || capitalised.has(t)) && !nationality(t))),
  }));
  const { speakers, units: named } = speakerUnits(engine, text, tokens, units);
  return {
    text,
    terms: [...wordOf].map(([term, word]) => ({ term, word })),
    units: named,
    totalWeight: named.reduce((s, u) => s + u.weight, 0),
    type: answerTypeOf(text, { fine: params.fineAnswerTypes > 0, whatIs: params.whatIsKinds > 0, leadWord: params.leadQuestionWord > 0 }),
    asked: new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []),
    speakers,
    counted: countedTerm(tokens, countedWordOf(text)),
  };
}

/** The term of the counted word, when the analyser kept it (a stop word counts nothing). */
function countedTerm(tokens: readonly { term: string; word: string }[], word: string | null): string | null {
  return word === null ? null : (tokens.find((t) => t.word === word)?.term ?? null);
}

// "What did X say (about Y)": X stands between the auxiliary and the verb of speech.
const SPEECH_FRAME = /\b(?:what|how)\s+(?:did|does|do|has|have|had|is|was|will|would)\s+(.+?)\s+(?:say|says|said|tell|told|think|thinks|thought|make of|feel|describe[ds]?|call(?:ed)?|react(?:ed)?|respond(?:ed)?)\b/i;

/**
 * Who the question asks to hear from. In "what did X say about Y" it is X alone, resolved in the
 * quote registry even by surname ('Pires'), never Y though Y be a known speaker too; other
 * questions name people by their full names. Units are returned with speakers set accordingly.
 */
function speakerUnits(engine: Engine, text: string, tokens: readonly { term: string; start: number }[], units: Unit[]): { speakers: string[]; units: Unit[] } {
  const m = SPEECH_FRAME.exec(text);
  if (!m) return { speakers: units.flatMap((u) => (u.speakerId ? [u.speakerId] : [])), units };
  // 'What has been said about X' asks to hear from no one in particular ('been' is no misspelt
  // Benn), and X is what was talked about, not the one talking.
  if ((m[1]!.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).every((w) => FUNCTION_WORDS.has(w))) return { speakers: [], units };
  const start = m.index + m[0].indexOf(m[1]!);
  const inSpan = new Set(tokens.filter((t) => t.start >= start && t.start < start + m[1]!.length).map((t) => t.term));
  const speaker = resolveSpeaker(engine.quotes, m[1]!).speaker;
  const named = units.map((u) => {
    const isX = u.terms.some((t) => inSpan.has(t));
    return { ...u, speakerId: isX && speaker ? speaker.id : null, literal: u.literal || isX };
  });
  return { speakers: speaker ? [speaker.id] : [], units: named };
}

/**
 * The question with each word the corpus never wrote weighed as the corpus's word it was matched
 * by (a related word, a near-spelling): an unknown word otherwise weighs most of all, so a
 * paraphrase ('hike' for 'raise') or a typo would outweigh every word the articles share. A word
 * with no match at all keeps that weight: it is the surest sign the answer is not there.
 */
export function reweighUnknown(engine: Engine, q: Question, forms: ReadonlyMap<string, ReadonlyMap<string, number>>): Question {
  let changed = false;
  const units = q.units.map((u) => {
    if (u.terms.some((t) => engine.search.df.has(t))) return u;
    const known = u.terms.flatMap((t) => [...(forms.get(t)?.keys() ?? [])].filter((f) => engine.search.df.has(f)));
    if (known.length === 0) return u;
    changed = true;
    return { ...u, weight: Math.min(u.weight, Math.max(...known.map((f) => idf(engine.search, f)))) };
  });
  return changed ? { ...q, units, totalWeight: units.reduce((sum, u) => sum + u.weight, 0) } : q;
}
