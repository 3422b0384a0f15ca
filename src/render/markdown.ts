/**
 * Escapes Discord markdown in text quoted from a source, so an article's asterisks, underscores or
 * a leading '>' show as written. Mentions are broken with a zero-width space as a second guard
 * behind allowedMentions: nothing a source says can ping anyone.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** A URL made safe inside a markdown link's parentheses. */
function safeUrl(url: string): string {
  return url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
}

/** A markdown link, or the plain label when there is no URL. */
export function link(label: string, url: string | null): string {
  return url ? `[${escapeMarkdown(label)}](${safeUrl(url)})` : escapeMarkdown(label);
}

/**
 * Shortens text to at most `max` characters, cutting at the last sentence end that leaves most of
 * it, else at a word, and marking the cut with '…'.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  let sentenceEnd = -1;
  for (const m of room.matchAll(/[.!?][”"’)]*(?=\s)/g)) sentenceEnd = m.index + m[0].length;
  if (sentenceEnd > max * 0.6) return `${room.slice(0, sentenceEnd)}…`;
  const space = room.lastIndexOf(' ');
  return `${(space > max * 0.6 ? room.slice(0, space) : room).trimEnd()}…`;
}
