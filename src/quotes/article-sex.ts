import type { Ctx } from './context.js';
import { toksOf } from './context.js';
import { on } from './mechanisms.js';
import { FEMALE_COURTESY, MALE_COURTESY } from './courtesy-sex.js';

/** How often an article must take a person up with the other sex's pronoun, and never with their own, to overrule the name lists. */
export const ARTICLE_SEX = { minContrary: 2 } as const;

/**
 * People whose sex by the first-name lists this article's own pronouns contradict: after their
 * name, the next 'he' or 'she' of the sentence is the other sex's at least twice and never their
 * own ('Sella admitted he had been impressed'). The lists are American baby-name data, where an
 * Italian man's 'Daniele' sits among women's names; 'he' must still reach him.
 */
export function contradictedSex(c: Pick<Ctx, 'doc' | 'mentions' | 'sex'>): Set<string> {
  const out = new Set<string>();
  if (!on('article-sex')) return out;
  const tally = new Map<string, { own: number; other: number }>();
  for (const m of c.mentions) {
    const sex = m.kind === 'name' && m.personId && !m.inQuote ? c.sex.get(m.personId) : undefined;
    if (!sex) continue;
    const toks = toksOf(c as Ctx, m.p);
    for (let k = m.j; k < toks.length && toks[k]!.sent === m.sent; k++) {
      const t = toks[k]!;
      if (t.q >= 0 || (t.low !== 'he' && t.low !== 'she')) continue;
      const n = tally.get(m.personId!) ?? { own: 0, other: 0 };
      if ((t.low === 'he') === (sex === 'm')) n.own++;
      else n.other++;
      tally.set(m.personId!, n);
      break;
    }
  }
  // 'Mr Jackson' in this very article settles it: only a first name's list can be wrong.
  const titled = (id: string) =>
    on('titled-sex') && c.mentions.some((m) => m.personId === id && m.kind === 'name' && m.i > 0 && [MALE_COURTESY, FEMALE_COURTESY].some((s) => s.has(toksOf(c as Ctx, m.p)[m.i - 1]!.low)));
  for (const [id, n] of tally) if (n.other >= ARTICLE_SEX.minContrary && n.own === 0 && !titled(id)) out.add(id);
  return out;
}
