/**
 * How `npm run eval:quotes` matches what the engine extracted to what a reader labelled: the
 * label file's shape, the same words (quote marks, case and spacing folded), and the same person.
 */
import { z } from 'zod';
import type { Speaker } from '../../quotes/index.js';
import { editDistance } from '../../text/edit-distance.js';
import { HONORIFICS, TITLE_HEADS } from '../../text/lexicon.js';

/** A label file of test/eval/: every quotation of each article, with its speaker and kind. */
export const labelSchema = z.object({
  corpus: z.string(),
  articles: z.array(
    z.object({
      article: z.string(),
      quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), kind: z.enum(['speech', 'not-speech']), partial: z.boolean() })),
    }),
  ),
});
export type Labels = z.infer<typeof labelSchema>;
export type Label = Labels['articles'][number]['quotes'][number];

/** Folds what a reader would not call a difference: case, accents, quote glyphs, punctuation, spacing. */
export function norm(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’`]/g, "'").toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/** The same quotation: equal, or one holds the other and they are mostly the same words. */
export function sameWords(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return l.includes(s) && s.length / l.length >= 0.5;
}

// A double-barrelled name stays one word: 'Andre' is no part of 'Saint-Andre'.
const nameKey = (s: string): string[] => s.split(/\s+/).map((w) => norm(w).replace(/ /g, '-')).filter((w) => w && !HONORIFICS.has(w));

/** Does our speaker stand for the labelled name: every word of one is a word of the other's names? */
export function isSpeaker(s: Speaker | undefined, label: string | null): boolean {
  if (!s || label === null) return false;
  const want = nameKey(label);
  const ours = [s.name, ...s.aliases].map(nameKey);
  const all = new Set(ours.flat());
  // One of our names inside the label counts when it holds the label's last word: 'Blair' for
  // 'Tony Blair', never a given name alone ('Andre' of Andre Agassi for 'Philippe Saint-Andre').
  const named = want.every((w) => all.has(w)) || ours.some((o) => o.length > 0 && o.every((w) => want.includes(w)) && o.includes(want[want.length - 1]!));
  return named && !otherPerson(s, label);
}

// Words of a person's name to compare whole names on: no courtesy title or post ('Gen Musharraf'
// is President Musharraf), hyphens as spaces ('Murphy-O'Connor').
const personWords = (s: string): string[] => nameKey(s).flatMap((w) => w.split('-')).filter((w) => w && !TITLE_HEADS.has(w));

/**
 * Is our speaker, by their full name, someone else than the labelled person, though one of their
 * names matched: 'Michael Boyd' given 'Mr Boyd's words, where the label says Dean Boyd; 'Tyler
 * Perry' given Paul Tyler's. The registry would show the words under the wrong person.
 */
function otherPerson(s: Speaker, label: string): boolean {
  const a = personWords(s.name);
  const b = personWords(label);
  if (s.kind !== 'person' || a.length < 2 || b.length < 2) return false;
  // Spelt alike: one a form of the other ('Vince', 'Vincent') or a typo away ('Kisrty').
  const alike = (x: string, y: string) => x.startsWith(y) || y.startsWith(x) || editDistance(x, y) <= 2;
  // Given names are compared only where both names have as many words ('Parker Bowles' lacks Camilla's).
  return !alike(a[a.length - 1]!, b[b.length - 1]!) || (a.length === b.length && !alike(a[0]!, b[0]!));
}

/**
 * The labelled quotation an extracted one stands for: the same words, or, for a quotation that
 * runs over several paragraphs (labelled one paragraph at a time), the labels it is made of when
 * they cover nearly all of it and share one speaker.
 */
export function labelFor(text: string, labels: readonly Label[]): Label | null {
  const same = labels.find((l) => sameWords(text, l.text));
  if (same) return same;
  const t = norm(text);
  const within = labels.filter((l) => norm(l.text).length > 0 && t.includes(norm(l.text)));
  // A phrase labelled inside one of those paragraphs ('a stalking horse', someone else's words
  // quoted back) is part of that paragraph, not a paragraph of its own.
  const inside = within.filter((l) => !within.some((o) => o !== l && norm(o.text).length > norm(l.text).length && norm(o.text).includes(norm(l.text))));
  const covered = inside.reduce((n, l) => n + norm(l.text).length + 1, 0);
  if (inside.length < 2 || covered < 0.9 * t.length) return null;
  return inside.every((l) => l.speaker === inside[0]!.speaker && l.kind === inside[0]!.kind) ? { ...inside[0]!, partial: inside.every((l) => l.partial) } : null;
}

/** Is the labelled quotation found in this extracted one: the same words, or one of its paragraphs? */
export function holds(text: string, l: Label, labels: readonly Label[]): boolean {
  if (sameWords(text, l.text)) return true;
  return norm(text).includes(norm(l.text)) && labelFor(text, labels)?.speaker === l.speaker;
}
