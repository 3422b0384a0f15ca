/**
 * What kind of answer a question asks for, read from its question word. Used to prefer, among
 * sentences that match the question equally, the one that holds that kind of answer: a date for
 * 'when', a number for 'how many'.
 */
export type AnswerType = 'time' | 'duration' | 'quantity' | 'place' | 'speech' | null;

const PATTERNS: Record<Exclude<AnswerType, null>, RegExp> = {
  time: /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan(uary)?|feb(ruary)?|march|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?|\b\d{4}\b|\b(today|tomorrow|yesterday|tonight|next (week|month|year|fall|spring|autumn|summer|winter)|this (week|month|year)|later this week|early next year)\b/i,
  duration: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many)[- ](second|minute|hour|day|week|month|year|decade)s?\b/i,
  quantity: /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|several|per ?cent)\b/i,
  place: /\b(in|at|from|to|near) (the )?\p{Lu}\p{L}+/u,
  speech: /[“"]|\b(said|says|told|added|stated|described|called|argued|warned|insisted)\b/,
};

/** The answer type of a question, or null when its wording does not say. */
export function answerTypeOf(question: string): AnswerType {
  const q = question.toLowerCase();
  if (/\bhow long\b/.test(q)) return 'duration';
  if (/\b(when|what (day|date|time|year|month)|which (day|date|year|month)|until when|by when)\b/.test(q)) return 'time';
  if (/\b(how (many|much|high|big|large|far)|what (percentage|share|rate|number|amount|level))\b|\bnumber\b/.test(q)) return 'quantity';
  if (/\b(where|which (city|country|place|town))\b/.test(q)) return 'place';
  if (/\b(say|said|says|tell|told|describe[ds]?|call(ed)?|quote[ds]?|react(ed)?|respond(ed)?)\b/.test(q)) return 'speech';
  return null;
}

/** True when the text holds an answer of the given type. */
export function holdsAnswerType(text: string, type: AnswerType): boolean {
  return type === null || PATTERNS[type].test(text);
}

/** How much a word naming the answer's category ('what TV show', 'which country') weighs. */
export const CATEGORY_WEIGHT = 0.5;

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
