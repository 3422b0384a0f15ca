/**
 * What kind of answer a question asks for, read from its question words, and whether a sentence
 * holds one. A question asking for a kind of answer is answered by the sentence that holds it
 * ('who replaced X' by the one naming the successor), not by the one that merely names the topic.
 */
import type { RankingParams } from './params.js';
import { gazetteer } from '../text/gazetteer.js';
import { CURRENCY_WORDS, KIND_NOUNS, LOCATIVE_PREPOSITIONS, MEDIA_NOUNS, MONEY_WORDS, OVER_PARTICLE_VERBS, ROLE_WORDS, TITLE_HEADS } from '../text/lexicon.js';

const alternation = (words: ReadonlySet<string>): string => [...words].join('|');

export type AnswerType = 'time' | 'year' | 'duration' | 'quantity' | 'proportion' | 'money' | 'age' | 'name' | 'place' | 'role' | 'reason' | 'speech' | null;

const DATE = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan(uary)?|feb(ruary)?|march|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?|\b(1[89]|20)\d\d\b|\b(today|tomorrow|yesterday|tonight|last (week|month|year)|next (week|month|year|fall|spring|autumn|summer|winter)|this (week|month|year)|later this week|early next year)\b/i;

/**
 * Words giving a reason ('because', 'after', 'over'). With `strict`, 'over' and 'since' that are a
 * verb's particle or a time span are none: 'took over the job', 'win over Graz', 'over the past
 * year', 'since 2001' say when or what, not why.
 */
function reasonPattern(strict: boolean): RegExp {
  const since = strict ? 'since(?! (?:\\d|the (?:start|end|beginning)|last|then|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))' : 'since';
  const over = strict ? `(?<!\\b(?:${alternation(OVER_PARTICLE_VERBS)}) )over(?! (?:the )?(?:past|last|next|coming|weekend|years?|months?|weeks?|days?|decades?|\\d|(?:a|two|three|four|five|six|ten) ))` : 'over';
  return new RegExp(`\\b(because|due to|as a result|owing to|thanks to|reason|blamed|amid|following|after|${since}|so that|in order to|${over}|forc(ed|ing)|prompt(ed|ing)|(led|leading) to|caused by|driven by|(on )?charges? of|charged with|accused of|(on )?suspicion of|(convicted|guilty) of|(needed|designed|aimed|intended|meant|a bid|bid|trying|seeking|wants?|hopes?) to)\\b`, 'i');
}

const PATTERNS: Record<Exclude<AnswerType, null | 'name' | 'place'>, RegExp> = {
  time: DATE,
  year: /\b(1[89]|20)\d\d\b/,
  proportion: /per ?cent|%|\b(half|halves|thirds?|quarters?|two-thirds|three-quarters|majority|minority|fraction|one in (two|three|four|five|six|seven|eight|nine|ten|\d+))\b/i,
  duration: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many)[- ](second|minute|hour|day|week|month|year|decade)s?\b|\bfrom \w+ (to|until|till) \w+|\buntil\b/i,
  quantity: /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(thir|four|fif|six|seven|eigh|nine)teen|(twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|dozens?|several|half|quarter|third|per ?cent)\b/i,
  // A sum of money: a currency sign or word beside a figure ('£1.2bn', '3000 euros', '$75m').
  // Currency words are matched in lower case: '50 Cent' is a singer.
  money: new RegExp(`[£$€¥]\\s?\\d|\\b(US|NZ|A|C|HK)\\$\\s?\\d|\\d[\\d,.]*\\s?(bn|m|k|million|billion|trillion)?\\s?(${alternation(CURRENCY_WORDS)})\\b`),
  age: /\b\d{1,3}-year-old\b|\baged? \d{1,3}\b|,\s\d{1,3}[,)]|\bat (the age of )?\d{1,3}\b|\b\d{1,3} years old\b/i,
  // A job is told by its title ('chief trade envoy Li', 'a part-time maths teacher').
  role: new RegExp(`\\b(${alternation(TITLE_HEADS)})s?\\b`, 'i'),
  reason: reasonPattern(true),
  speech: /[“"]|\b(said|says|told|added|stated|described|called|argued|warned|insisted)\b/,
};

const COARSE: Partial<Record<Exclude<AnswerType, null>, AnswerType>> = { money: 'quantity', proportion: 'quantity', year: 'time' };

// 'What is X's job', 'what role is X taking', 'what does X do (for a living)'.
const ROLE_QUESTION = new RegExp(`\\bwhat(?:'s|s| is| was)?\\s+(?:\\S+\\s+){0,3}?(?:${alternation(ROLE_WORDS)})\\b|\\bwhat does\\b.+\\bdo(?: for a (?:living|job|day job))?\\s*\\??$`);

