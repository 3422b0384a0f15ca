/**
 * Courtesy titles that tell a person's sex ('Mr', 'Baroness'), and whether a titled lone surname
 * can stand for a given person: 'Baroness Kennedy' is no Charles Kennedy, 'Mrs Howard' no Michael.
 */
import { on } from './mechanisms.js';

/** Courtesy titles that tell a person's sex. */
export const MALE_COURTESY: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'baron']);
export const FEMALE_COURTESY: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'lady', 'baroness', 'dame']);

/** Can a surname printed after this courtesy title (if any) be a person of this sex (if known)? */
export function titleFits(courtesy: string | undefined, sex: 'm' | 'f' | null | undefined): boolean {
  if (!courtesy || !sex || !on('courtesy-sex')) return true;
  return sex === 'm' ? !FEMALE_COURTESY.has(courtesy) : !MALE_COURTESY.has(courtesy);
}
