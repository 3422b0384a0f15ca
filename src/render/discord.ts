import type { Hidden } from '../answer/filtered.js';
import type { AskHit, AskResult, SourceSummary } from '../answer/types.js';
import { foldQuoteMarks } from '../text/fold.js';
import { wordings, type Citation, type Quote, type QuoteResult, type Speaker } from '../quotes/index.js';
import { ACCENT, DISCORD_LIMITS as L, MUTED } from './limits.js';
import { sentenceLink } from './fragment.js';
import { escapeMarkdown, link, truncate } from './markdown.js';
import type { ActionRowJSON, ButtonJSON, CiteOptions, EmbedJSON, PageOptions, ReplyPayload } from './payload.js';

/** Snippets shown per page of an answer. */
export const ASK_PAGE_SIZE = 3;
/** Quotations shown per page. */
export const QUOTE_PAGE_SIZE = 5;
/** Articles listed per page of /sources. */
export const SOURCES_PAGE_SIZE = 10;
/** Longest snippet shown, so three fit an embed with their citations. */
export const SNIPPET_CHARS = 900;

const NO_PINGS = { parse: [] as [] };

function payload(embeds: EmbedJSON[], components: ActionRowJSON[] = [], content?: string): ReplyPayload {
  return { ...(content === undefined ? {} : { content: truncate(content, L.content) }), embeds, components, allowedMentions: NO_PINGS };
}

/** A plain one-line reply (no answer, errors, slow down). Escapes nothing: the text is ours. */
export function renderNotice(text: string, ephemeral = false): ReplyPayload {
  return { ...payload([], [], text), ...(ephemeral ? { ephemeral: true } : {}) };
}

/** The reply when a filter hid every answer: what it hid and, for a date limit, the undated articles it left out. */
export function renderHidden(h: Hidden): ReplyPayload {
  const undated = h.undated > 0 ? ` Articles without a date are left out when you give a date (${count(h.undated, 'undated article')} here).` : '';
  return renderNotice(`I found ${h.answers === 1 ? 'an answer' : `${h.answers} answers`}, but none ${escapeMarkdown(h.filter)}.${undated} Try a wider filter, or none.`);
}

/** '1 article', '3 articles'. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "Publisher · Author · 2025-10-26", whichever parts are known. */
function byline(s: { publisher: string | null; author?: string | null; published: string | null; id: string }): string {
  return [s.publisher ?? s.id, s.author, s.published].filter(Boolean).join(' · ');
}

/** Snippet markdown with matched words in bold, escaped, and cut to `max` at a sentence end. */
function markedSnippet(hit: AskHit, max = SNIPPET_CHARS): string {
  let budget = max;
  let out = '';
  for (const span of hit.spans) {
    if (budget <= 0) break;
    const text = truncate(span.text, budget);
    budget -= text.length;
    const esc = escapeMarkdown(text);
    out += span.match && esc.trim() ? `**${esc}**` : esc;
  }
  return out;
}

/** Longest article title shown beside a citation that has no URL. */
const CITED_TITLE_CHARS = 80;

/** A short citation: the publisher linked to the article, or, with no URL, the publisher and the article's title. */
function cite(publisher: string | null, id: string, url: string | null, opts: CiteOptions): string {
  const name = publisher ?? id;
  if (url) return link(name, url);
  const title = opts.titleOf?.(id);
  return title ? `${escapeMarkdown(name)} (*${escapeMarkdown(truncate(title, CITED_TITLE_CHARS))}*)` : escapeMarkdown(name);
}

/** The markdown citation of a hit; `deep` links it to the snippet's sentence with a text fragment. */
function citeHit(hit: AskHit, n: number, deep: boolean, opts: CiteOptions): string {
  const src = hit.source;
  const url = deep ? sentenceLink(src.url, hit.snippet) : src.url;
  const lines = [`**${n}.** ${markedSnippet(hit)}`, `— ${link(byline(src), url)}: *${escapeMarkdown(truncate(src.title, 120))}*`];
  if (hit.alsoIn.length > 0) lines.push(`Also reported by ${hit.alsoIn.map((a) => cite(a.publisher, a.id, a.url, opts)).join(', ')}`);
  return lines.join('\n');
}

