import { DETERMINERS, FUNCTION_WORDS, NAME_PARTICLES, PARTY_WORDS, PLACE_PREFIXES, TITLE_HEADS, TITLE_MODIFIERS } from '../text/lexicon.js';
import type { NameRules } from './names.js';
import { on } from './mechanisms.js';

/** What the registry knows of a name when deciding whether it is a person's. */
export interface NameEvidence {
  /** Folded words of the fullest printed form. */
  words: readonly string[];
  /** Times it was printed after a courtesy title ('Mr', 'Lord'). */
  honorifics: number;
  /** Times the whole name, given name and all, was printed after one ('Sir Digby Jones'). */
  honorificFull?: number;
  /** Times it was taken up as 'its' ('X said its offer'). */
  itself: number;
  /** Seen only as a first name and a surname, never with a title or a speech verb. */
  weak: boolean;
  /** Times it was printed with a job title before or after it. */
  titled: number;
  /** Times it was printed as the inverted subject right after a quotation ('"…," said X'). */
  quoting?: number;
  /** Times its surname was printed alone beside a speech verb in an article that names it in full. */
  spoken?: number;
}

/**
 * Is this a person's name? Teams, places, parties and organisations are printed like names and
 * stand beside speech verbs too ('Manchester United said', 'the Tories'), so a name counts only
 * with evidence: a known first name, a courtesy title, or, for given names the lists lack
 * ('Arsene Wenger'), two or more words none of which is a place, a nationality, a party or an
 * ordinary word of the corpus, whose surname the corpus also prints alone ('Wenger said';
 * first or last, as 'Xi said' for Xi Jinping). A lone word is a person only after a courtesy title ('Lord Falconer').
 */
export function isPersonName(e: NameEvidence, rules: NameRules): boolean {
  const { gaz, common } = rules;
  const w = e.words;
  const whole = w.join(' ');
  // 'Philip Green': a party word may be the surname after a listed given name, never anything else in a name.
  // Not after a surname the corpus prints alone ('Blair Labour').
  // …unless a courtesy title stood before the whole name ('Sir Andrew Green', though 'Andrew' is Rob Andrew's surname).
  const titledWhole = on('titled-party-surnames') && (e.honorificFull ?? 0) > 0;
  const surname = (n: number) => on('party-names') && n === w.length - 1 && n > 0 && gaz.firstNames.has(w[0]!) && !PARTY_WORDS.has(w[0]!) && (!rules.alone.has(w[0]!) || titledWhole);
  if (w.some((x, n) => PARTY_WORDS.has(x) && !surname(n)) || gaz.organisations.has(whole) || gaz.places.has(whole)) return false;
  // …or after a person's post, speaking alone in the same article ('midfielder Edu' … 'Edu added'; see observe.ts).
  // …or as a quotation's inverted subject ending the sentence ('"…," said Idowu.'; see beside-verb.ts).
  const vouchedAlone = (e.spoken ?? 0) > 0 || (on('quoted-mononyms') && (e.quoting ?? 0) > 0);
  const mononym = on('mononyms') && vouchedAlone && e.itself === 0 && !common.has(whole) && !gaz.places.has(whole) && !gaz.demonyms.has(whole);
  if (w.length < 2) return e.honorifics > e.itself || mononym;
  if (e.itself > e.honorifics) return false;
  const placeLike = (x: string) => gaz.places.has(x) || gaz.demonyms.has(x) || gaz.organisations.has(x);
  const ordinary = (x: string) => common.has(x) && !NAME_PARTICLES.has(x);
  const [first, ...rest] = w as [string, ...string[]];
  // A courtesy title vouches for the surname, whatever else it means ('Mr Irish', 'Ms France').
  // A given name that is also a place ('Sir Digby Jones') is vouched for when printed whole after the title.
  const place = placeLike(first) && !(on('courtesy-surnames') && (e.honorificFull ?? 0) > 0 && !gaz.demonyms.has(first));
  // 'said Bill Gates', 'explains Conti' after 'Bill Conti': a given name that is an ordinary word
  // too ('Bill', 'Will', 'Grant') before a surname that is none, when speech or a post vouches…
  const spoken = (e.spoken ?? 0) > 0 || (e.quoting ?? 0) > 0 || e.titled > 0;
  const commonGiven = on('common-given-names') && w.length === 2 && ordinary(first) && (!FUNCTION_WORDS.has(first) || (on('modal-given-names') && !DETERMINERS.has(first))) && gaz.firstNames.has(first) && !placeLike(first);
  const plainRest = () => !rest.some((x) => ordinary(x) || placeLike(x) || PLACE_PREFIXES.has(x));
  // …even when a courtesy title stood before the surname ('is Will Wright, the creator…' then 'Mr Wright said').
  if (on('titled-given-names') && commonGiven && (spoken || e.honorifics > 0)) return plainRest();
  if (e.honorifics > 0) return !place && !ordinary(first);
  if (commonGiven && spoken) return plainRest();
  // After a known first name one ordinary word can be a surname ('Vince Cable', 'Clare Short'), not an adjective or a run of them.
  if (gaz.firstNames.has(first) && !placeLike(first) && !ordinary(first)) {
    // Nothing but the name itself to go on: every word must look like a name ('Sky One', 'Tate Britain' do not).
    if (e.weak) return !rest.some((x) => ordinary(x) || placeLike(x) || PLACE_PREFIXES.has(x));
    const last = rest[rest.length - 1]!;
    if (gaz.demonyms.has(last) || rest.slice(0, -1).some(ordinary)) return false;
    return !(ordinary(last) && (rest.length > 1 || TITLE_MODIFIERS.has(last) || TITLE_HEADS.has(last)));
  }
  // A job title vouches as a surname standing alone does ('Apurva Shah, an analyst at…').
  // …or as a quotation's inverted subject ('"…," said Naris Chaiyasoot'), a place only people take.
  const vouched = e.titled > 0 || (e.quoting ?? 0) > 0 || rules.alone.has(w[w.length - 1]!) || rules.alone.has(first);
  // 'prop Dai Young' … '"…," Young told': the surname speaking alone vouches for it, though it is an ordinary word.
  const plainSurname = (x: string, n: number) => on('ordinary-surnames') && n === w.length - 1 && n > 0 && (e.spoken ?? 0) > 0 && !placeLike(x);
  return !w.some((x, n) => placeLike(x) || (ordinary(x) && !plainSurname(x, n)) || PLACE_PREFIXES.has(x)) && vouched;
}
