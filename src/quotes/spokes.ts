import type { Tok } from './extract.js';
import { OFFICE_SEATS, PARTY_BODIES, SPOKES_QUALIFIERS, SPOKESPERSONS } from '../text/lexicon.js';
import { mentionAt, toksOf, type Ctx, type Seats, type Who } from './context.js';
import { on } from './mechanisms.js';
import type { Person } from './registry.js';

// Whose words a spokesperson's are: 'a Home Office spokesman' (the body named), 'the prime
// minister's spokesman' (the office's seat), or 'a spokesman' right after a sentence about a body.

const isOrg = (id: string | null | undefined): id is string => id?.startsWith('org-') === true;

/** The seat of an office printed right before k, possessive ('the prime minister's'), or null. */
function seatOfOffice(c: Ctx, toks: readonly Tok[], k: number): string | null {
  for (const [office, seat] of OFFICE_SEATS) {
    const w = office.split(' ');
    const at = toks.slice(k - w.length + 1, k + 1);
    if (at.length === w.length && at.every((t, n) => t.low === w[n]) && at[at.length - 1]!.poss) return c.seats.byOffice.get(seat) ?? null;
  }
  return null;
}

/** The spokesperson word at or after k past its qualifiers ('official spokesman'), or -1. */
export function spokespersonAt(toks: readonly Tok[], k: number): number {
  let n = k;
  while (toks[n]?.word && !toks[n]!.cap && SPOKES_QUALIFIERS.has(toks[n]!.low)) n++;
  return SPOKESPERSONS.has(toks[n]?.low ?? '') ? n : -1;
}

/** Where the name after 'a spokesman for (the)' starts, for the spokesperson word at k, or -1. */
function afterFor(toks: readonly Tok[], k: number): number {
  if (toks[k + 1]?.low !== 'for') return -1;
  return toks[k + 2]?.low === 'the' ? k + 3 : k + 2;
}

/** Where the qualifiers before the spokesperson word at k ('official', 'chief') start, less one: the word before them. */
function beforeQualifiers(toks: readonly Tok[], k: number): number {
  let b = k - 1;
  while (b >= 0 && toks[b]!.word && !toks[b]!.cap && SPOKES_QUALIFIERS.has(toks[b]!.low)) b--;
  return b;
}

/** 'a spokesman for (the) Roads Agency': the organisation named after the spokesperson word at k, or null. */
function bodyAfterFor(c: Ctx, p: number, k: number): string | null {
  const at = afterFor(toksOf(c, p), k);
  const m = at >= 0 ? mentionAt(c, p, at) : null;
  return m && isOrg(m.personId) ? m.personId : null;
}

/** The party whose adjective ends at b ('a Tory spokesman', 'a Lib Dem spokeswoman'), as an organisation of the registry, or null. */
function partyBefore(c: Ctx, toks: readonly Tok[], b: number): string | null {
  for (const n of [2, 1]) {
    const at = toks.slice(Math.max(0, b - n + 1), b + 1);
    if (at.length !== n || !at.every((t) => t.word && t.cap)) continue;
    const body = PARTY_BODIES.get(at.map((t) => t.low).join(' '));
    if (body) return c.seats.byParty.get(body) ?? null;
  }
  return null;
}

/**
 * 'The Tory spokesman also criticised…', 'the Lib Dem spokesman questioned…': a party's
 * spokesperson with the definite article and no name is the party's spokesperson the story has
 * been about, an epithet, where 'a Tory spokesman' is one the party sent.
 */
export function definitePartySpokes(c: Ctx, p: number, k: number): boolean {
  const toks = toksOf(c, p);
  if (!on('party-spokes-epithets') || !SPOKESPERSONS.has(toks[k]?.low ?? '')) return false;
  const b = beforeQualifiers(toks, k);
  if (!partyBefore(c, toks, b)) return false;
  const two = b >= 1 && PARTY_BODIES.has(`${toks[b - 1]!.low} ${toks[b]!.low}`);
  return toks[b - (two ? 2 : 1)]?.low === 'the';
}

/**
 * The body the spokesperson word at k speaks for: an organisation named before it, the seat of
 * an office or of its holder ('Mr Roe's spokesman', Roe being prime minister), or, for 'a
 * spokesman' of no stated body, the organisation the sentence before is about. Null when none.
 */
export function spokesBody(c: Ctx, p: number, k: number, subjectOf: (s: number) => Who): string | null {
  const toks = toksOf(c, p);
  if (!SPOKESPERSONS.has(toks[k]?.low ?? '')) return null;
  const b = beforeQualifiers(toks, k);
  const m = mentionAt(c, p, b);
  if (m && isOrg(m.personId)) return m.personId;
  const named = on('spokes-for') ? bodyAfterFor(c, p, k) : null;
  if (named) return named;
  // 'a spokesman for the Information Commissioner's Office': a body the registry lacks is still not the one the sentence before was about.
  const after = afterFor(toks, k);
  if (on('unknown-bodies') && after >= 0 && toks[after]?.cap) return null;
  const party = on('spokesperson-anaphora') ? partyBefore(c, toks, b) : null;
  if (party) return party;
  if (!on('office-seats') && !on('spokesperson-anaphora')) return null;
  if (on('office-seats') && toks[b]?.poss) return m?.personId ? (c.seats.byPerson.get(m.personId) ?? null) : seatOfOffice(c, toks, b);
  if (!on('spokesperson-anaphora') || !['a', 'an', 'the'].includes(toks[b]?.low ?? '')) return null;
  const before = subjectOf(toks[k]!.sent - 1);
  return before.kind === 'person' && isOrg(before.id) && c.sentences[toks[k]!.sent - 1]!.p >= p - 1 ? before.id : null;
}

/** The seats of the offices the lexicon knows, as organisations of the registry, and the people holding those offices. */
export function buildSeats(people: readonly Person[], description: (p: Person) => string | null): Seats {
  const byOffice = new Map<string, string>();
  const orgs = new Map<string, string>();
  for (const p of people) if (p.kind === 'organisation') for (const key of p.variants.keys()) orgs.set(key, p.id);
  for (const seat of OFFICE_SEATS.values()) if (orgs.has(seat)) byOffice.set(seat, orgs.get(seat)!);
  const byParty = new Map<string, string>();
  for (const body of PARTY_BODIES.values()) if (orgs.has(body)) byParty.set(body, orgs.get(body)!);
  const byPerson = new Map<string, string>();
  for (const p of people) {
    // Only the unqualified office: an 'Australian Prime Minister' has another seat.
    const office = p.kind === 'person' ? description(p)?.toLowerCase() : undefined;
    const seat = office ? OFFICE_SEATS.get(office) : undefined;
    if (seat && byOffice.has(seat)) byPerson.set(p.id, byOffice.get(seat)!);
  }
  return { byOffice, byParty, byPerson };
}
