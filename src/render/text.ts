import type { ReplyPayload } from './payload.js';

/** How terminal text is styled: ANSI bold and dim on a colour terminal, plain markdown otherwise. */
export interface TextStyle {
  ansi: boolean;
}

const BOLD = (s: string) => `\x1b[1m${s}\x1b[22m`;
const DIM = (s: string) => `\x1b[2m${s}\x1b[22m`;

/**
 * Undoes only what markdown.ts did to fit a URL in a link's parentheses: decoding the whole URL
 * would turn a text fragment's %2D or %2C into the '-' and ',' that the directive reserves.
 */
function unescapeParens(url: string): string {
  return url.replace(/%28/g, '(').replace(/%29/g, ')');
}

/** Turns Discord markdown into terminal text: links as 'label <url>', escapes removed, bold as ANSI when asked. */
function markdownToText(md: string, style: TextStyle): string {
  let out = md
    .replace(/\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => `${label} <${unescapeParens(url)}>`)
    .replace(/\u200b/g, '');
  if (style.ansi) out = out.replace(/\*\*((?:\\.|[^*])+?)\*\*/g, (_, s: string) => BOLD(s)).replace(/(^|[\s(])\*([^*\n]+)\*/g, (_, pre: string, s: string) => `${pre}${DIM(s)}`);
  return out.replace(/\\([\\*_~`|[\]>#-])/g, '$1');
}

/**
 * Renders a reply payload as terminal text: the same payload the bot sends, so the console shows
 * exactly what Discord shows — title, body, fields, footer, then its link buttons.
 */
export function payloadToText(p: ReplyPayload, style: TextStyle = { ansi: false }): string {
  const parts: string[] = [];
  if (p.content) parts.push(markdownToText(p.content, style));
  for (const e of p.embeds) {
    if (e.title) parts.push(style.ansi ? BOLD(markdownToText(e.title, { ansi: false })) : `## ${markdownToText(e.title, { ansi: false })}`);
    if (e.description) parts.push(markdownToText(e.description, style));
    for (const f of e.fields ?? []) parts.push(`${f.name}\n${markdownToText(f.value, style)}`);
    if (e.footer) parts.push(style.ansi ? DIM(e.footer.text) : `_${e.footer.text}_`);
  }
  const links = p.components.flatMap((r) => r.components).filter((b) => b.url);
  if (links.length > 0) parts.push(`Sources: ${links.map((b) => `${b.label} <${b.url}>`).join(' · ')}`);
  return parts.join('\n\n');
}
