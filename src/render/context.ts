import { DISCORD_LIMITS as L, MUTED } from './limits.js';
import { escapeMarkdown, link, truncate } from './markdown.js';
import type { ReplyPayload } from './payload.js';

/** A cited passage with the paragraphs around it in its article, for the Context button. */
export interface ContextEntry {
  publisher: string | null;
  articleId: string;
  title: string;
  url: string | null;
  before: string | null;
  passage: string;
  after: string | null;
}

/** Characters shown of the cited paragraph and of each neighbour, so three entries fit one embed. */
const PASSAGE_CHARS = 600;
const NEIGHBOUR_CHARS = 250;

/** One entry: the article named and linked, then its paragraphs as quotes, the cited one in the middle and marked. */
function entry(e: ContextEntry, n: number): string {
  const quote = (text: string, max: number) => `> ${escapeMarkdown(truncate(text, max))}`;
  return [
    `**${n}.** ${link(e.publisher ?? e.articleId, e.url)}: *${escapeMarkdown(truncate(e.title, 120))}*`,
    e.before ? quote(e.before, NEIGHBOUR_CHARS) : '',
    `${quote(e.passage, PASSAGE_CHARS)} ◀`,
    e.after ? quote(e.after, NEIGHBOUR_CHARS) : '',
  ]
    .filter(Boolean)
    .join('\n> \n');
}

/**
 * The Context button's reply, shown only to whoever pressed it: each snippet's whole paragraph
 * with the paragraphs before and after, so a reader can check the quote in its setting without
 * leaving Discord. Entries are numbered from `from`, as the snippets are on the answer's page.
 */
export function renderContext(entries: readonly ContextEntry[], from = 1): ReplyPayload {
  if (entries.length === 0) {
    return { content: 'These passages are no longer in the corpus. Run `/ask` again.', embeds: [], components: [], allowedMentions: { parse: [] }, ephemeral: true };
  }
  const description = truncate(entries.map((e, i) => entry(e, from + i)).join('\n\n'), L.embedDescription);
  return { embeds: [{ title: 'Context', description, color: MUTED, footer: { text: '◀ marks the paragraph each snippet is from' } }], components: [], allowedMentions: { parse: [] }, ephemeral: true };
}