/**
 * An embed body with citations deep-linked to their words; with plain URLs instead when deep
 * links would push it past the embed's limit (a cut would break a markdown link in half).
 */
function fitted(describe: (deep: boolean) => string): string {
  const deep = describe(true);
  return deep.length <= L.embedDescription ? deep : describe(false);
}

function pageButtons(page: number, pages: number, opts: PageOptions): ButtonJSON[] {
  if (!opts.pageId || pages <= 1) return [];
  const last = page >= pages - 1;
  return [
    { type: 2, style: 2, label: '◀ Previous', custom_id: opts.pageId(page - 1), disabled: page === 0 },
    // On the last page the disabled 'next' button says where the reader is instead.
    { type: 2, style: 1, label: last ? `Page ${page + 1}/${pages}` : `More results (${page + 2}/${pages}) ▶`.slice(0, L.buttonLabel), custom_id: opts.pageId(page + 1), disabled: last },
  ];
}

/**
 * A URL Discord accepts on a link button: normalised (a manifest URL may hold spaces, which Discord
 * rejects as 'not a well formed URL') and within 512 characters; null when it cannot be.
 */
export function buttonUrl(url: string): string | null {
  try {
    const href = new URL(url).href;
    return /^https?:\/\//.test(href) && href.length <= L.buttonUrl ? href : null;
  } catch {
    return null;
  }
}

function linkButtons(sources: { publisher: string | null; id: string; url: string | null }[]): ButtonJSON[] {
  const seen = new Set<string>();
  const out: ButtonJSON[] = [];
  for (const s of sources) {
    const url = s.url ? buttonUrl(s.url) : null;
    if (!url || seen.has(url) || out.length >= L.buttonsPerRow) continue;
    seen.add(url);
    out.push({ type: 2, style: 5, label: truncate(s.publisher ?? s.id, L.buttonLabel), url });
  }
  return out;
}

function rows(...groups: ButtonJSON[][]): ActionRowJSON[] {
  return groups.filter((g) => g.length > 0).slice(0, L.actionRows).map((components) => ({ type: 1, components }));
}

/** One page of `items`: the asked-for page clamped into range, its items, and the index of its first. */
function paginate<T>(items: readonly T[], size: number, requested: number | undefined): { page: number; pages: number; shown: T[]; first: number } {
  const pages = Math.ceil(items.length / size);
  const page = Math.min(Math.max(0, requested ?? 0), Math.max(0, pages - 1));
  const first = page * size;
  return { page, pages, shown: items.slice(first, first + size), first };
}

/** Keeps an embed inside every per-embed limit, cutting the description at a sentence end. */
function fitEmbed(embed: EmbedJSON): EmbedJSON {
  const out: EmbedJSON = { ...embed };
  if (out.title) out.title = truncate(out.title, L.embedTitle);
  if (out.description) out.description = truncate(out.description, L.embedDescription);
  if (out.footer) out.footer = { text: truncate(out.footer.text, L.footerText) };
  if (out.fields) out.fields = out.fields.slice(0, L.embedFields).map((f) => ({ ...f, name: truncate(f.name, L.fieldName), value: truncate(f.value, L.fieldValue) }));
  return out;
}

/** The answer to /ask: one page of cited snippets, source link buttons, and paging buttons. */
export function renderAsk(result: AskResult, opts: PageOptions & CiteOptions & { contextId?: string } = {}): ReplyPayload {
  if (result.noAnswer || result.hits.length === 0) {
    return renderNotice(
      `I found nothing in the articles that answers “${escapeMarkdown(truncate(result.query, 300))}”. Try other words, or use \`/sources\` to see what the corpus covers.`,
    );
  }
  const { page, pages, shown: hits, first } = paginate(result.hits, ASK_PAGE_SIZE, opts.page);
  const embed = fitEmbed({
    // The question is the user's text: escaped like source text, since embed titles render markdown too.
    title: escapeMarkdown(result.query),
    description: fitted((deep) => hits.map((h, i) => citeHit(h, first + i + 1, deep, opts)).join('\n\n')),
    color: ACCENT,
    footer: { text: `Results ${first + 1}–${first + hits.length} of ${result.hits.length} · every word quoted from the sources` },
  });
  // The Context button shows this page's paragraphs in their setting, privately (see render/context.ts).
  const context: ButtonJSON[] = opts.contextId ? [{ type: 2, style: 2, label: 'Context', custom_id: opts.contextId }] : [];
  return payload([embed], rows(linkButtons(hits.map((h) => h.source)), [...pageButtons(page, pages, opts), ...context]));
}

