/**
 * A quotation standing alone that nothing attributed runs on into the next one, whose speaker is
 * named after it: '"We were robbed." "The referee missed it," said Ana Roe.' The BBC's archive
 * often prints one speaker's sentences as separate quotations, naming the speaker only once.
 */
import { toksOf, type Ctx } from './context.js';
import { nobodyElseBetween, type Placed } from './continuation.js';
import { on } from './mechanisms.js';

/** A quotation of the article in order, with where it stands and the speaker the rules gave it. */
export interface Chained {
  pl: Placed;
  alone: boolean;
  partial: boolean;
  speakerId: string | null;
}

/**
 * Gives each full, standalone, unattributed quotation the speaker of the quotation right after it,
 * when that one follows in the same or the next paragraph with nobody else named between; runs
 * backwards so a run of such quotations all reach the name at its end.
 */
export function chainBackwards(c: Ctx, items: Chained[]): void {
  if (!on('backward-chains')) return;
  for (let n = items.length - 2; n >= 0; n--) {
    const cur = items[n]!;
    const next = items[n + 1]!;
    if (cur.speakerId !== null || cur.partial || !cur.alone || next.speakerId === null || next.partial) continue;
    // '"…," said a Fox spokesman. "…"': right after another quotation the words are more of its
    // speaker's, whom the rules could not name or found a reason not to give them to. Only a
    // phrase or a lone quotation nobody was given says nothing of who speaks next.
    const before = items[n - 1];
    const unknown = before !== undefined && before.speakerId === null && (before.alone || before.partial);
    if (before && !unknown && before.pl.pl >= cur.pl.p0 - 1) continue;
    if (!someoneElseBefore(c, cur.pl, next.speakerId) && nobodyElseBetween(c, cur.pl, next.pl, next.speakerId)) cur.speakerId = next.speakerId;
  }
}

/**
 * Is someone else named or taken up before the quotation in its paragraph (or, when it opens the
 * paragraph, in the one before)? 'His main concern is "privacy". "…"' continues the person the
 * paragraph is about, whoever the next quotation is given to.
 */
function someoneElseBefore(c: Ctx, pl: Placed, speaker: string): boolean {
  const opens = toksOf(c, pl.p0).slice(0, pl.openIdx).every((t) => !t.word);
  return c.mentions.some(
    (m) => !m.inQuote && m.personId !== speaker && !m.personId?.startsWith('org-') && (m.personId !== null || m.kind === 'name') && ((m.p === pl.p0 && m.i < pl.openIdx) || (opens && m.p === pl.p0 - 1)),
  );
}
