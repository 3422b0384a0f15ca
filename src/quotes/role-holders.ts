import { RANK_MODIFIERS } from '../text/lexicon.js';
import type { Tok } from './extract.js';
import { on } from './mechanisms.js';
import type { Mention } from './mentions.js';
import type { PeopleIndex, Person } from './registry.js';

/** A role as a sentence names it: the words a holder's titles must hold, and the rank words it has ('deputy', 'shadow'). */
export interface Role {
  need: readonly string[];
  rank: ReadonlySet<string>;
}

/** The rank words among a role's tokens ('the shadow chancellor' → shadow). */
export function rankOf(toks: readonly Tok[]): Set<string> {
  return new Set(toks.filter((t) => t.word && RANK_MODIFIERS.has(t.low)).map((t) => t.low));
}

/**
 * Does the person hold the role? Their titles hold every word it needs, and, with 'rank-modifiers',
 * one such title has the role's rank: 'Deputy Prime Minister John Prescott' is not 'the prime
 * minister', nor 'Shadow Chancellor Oliver Letwin' 'the chancellor'.
 */
function holds(person: Person, role: Role): boolean {
  if (!role.need.every((w) => person.titleWords.has(w))) return false;
  if (!on('rank-modifiers')) return true;
  return (person.heldTitles ?? []).some((words) => {
    const rank = words.filter((w) => RANK_MODIFIERS.has(w));
    return role.need.every((w) => words.includes(w)) && rank.length === role.rank.size && rank.every((w) => role.rank.has(w));
  });
}

/**
 * The latest person named before a role who holds it; with 'role-heads' the caller asks again by
 * its head alone ('the Old Trafford boss' for the man called 'Manchester United boss'), as a reader
 * takes the role for someone just named.
 */
export function holder(idx: PeopleIndex, before: readonly Mention[], role: Role): string | null {
  for (let b = before.length - 1; b >= 0; b--) {
    const prev = before[b]!;
    if (prev.kind !== 'name' || prev.personId === null) continue;
    const person = idx.byId.get(prev.personId);
    if (person && holds(person, role)) return person.id;
  }
  return null;
}