/** Characters one /sources entry may take, so that a full page always fits one embed description. */
const SOURCE_ENTRY_CHARS = Math.floor(L.embedDescription / SOURCES_PAGE_SIZE) - 2;

/**
 * One /sources entry: the title linked to the article. A URL too long for the entry's share of
 * the page is linked without its query and fragment (mostly tracking parameters), or not linked
 * and its host named instead, so that no entry is cut into broken markdown or pushed off the page.
 */
function sourceEntry(s: SourceSummary): string {
  const tail = `\n${escapeMarkdown(truncate(byline(s), 120))} · ${count(s.passages, 'passage')}`;
  const title = truncate(s.title, 150);
  let host = '';
  if (s.url) {
    try {
      const u = new URL(s.url);
      host = u.host;
      for (const url of [s.url, `${u.origin}${u.pathname}`]) {
        const entry = `**${link(title, url)}**${tail}`;
        if (entry.length <= SOURCE_ENTRY_CHARS) return entry;
      }
    } catch {
      // Not a URL after all: shown unlinked.
    }
  }
  return `**${escapeMarkdown(title)}**${host ? ` (${escapeMarkdown(truncate(host, 60))})` : ''}${tail}`;
}

/** 'Anadolu Agency 3 · Newsmax 1 · …', most articles first: what `source` can narrow /ask and /quote to. */
function outletCounts(sources: readonly SourceSummary[]): string {
  const n = new Map<string, number>();
  for (const s of sources) n.set(s.publisher ?? 'no publisher', (n.get(s.publisher ?? 'no publisher') ?? 0) + 1);
  const all = [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p, k]) => `${escapeMarkdown(p)} ${k}`);
  let out = '';
  for (const [i, entry] of all.entries()) {
    const more = ` · and ${all.length - i} more`;
    if ((out ? out.length + 3 : 0) + entry.length + more.length > L.fieldValue) return `${out}${more}`;
    out += (out ? ' · ' : '') + entry;
  }
  return out;
}

/** /sources: every article with publisher, date, linked title and passage count, paged. */
export function renderSources(sources: readonly SourceSummary[], opts: PageOptions = {}): ReplyPayload {
  if (sources.length === 0) return renderNotice('The corpus is empty: no article is loaded.');
  const { page, pages, shown } = paginate(sources, SOURCES_PAGE_SIZE, opts.page);
  const passages = sources.reduce((n, s) => n + s.passages, 0);
  const embed = fitEmbed({
    title: `Sources: ${count(sources.length, 'article')}, ${count(passages, 'passage')}`,
    description: shown.map(sourceEntry).join('\n\n'),
    fields: [{ name: 'Outlets', value: outletCounts(sources) }],
    color: ACCENT,
    footer: { text: pages > 1 ? `Page ${page + 1} of ${pages}` : 'Ask with /ask, quote with /quote' },
  });
  return payload([embed], rows(pageButtons(page, pages, opts)));
}

/**
 * Each quotation with its sources, each source beside the words it printed: the quotation once,
 * then any other wording. `deep` links each source to those words with a text fragment.
 */
function quoteBody(shown: readonly Quote[], deep: boolean, opts: CiteOptions): string[] {
  const cites = (cs: readonly Citation[]) => cs.map((c) => cite(c.publisher, c.sourceId, deep ? sentenceLink(c.url, c.text) : c.url, opts)).join(', ');
  return shown.map((q) =>
    wordings(q)
      .map((w, n) => (n === 0 ? `> “${escapeMarkdown(truncate(w.text, 700))}”${q.partial ? ' *(partial)*' : ''}\n— ${cites(w.citations)}` : `> ${foldQuoteMarks(q.text).includes(foldQuoteMarks(w.text)) ? '*in part*' : '*worded*'} “${escapeMarkdown(truncate(w.text, 300))}”\n— ${cites(w.citations)}`))
      .join('\n'),
  );
}

