/**
 * Courtesy titles that tell a person's sex ('Mr', 'Baroness') or make a peer, and whether a titled
 * lone surname can stand for a given person: 'Baroness Kennedy' is no Charles Kennedy, 'Mrs Howard' no Michael.
 */
import { on } from './mechanisms.js';
import { nameWords } from './util.js';

/** Courtesy titles that tell a person's sex. */
export const MALE_COURTESY: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'baron']);
export const FEMALE_COURTESY: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'lady', 'baroness', 'dame']);

/** Titles of peers, printed with a seat ('Lord Nicholls of Birkenhead', 'Baroness Royall of Blaisdon'). */
export const PEER_TITLES: ReadonlySet<string> = new Set(['lord', 'baroness', 'lady', 'baron']);

/** Can a surname printed after this courtesy title (if any) be a person of this sex (if known)? */
export function titleFits(courtesy: string | undefined, sex: 'm' | 'f' | null | undefined): boolean {
  if (!courtesy || !sex || !on('courtesy-sex')) return true;
  return sex === 'm' ? !FEMALE_COURTESY.has(courtesy) : !MALE_COURTESY.has(courtesy);
}

/**
 * A person's sex when the text tells it: their courtesy titles, else the first word of their
 * name ('Helena Kennedy') when only one sex's list of given names holds it.
 */
export function sexOf(courtesies: ReadonlySet<string> | undefined, name: string, lists: { male?: ReadonlySet<string>; female?: ReadonlySet<string> }): 'm' | 'f' | null {
  const c = [...(courtesies ?? [])];
  const m = c.some((x) => MALE_COURTESY.has(x));
  const f = c.some((x) => FEMALE_COURTESY.has(x));
  if (m !== f) return m ? 'm' : 'f';
  const first = nameWords(name)[0] ?? '';
  if (!name.includes(' ') || !lists.male || !lists.female) return null;
  const inM = lists.male.has(first);
  const inF = lists.female.has(first);
  return inM === inF ? null : inM ? 'm' : 'f';
}
