/**
 * Attribution mechanisms that can be switched off one at a time, so the blind evaluation can
 * measure what each one buys (`npm run eval:quotes -- --ablate`). All are on in normal use; only
 * the evaluation shell switches any off, before it builds an index.
 */
import { MECHANISMS } from './mechanism-list.js';

export { MECHANISMS };

export type Mechanism = (typeof MECHANISMS)[number];

const off = new Set<Mechanism>();

/** Switches the named mechanisms off (and every other one on), for an ablation run. */
export function switchOff(names: readonly Mechanism[]): void {
  off.clear();
  for (const n of names) off.add(n);
}

/** Is this mechanism on? */
export function on(m: Mechanism): boolean {
  return !off.has(m);
}