/** /quote: a speaker's quotations, full ones first, each cited to every outlet carrying it. */
export function renderQuote(result: QuoteResult, opts: PageOptions & CiteOptions = {}): ReplyPayload {
  const note = result.note ? escapeMarkdown(result.note) : '';
  if (!result.speaker) {
    const suggest = result.suggestions.length > 0 ? ` Did you mean ${result.suggestions.slice(0, 5).map((s) => `**${escapeMarkdown(s.name)}**`).join(', ')}?` : '';
    return renderNotice(`I know no speaker called “${escapeMarkdown(truncate(result.query, 200))}” in these articles.${suggest} \`/quote\` suggests names as you type.`);
  }
  const speaker = result.speaker;
  const about = result.about ? ` about “${escapeMarkdown(truncate(result.about, 100))}”` : '';
  if (result.quotes.length === 0) {
    return renderNotice(note || `No direct quotations of ${escapeMarkdown(speaker.name)}${about} in these articles.`);
  }
  const { page, pages, shown, first } = paginate(result.quotes, QUOTE_PAGE_SIZE, opts.page);
  const header = [speaker.description ? `*${escapeMarkdown(speaker.description)}*` : '', note].filter(Boolean).join('\n');
  const embed = fitEmbed({
    title: escapeMarkdown(`${speaker.name}${result.about ? ` on “${result.about}”` : ''}`),
    description: fitted((deep) => [header, ...quoteBody(shown, deep, opts)].filter(Boolean).join('\n\n')),
    color: ACCENT,
    footer: { text: `Quotes ${first + 1}–${first + shown.length} of ${result.quotes.length} · quoted exactly as published` },
  });
  const sources = shown.flatMap((q) => q.citations.map((c) => ({ publisher: c.publisher, id: c.sourceId, url: c.url })));
  return payload([embed], rows(linkButtons(sources), pageButtons(page, pages, opts)));
}

/** /help: what the bot does, with examples drawn from the loaded corpus. */
export function renderHelp(examples: { speakers: readonly string[]; articles: number }): ReplyPayload {
  const speaker = examples.speakers[0];
  const lines = [
    `I answer questions from ${count(examples.articles, 'news article')} with exact sentences, each cited with its publisher, date and link. Nothing is paraphrased or invented.`,
    '',
    '**/ask** `question` — the sentences that answer it, matched words in **bold**, with who else reported the same.',
    `**/quote** \`speaker\` \`about?\` — what someone said, word for word${speaker ? `, e.g. \`/quote speaker:${escapeMarkdown(speaker)}\`` : ''}.`,
    'Both take `since?` `until?` (2025-10-26, 2025-10, "last week") and `source?` (an outlet) to narrow the articles.',
    '**/sources** — every article I know, with links.',
    '**/help** — this message.',
    '',
    'You can also mention me with a question, or send it in a DM.',
  ];
  return payload([fitEmbed({ title: 'newsdesk', description: lines.join('\n'), color: MUTED })]);
}

/** Speakers listed per page. */
export const SPEAKERS_PAGE_SIZE = 20;

/** The speaker registry: each person with a description and how often they are quoted. */
export function renderSpeakers(speakers: readonly Speaker[], opts: PageOptions = {}): ReplyPayload {
  if (speakers.length === 0) return renderNotice('No speakers found in these articles.');
  const { page, pages, shown } = paginate(speakers, SPEAKERS_PAGE_SIZE, opts.page);
  const embed = fitEmbed({
    title: `Speakers: ${speakers.length}`,
    description: shown
      .map((s) => `**${escapeMarkdown(s.name)}**${s.description ? ` — ${escapeMarkdown(s.description)}` : ''} · ${count(s.quotes, 'quote')}`)
      .join('\n'),
    color: ACCENT,
    footer: { text: pages > 1 ? `Page ${page + 1} of ${pages} · /quote <name> for their words` : '/quote <name> for their words' },
  });
  return payload([embed], rows(pageButtons(page, pages, opts)));
}