/** How a question's wording is read: every rule is on unless switched off to measure what it buys. */
export interface WordingRules {
  /** A sum of money, a share and a year are told apart from any figure or date. */
  fine: boolean;
  /** 'What is the N…' asks for the kind its first kind noun names. */
  whatIs: boolean;
  /** 'When' and 'why' ask for a time and a reason only as the question's first question word, not opening a clause. */
  leadWord: boolean;
}

/** The answer type of a question, or null when its wording does not say. */
export function answerTypeOf(question: string, rules: Partial<WordingRules> = {}): AnswerType {
  const all: WordingRules = { fine: true, whatIs: true, leadWord: true, ...rules };
  const type = typeOfWording(question, all);
  return all.fine || type === null ? type : (COARSE[type] ?? type);
}

function typeOfWording(question: string, rules: Omit<WordingRules, 'fine'> = { whatIs: true, leadWord: true }): AnswerType {
  const { whatIs } = rules;
  // "What's" is 'what is' to every rule below ('what's the name of…').
  const q = whatIs ? question.toLowerCase().replace(/\bwhat(?:['’]s|s)\b/g, 'what is') : question.toLowerCase();
  if (/\bhow old\b|\bwhat age\b|\bage of\b/.test(q)) return 'age';
  if (/\bhow (long|quickly|soon)\b/.test(q)) return 'duration';
  if (/\b(what|which|in what) year\b|\bwhen (was|were|did)\b.*\b(born|found(ed)?|established|formed|created|built|set up|launched)\b/.test(q)) return 'year';
  const when = rules.leadWord ? opensWith(q, 'when') : /\bwhen\b/.test(q);
  if (when || /\b(what (day|date|time|year|month)|which (day|date|year|month)|until when|since when|by when)\b/.test(q)) return 'time';
  if (/\bhow (much|big|large)\b/.test(q) && (q.match(/[a-z]+/g) ?? []).some((w) => MONEY_WORDS.has(w))) return 'money';
  if (/\bwhat(s|'s| is| was| are| were)? (the |his |her |their |its )?(price|fee|salary|wage|fine|pay|cost|budget)\b/.test(q)) return 'money';
  if (/\b(what|which) (percentage|proportion|share|per ?cent)\b|\bwhat % /.test(q)) return 'proportion';
  const named = whatIs ? whatIsKind(q) : null;
  if (named !== null) return named;
  if (/\b(how (many|much|high|big|large|far|fast)|what (percentage|proportion|share|rate|number|amount|level|price|score))\b|\bnumber\b|\bscore\b|\bpercentage\b/.test(q)) return 'quantity';
  if (ROLE_QUESTION.test(q)) return 'role';
  const why = rules.leadWord ? opensWith(q, 'why') : /\bwhy\b/.test(q);
  if (why || /\bwhat (caused|led to)\b|\breason\b/.test(q)) return 'reason';
  if (/\b(where|which (city|country|place|town|region|venue|stadium))\b/.test(q)) return 'place';
  if (/\bwhat(s|'s)?\b.*\b(called|named)\b/.test(q)) return 'name';
  if (/\b(say|said|says|tell|told|describe[ds]?|call(ed)?|quote[ds]?|react(ed)?|respond(ed)?|think|thinks|thought)\b/.test(q) && !/^\s*(who|which)\b/.test(q)) return 'speech';
  if (/^\s*(who|whom|whose)\b|\bwho\b|^\s*which\b|\bwhat (is|was) (the )?(name|title)\b|\bcalled\b/.test(q)) return 'name';
  const kind = keywordKind(q);
  return kind === null ? null : KIND_NOUNS.get(kind)!;
}

/**
 * True when this question word is the question's first: the one opening the question asks, a later
 * one opens a clause ('how much did traffic jump when Halo 2 came out', 'what did X say when asked').
 */
function opensWith(q: string, word: string): boolean {
  return QUESTION_WORD.exec(q)?.[1] === word;
}

// 'What is the X…', 'what was X's Y': the thing asked for is named in the first words after 'what is'.
const WHAT_IS = /^\s*what (?:is|was|are|were|will be)\s+(.+)$/;

/**
 * The kind of answer a 'what is the N…' question names by its first noun of a kind ('what was
 * stan lee's original name', 'what's the longest prison term'): a work's title ('the doves album
 * that…') is a name. Null when none of its first words names a kind.
 */
function whatIsKind(q: string): AnswerType {
  const w = whatIsNoun(q);
  return w === null ? null : (KIND_NOUNS.get(w) ?? 'name');
}

/** The first noun of a kind (or of a work) among the first words after 'what is'. */
function whatIsNoun(q: string): string | null {
  const words = WHAT_IS.exec(q)?.[1]!.match(/[a-z]+/g)?.slice(0, 5) ?? [];
  return words.find((w) => KIND_NOUNS.has(w) || MEDIA_NOUNS.has(w)) ?? null;
}

const QUESTION_WORD = /\b(who|whom|whose|what|whats|when|where|why|how|which)\b/;

/** The last noun naming a kind of answer in a query without a question word ('oceans twelve opening weekend takings'). */
function keywordKind(q: string): string | null {
  if (QUESTION_WORD.test(q)) return null;
  const kinds = (q.match(/[a-z]+/g) ?? []).filter((w) => KIND_NOUNS.has(w));
  return kinds.at(-1) ?? null;
}

const AUX_AFTER_COUNTED = /^(did|does|do|has|have|had|is|are|was|were|will|would|can|could|should|might|may)$/;

/**
 * What 'how many' counts: the noun before the auxiliary ('records' in 'how many world records has
 * she broken'), or the word right after 'how many' when no auxiliary follows soon ('people' in
 * 'how many people died'). The answer's figure must count it. Null for other questions.
 */
export function countedWordOf(question: string): string | null {
  const m = /\bhow many\s+(.+)$/i.exec(question);
  if (!m) return null;
  const words = m[1]!.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const aux = words.slice(0, 5).findIndex((w) => AUX_AFTER_COUNTED.test(w));
  return (aux > 0 ? words[aux - 1] : words[0]) ?? null;
}

/**
 * The word of the question that names the kind of answer rather than anything the answer says:
 * 'job' in 'what is X's job', 'takings' in 'opening weekend takings'. Null when there is none.
 */
export function kindWordOf(question: string): string | null {
  const q = question.toLowerCase();
  if (ROLE_QUESTION.test(q)) return (q.match(/[a-z]+/g) ?? []).find((w) => ROLE_WORDS.has(w)) ?? null;
  const kind = keywordKind(q);
  return kind !== null && typeOfWording(q) === KIND_NOUNS.get(kind) ? kind : null;
}

/** Capitalised words that do not open a sentence, with their offsets: the names a sentence gives (days and months are no names). */
function namesIn(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:)'’]\s+|[“"(]\s*)(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|de|van|von|der|la|le)?\s*\p{Lu}[\p{L}'’.-]*)*)/gu)) {
    const words = m[1]!.split(/\s+/).filter((w) => !CALENDAR.test(w) && !FIRST_PERSON.test(w));
    if (words.length > 0) out.push({ name: words.join(' '), index: m.index });
  }
  return out;
}

// A quoted speaker's 'I' is capitalised mid-sentence, and names nobody the question asks for.
const FIRST_PERSON = /^I(['’](m|d|ve|ll))?$/;
// A place stands where a locative preposition points, five words on at most ('in the port
// city of Busan', 'at Mottram Hall'); a name elsewhere ('Holmes pulled a hamstring') is a person or a body.
const LOCATIVE = new RegExp(`\\b(${alternation(LOCATIVE_PREPOSITIONS)})\\s+(?:[\\p{Ll}'’-]+\\s+){0,5}$`, 'u');
const CALENDAR = /^((mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|march|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
// An ordinal ('12th') ranks, it does not count: no answer to 'how many'.
const NUMBER = /\d[\d,.]*%?(?!\d|st\b|nd\b|rd\b|th\b)|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(thir|four|fif|six|seven|eigh|nine)teen|(twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|dozens?|half|quarter|third)\b/gi;
// 'How much of' is answered by a proportion as often as by a figure.
const PROPORTION = /per ?cent|%|\b(majority|minority|bulk|most of|all of|none of|fraction)\b/gi;
const LOOSE_REASON = new RegExp(reasonPattern(false).source, 'gi');
const GLOBAL = Object.fromEntries(Object.entries(PATTERNS).map(([k, re]) => [k, new RegExp(re.source, `${re.flags}g`)])) as Record<keyof typeof PATTERNS, RegExp>;

/** How answers are told from other words: every rule is on unless switched off to measure what it buys. */
export interface AnswerRules {
  /** No 'over' or 'since' that is a verb's particle or a time span gives a reason. */
  strictReasons: boolean;
  /** A name sharing a capitalised word with the question is the question's own, no answer. */
  wholeNewNames: boolean;
  /** A nationality adjective alone answers no 'who' (the question's own words hold 'who'). */
  whoNotDemonym: boolean;
  /** An age set off after a name ('Charlene Ellis, 18,') is that name's: it answers only a question naming them. */
  boundAges: boolean;
}

const ALL_RULES: AnswerRules = { strictReasons: true, wholeNewNames: true, whoNotDemonym: true, boundAges: true };

/** The rules as the ranking parameters set them. */
export function answerRulesOf(params: Pick<RankingParams, 'strictReasons' | 'newNamesOnly' | 'whoNotDemonym' | 'boundAges'>): AnswerRules {
  return { strictReasons: params.strictReasons > 0, wholeNewNames: params.newNamesOnly > 0, whoNotDemonym: params.whoNotDemonym > 0, boundAges: params.boundAges > 0 };
}

/**
 * Where in the text answers of the given type stand (their start offsets). `asked` are the
 * question's own folded words: a name or number the question already gives is no answer to it.
 */
export function answerSpans(text: string, type: Exclude<AnswerType, null>, asked: ReadonlySet<string> = new Set(), rules: AnswerRules = ALL_RULES): number[] {
  if (type === 'reason' && !rules.strictReasons) return [...text.matchAll(LOOSE_REASON)].map((m) => m.index);
  // A place is a name too ('the port city of Busan'): one the question does not already give.
  if (type === 'name' || type === 'place') {
    return namesIn(text)
      .filter((n) => isNewName(n.name, asked, rules.wholeNewNames))
      .filter((n) => !(rules.whoNotDemonym && type === 'name' && (asked.has('who') || asked.has('whom')) && isDemonym(n.name)))
      .filter((n) => type === 'name' || LOCATIVE.test(text.slice(Math.max(0, n.index - 60), n.index)))
      .map((n) => n.index);
  }
  if (type === 'quantity') {
    const numbers = [...text.matchAll(NUMBER)].filter((m) => !asked.has(m[0].toLowerCase())).map((m) => m.index);
    return [...numbers, ...[...text.matchAll(PROPORTION)].map((m) => m.index)];
  }
  const spans = [...text.matchAll(GLOBAL[type])];
  // 'the deaths of Charlene Ellis, 18,' gives her age, not that of the person asked about (with
  // no question to read, any age is one).
  const bound = (m: RegExpMatchArray) => asked.size > 0 && m[0].startsWith(',') && !asked.has(/(\p{L}+)\s*$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase() ?? '');
  return (type === 'age' && rules.boundAges ? spans.filter((m) => !bound(m)) : spans).map((m) => m.index!);
}

/**
 * True when a name is not the question's own: with `whole`, none of its capitalised words is a
 * word of the question ('UFJ Holdings' for a question about UFJ, 'The All New Top of the Pops'
 * for one about Top of the Pops, are what it asks about, not the answer); without, any one is not.
 */
function isNewName(name: string, asked: ReadonlySet<string>, whole: boolean): boolean {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || !whole).map((w) => w.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, ''));
  return whole ? words.every((w) => !asked.has(w)) : words.some((w) => !asked.has(w));
}

/** A nationality adjective alone ('Ethiopian', 'Japanese'): capitalised, but it names nobody a 'who' asks for. */
function isDemonym(name: string): boolean {
  const w = name.toLowerCase().replace(/['’]s$/, '');
  return !w.includes(' ') && gazetteer().demonyms.has(w);
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2})?\\s+${MONTH}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`, 'gi');

/**
 * True when the text dates something to the day ('17 October', 'October 18', '10-12 June'), not
 * by a date the question gives: a 'when' question is answered better by the day than the month.
 */
export function holdsDayDate(text: string, asked: ReadonlySet<string> = new Set()): boolean {
  return [...text.matchAll(DAY_DATE)].some((m) => !(m[0].toLowerCase().match(/[a-z0-9]+/g) ?? []).every((w) => asked.has(w)));
}

/** True when the text holds an answer of the given type (any text holds an answer to an untyped question). */
export function holdsAnswerType(text: string, type: AnswerType, asked: ReadonlySet<string> = new Set(), rules: AnswerRules = ALL_RULES): boolean {
  return type === null || answerSpans(text, type, asked, rules).length > 0;
}

const AUXILIARY = /^(did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|may|might)$/i;

/**
 * The span of words naming the kind of thing asked for: 'TV show' in 'What TV show did he
 * appear on?'. Answers name the thing itself ('Evening News Hour'), rarely its category, so these
 * words should not count fully against a passage that lacks them. Null when the question has
 * no such words (the auxiliary must follow within three words of what/which).
 */
export function categorySpan(question: string): { start: number; end: number } | null {
  const m = /^\s*(what|which)\s+/i.exec(question);
  if (!m) return null;
  const rest = question.slice(m[0].length);
  const words = [...rest.matchAll(/\S+/g)];
  const aux = words.slice(0, 4).findIndex((w) => AUXILIARY.test(w[0]));
  if (aux <= 0) return null;
  const last = words[aux - 1]!;
  return { start: m[0].length, end: m[0].length + last.index + last[0].length };
}
