import type { CooldownVerdict } from './cooldown.js';

// The bot shell's own wording, shared by the dispatcher and the commands' paging handlers so a
// user sees one phrasing for one situation.

/** The short apology a user sees when a command fails; the details go to the log. */
export const APOLOGY = 'Sorry, something went wrong while answering that. It has been logged; please try again in a moment.';

/** The 'slow down' notice for a user over the cooldown. */
export function slowDown(v: Extract<CooldownVerdict, { ok: false }>): string {
  return `Slow down a little: try again in ${Math.max(1, Math.ceil(v.retryInMs / 1000))} s.`;
}

/** The notice for a paging button whose results this process no longer holds. */
export function expired(command: string | null): string {
  return `These results have expired. Run ${command ? `\`/${command}\`` : 'the command'} again.`;
}
