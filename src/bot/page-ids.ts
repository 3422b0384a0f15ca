import { createHash } from 'node:crypto';
import { DISCORD_LIMITS } from '../render/limits.js';

/**
 * Paging buttons carry their whole state in the custom id (`ask:2:who led the talks`), so a
 * restarted bot can still serve a button pressed on yesterday's answer. State too long for
 * Discord's 100-character limit is kept in a bounded in-memory map under a short hash
 * (`ask:2#k3Jd9x…`); after a restart such a button says plainly that it expired.
 */
export interface PageIds {
  /** The custom-id builder for one paged reply: `make('ask', question)(page)`. */
  make(command: string, state: string): (page: number) => string;
  /** What a custom id asks for; `expired` when it names state this process no longer holds. */
  parse(customId: string): ParsedPageId;
}

export type ParsedPageId =
  | { kind: 'page'; command: string; page: number; state: string }
  | { kind: 'expired'; command: string }
  | { kind: 'unknown' };

/** Most long states remembered; the oldest is forgotten first. */
export const DEFAULT_MAX_REMEMBERED = 2000;

const ID = /^([a-z][a-z0-9-]{0,31}):(-?\d{1,4})([:#])([\s\S]*)$/;

/** A short, stable key for a long state: the same question always gets the same key. */
function keyOf(command: string, state: string): string {
  return createHash('sha256').update(`${command}\0${state}`).digest('base64url').slice(0, 16);
}

/** Creates the custom-id codec with its bounded memory of long states. */
export function createPageIds(maxRemembered = DEFAULT_MAX_REMEMBERED): PageIds {
  const remembered = new Map<string, string>();
  const remember = (key: string, state: string) => {
    remembered.delete(key); // re-insert so a state in use counts as recent
    remembered.set(key, state);
    while (remembered.size > maxRemembered) remembered.delete(remembered.keys().next().value as string);
  };
  return {
    make(command, state) {
      return (page) => {
        const inline = `${command}:${page}:${state}`;
        if (inline.length <= DISCORD_LIMITS.customId) return inline;
        const key = keyOf(command, state);
        remember(key, state);
        return `${command}:${page}#${key}`;
      };
    },
    parse(customId) {
      const m = ID.exec(customId);
      if (!m) return { kind: 'unknown' };
      const [, command, page, sep, rest] = m as unknown as [string, string, string, string, string];
      if (sep === ':') return { kind: 'page', command, page: Number(page), state: rest };
      const state = remembered.get(rest);
      if (state === undefined) return { kind: 'expired', command };
      remember(rest, state);
      return { kind: 'page', command, page: Number(page), state };
    },
  };
}
